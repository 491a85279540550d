"""Importing RMA files into a real database: all or nothing, and again changes nothing."""

import re

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.receiving.lookup import lookup
from inspector.rmas.import_files import UnreadableFile
from inspector.rmas.rma_import import ImportRejected, import_file
from tests.helpers.rma_files import row, write_csv, write_json, write_xlsx


def counts(warehouse):
    with warehouse.sessions() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (
                m.Rma,
                m.RmaLine,
                m.RmaTracking,
                m.Product,
                m.Order,
                m.OrderLine,
                m.Customer,
            )
        }


def audit_count(warehouse):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.AuditEvent))


def test_an_import_is_audited_with_who_and_which_rmas(warehouse, staff, tmp_path):
    from inspector.people.audit import history, verify

    import_file(warehouse, write_csv(tmp_path / "rmas.csv", [row()]), staff["supervisor"])
    events = history(warehouse, "rma", "R-1001")
    assert [(e.action, e.who) for e in events] == [("rma_imported", "Supervisor Person")]
    files = history(warehouse, "file", "rmas.csv")
    assert files[0].after["rmas_new"] == 1 and len(files[0].after["sha256"]) == 64
    assert verify(warehouse).intact


def test_importing_needs_the_supervisor_role(warehouse, staff, tmp_path):
    from inspector.people.roles import NotAllowed

    path = write_csv(tmp_path / "rmas.csv", [row()])
    with pytest.raises(NotAllowed, match="may not import RMAs: that needs the supervisor role"):
        import_file(warehouse, path, staff["grader"])
    with pytest.raises(NotAllowed, match="sign in to import RMAs"):
        import_file(warehouse, path, None)
    assert lookup(warehouse, "R-1001") is None


def two_rmas():
    return [
        row(),
        row(
            sku="SKU-2",
            product_name="Wool Sock",
            category="apparel",
            upc="",
            quantity="2",
            reason="COLOR",
            customer_comment="색상이 달라요",
        ),
        row(
            rma_number="R-1002",
            order_number="SO-5002",
            customer_id="CUST-2",
            sku="SKU-1",
            tracking_numbers="986578788855 9205590123456712345678",
            reason="DEFECTIVE",
        ),
    ]


def test_good_csv_imports_and_can_be_looked_up(warehouse, staff, tmp_path):
    report = import_file(
        warehouse, write_csv(tmp_path / "rmas.csv", two_rmas()), staff["supervisor"]
    )
    assert (report.rmas_new, report.products_new, report.orders_new) == (2, 2, 2)
    view = lookup(warehouse, "9205590123456712345678")
    assert view.rma_number == "R-1002"
    assert view.tracking_numbers == ("986578788855", "9205590123456712345678")
    first = lookup(warehouse, "R-1001")
    assert [(ln.sku, ln.quantity, ln.reason) for ln in first.lines] == [
        ("SKU-1", 1, "SIZE_TOO_SMALL"),
        ("SKU-2", 2, "COLOR"),
    ]
    assert first.lines[1].customer_comment == "색상이 달라요"


def test_reimporting_the_same_file_changes_nothing(warehouse, staff, tmp_path):
    path = write_csv(tmp_path / "rmas.csv", two_rmas())
    import_file(warehouse, path, staff["supervisor"])
    before = counts(warehouse)
    report = import_file(warehouse, path, staff["supervisor"])
    assert counts(warehouse) == before
    assert (report.rmas_new, report.rmas_unchanged, report.rmas_updated) == (0, 2, 0)


def test_a_later_file_adds_a_tracking_number_to_a_known_rma(warehouse, staff, tmp_path):
    import_file(warehouse, write_csv(tmp_path / "a.csv", [row()]), staff["supervisor"])
    report = import_file(
        warehouse,
        write_csv(tmp_path / "b.csv", [row(tracking_numbers="1Z999AA10123456784 986578788855")]),
        staff["supervisor"],
    )
    assert report.rmas_updated == 1
    assert lookup(warehouse, "986578788855").rma_number == "R-1001"


def test_one_bad_row_among_many_imports_nothing_and_names_every_bad_row(warehouse, staff, tmp_path):
    rows = [
        row(rma_number=f"R-{i}", order_number=f"SO-{i}", tracking_numbers="") for i in range(200)
    ]
    rows[57]["quantity"] = "-1"
    rows[123]["reason"] = "BORED"
    before = counts(warehouse)
    with pytest.raises(ImportRejected) as rejected:
        import_file(warehouse, write_csv(tmp_path / "rmas.csv", rows), staff["supervisor"])
    assert [p.where for p in rejected.value.problems] == ["line 59", "line 125"]
    assert counts(warehouse) == before


def test_a_conflict_with_the_database_rolls_everything_back(warehouse, staff, tmp_path):
    import_file(warehouse, write_csv(tmp_path / "a.csv", [row()]), staff["supervisor"])
    before = counts(warehouse)
    events_before = audit_count(warehouse)
    rows = [
        row(
            rma_number="R-2000",
            order_number="SO-2000",
            customer_id="NEW",
            sku="NEW-SKU",
            tracking_numbers="",
        ),
        row(rma_number="R-2001", order_number="SO-2001", tracking_numbers="1Z999AA10123456784"),
    ]
    with pytest.raises(ImportRejected) as rejected:
        import_file(warehouse, write_csv(tmp_path / "b.csv", rows), staff["supervisor"])
    assert "already belongs to RMA R-1001" in rejected.value.problems[0].message
    assert counts(warehouse) == before
    assert audit_count(warehouse) == events_before  # a failed import leaves no audit event


def test_a_changed_quantity_for_a_known_line_is_refused(warehouse, staff, tmp_path):
    import_file(warehouse, write_csv(tmp_path / "a.csv", [row()]), staff["supervisor"])
    with pytest.raises(ImportRejected) as rejected:
        import_file(
            warehouse, write_csv(tmp_path / "b.csv", [row(quantity="3")]), staff["supervisor"]
        )
    assert "imported before with 1 x SKU-1" in rejected.value.problems[0].message


def test_csv_with_bom_and_semicolons(warehouse, staff, tmp_path):
    path = write_csv(tmp_path / "bom.csv", [row()], bom=True)
    text = path.read_text(encoding="utf-8-sig").replace(",", ";")
    path.write_text(text, encoding="utf-8-sig")
    assert import_file(warehouse, path, staff["supervisor"]).rmas_new == 1


def test_xlsx_keeps_ids_as_text_even_when_excel_stored_numbers(warehouse, staff, tmp_path):
    rows = [row(order_number="000123", upc="036000291452", tracking_numbers="986578788855")]
    path = write_xlsx(tmp_path / "rmas.xlsx", rows, numeric=("upc", "tracking_numbers", "quantity"))
    assert import_file(warehouse, path, staff["supervisor"]).rmas_new == 1
    view = lookup(warehouse, "986578788855")
    assert view.order_number == "000123"
    with warehouse.sessions() as session:
        assert session.scalar(select(m.Product.upc)) == "036000291452"


def test_json_rows_with_a_list_of_tracking_numbers(warehouse, staff, tmp_path):
    data = [dict(row(), tracking_numbers=["1Z999AA10123456784", "986578788855"], quantity=2)]
    path = write_json(tmp_path / "rmas.json", data)
    assert import_file(warehouse, path, staff["supervisor"]).trackings_added == 2
    assert lookup(warehouse, "986578788855").lines[0].quantity == 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a CSV, XLSX or JSON"),
        (b"PK\x03\x04 not really a zip", "not a readable XLSX"),
        (b'[{"rma_number": ', "not valid JSON"),
        (b"name,age\nbob,3\n", "lacks the column(s) rma_number"),
        (b"", "empty"),
    ],
)
def test_files_that_are_not_rma_files_are_explained(warehouse, staff, tmp_path, content, words):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(words)):
        import_file(warehouse, path, staff["supervisor"])
