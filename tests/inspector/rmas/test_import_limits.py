"""Imports against the columns' limits: every carrier's tracking numbers import on both
databases, and values no column holds are refused in one line each, nothing written, the same
on SQLite (which would store them) and PostgreSQL (which would fail the transaction)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import func, select
from tracking_numbers._generated import DEFINITIONS

from db import models as m
from inspector.core.limits import length_of
from inspector.rmas.carriers import carrier_of
from tests.helpers.cli import run_cli
from tests.helpers.rma_files import row, write_csv, write_xlsx

SUPERVISOR = ("--operator", "supervisor")
PIN = {"INSPECTOR_PIN": "3000"}

# One number's shape per carrier format the tracking-numbers package knows, its check digit
# left to be found (the package checks it): formats in the package's own regular expressions.
SHAPES = [
    "123456789?",  # DHL Express
    "1234567890?",  # DHL Express Air
    "TBA123456789012",  # Amazon Logistics (no check digit)
    "7112345678912345678?",  # USPS 20
    "4201000112349212345678123456789 01?".replace(" ", ""),  # USPS 34v2
    "9205512345678123456789 01?".replace(" ", ""),  # USPS 91
    "12345678901?",  # FedEx Express (12)
    "10012123456789012100011234567890123?",  # FedEx Express (34)
    "92612123456789123456 7?".replace(" ", ""),  # FedEx SmartPost
    "12345678901234?",  # FedEx Ground
    "00123456789012345?",  # FedEx Ground (SSCC-18)
    "9612345123456712345 67?".replace(" ", ""),  # FedEx Ground 96 (22)
    "1Z999AA1012345678?",  # UPS
    "801234567890123456",  # UPS Mail Innovations (no check digit)
    "RA12345678?US",  # S10
    "C1234567890123?",  # OnTrac
]


def _minted() -> dict[str, str]:
    """A number the package accepts for each carrier, by trying every check character."""
    found: dict[str, str] = {}
    for shape in SHAPES:
        for check in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if "?" in shape else "-":
            number = shape.replace("?", check)
            carrier = carrier_of(number)
            if carrier is not None:
                found.setdefault(carrier, number)
                break
    return found


def test_every_carrier_name_fits_its_column():
    column = m.RmaTracking.__table__.c.carrier
    assert max(len(d.courier.name) for d in DEFINITIONS) <= length_of(column)


def test_every_carriers_numbers_import(database_url, staff, tmp_path):
    minted = _minted()
    # CDL's numbers hold lowercase hex, and the import reads tracking numbers in capitals.
    assert set(minted) == {d.courier.name for d in DEFINITIONS} - {"CDL"}
    assert "United States Postal Service" in minted
    rows = [
        row(rma_number=f"R-{i}", order_number=f"SO-{i}", sku=f"SKU-{i}", tracking_numbers=n)
        for i, n in enumerate(minted.values())
    ]
    path = write_csv(tmp_path / "carriers.csv", rows)
    ran = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=PIN)
    assert ran.code == 0, ran.err
    from inspector.core.warehouse import open_warehouse

    warehouse = open_warehouse(database_url)
    try:
        with warehouse.sessions() as session:
            stored = dict(
                session.execute(select(m.RmaTracking.tracking_number, m.RmaTracking.carrier)).all()
            )
    finally:
        warehouse.close()
    assert stored == {number: carrier for carrier, number in minted.items()}


def _rmas(database_url) -> int:
    from inspector.core.warehouse import open_warehouse

    warehouse = open_warehouse(database_url)
    try:
        with warehouse.sessions() as session:
            return session.scalar(select(func.count()).select_from(m.Rma)) or 0
    finally:
        warehouse.close()


BAD_ROWS = [
    ({"product_name": "N" * 201}, "product_name is 201 characters long; at most 200 fit"),
    ({"product_name": "N" * 1_000_000}, "product_name is 1,000,000 characters long"),
    ({"customer_postal_code": "9" * 17}, "customer_postal_code is 17 characters long"),
    ({"customer_region": "R" * 100_000}, "customer_region is 100,000 characters long"),
    ({"quantity": 3e9}, "quantity '3000000000' is more than 999 pieces"),
    ({"quantity": 10**20}, "is more than 999 pieces of one SKU"),
    ({"quantity": 1_000_000}, "quantity '1000000' is more than 999 pieces"),
    ({"unit_price": float("nan")}, "unit_price 'nan' is not an amount"),
    ({"unit_price": 1e30}, "unit_price '1e+30' is too large"),
    ({"sku": "S" * 65}, "sku is 65 characters long; at most 64 fit"),
]


@pytest.mark.parametrize(("change", "words"), BAD_ROWS)
def test_a_value_no_column_holds_is_refused_in_one_line(
    database_url, staff, tmp_path, change, words
):
    good = row(rma_number="R-GOOD", order_number="SO-GOOD", sku="SKU-GOOD")
    bad = {**row(tracking_numbers=""), **change}
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([good, bad], allow_nan=True), encoding="utf-8")
    ran = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=PIN)
    assert ran.code == 1, ran.err[:500]
    assert "Traceback" not in ran.err and len(ran.err) < 1000
    lines = ran.err.strip().splitlines()
    assert lines[0] == f"{path}: item 2: {lines[0].split(': ', 2)[2]}" and words in lines[0]
    assert "nothing imported" in lines[-1] and len(lines) == 2
    assert _rmas(database_url) == 0


def _damaged_xlsx(tmp_path, how: str):
    good = write_xlsx(tmp_path / "good.xlsx", [row()])
    out = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] if how == "cut" else data
            z.writestr(item, data)
    raw = bytearray(out.getvalue())
    if how == "stream":  # flip bytes inside the sheet's compressed stream
        at = raw.find(b"xl/worksheets/sheet1.xml") + 60
        raw[at : at + 40] = bytes(40)
    path = tmp_path / f"{how}.xlsx"
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("how", ["cut", "stream"])
def test_a_damaged_xlsx_is_said_in_one_line(database_url, staff, tmp_path, how):
    path = _damaged_xlsx(tmp_path, how)
    ran = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=PIN)
    assert ran.code == 1, ran.err
    assert len(ran.err.strip().splitlines()) == 1 and "Traceback" not in ran.err
    assert "not a readable XLSX workbook (damaged:" in ran.err
    assert _rmas(database_url) == 0


def test_json_nested_200000_deep_is_said_in_one_line(database_url, staff, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    ran = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=PIN)
    assert ran.code == 1, ran.err[-500:]
    assert ran.err.strip().splitlines() == [
        f"inspector: {path}: the JSON is nested too deep to be an RMA file "
        "(rows are objects in a list)"
    ]


def test_a_formula_cell_with_no_saved_value_is_said_to_be_a_formula(warehouse, staff, tmp_path):
    import openpyxl

    from inspector.rmas.import_files import COLUMNS
    from inspector.rmas.rma_import import ImportRejected, import_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    values = row()
    sheet.append([values[c] for c in COLUMNS])
    sheet.cell(row=2, column=COLUMNS.index("quantity") + 1, value="=1+1")
    book.save(tmp_path / "formula.xlsx")  # openpyxl saves formulas without computing them
    with pytest.raises(ImportRejected) as refused:
        import_file(warehouse, tmp_path / "formula.xlsx", staff["supervisor"])
    assert len(refused.value.problems) == 1, refused.value.problems
    problem = refused.value.problems[0]
    assert problem.where == "row 2"
    assert "quantity holds a formula (=1+1) with no saved value" in problem.message
    assert "quantity is empty" not in problem.message
