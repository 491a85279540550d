"""Returns analytics on a small warehouse whose every figure is worked out by hand below."""

from __future__ import annotations

import datetime as dt

import pytest

from db import models as m
from inspector.people.roles import NotAllowed
from inspector.reports.analytics import Costs, returns_analytics, save_costs
from inspector.reports.disposition_log import Period

D = dt.date
T = dt.datetime
PERIOD = Period(D(2026, 11, 1), D(2026, 11, 30))


@pytest.fixture
def small_warehouse(warehouse):
    """Sold: shirt 5, camera 6. Returned: shirt 2 (size), camera 1 (defective, like new)."""
    with warehouse.sessions.begin() as s:
        shirt = m.Product(sku="SHIRT", name="Shirt", category="apparel", price_cents=10000)
        camera = m.Product(sku="CAM", name="Camera", category="electronics", price_cents=20000)
        ann = m.Customer(external_id="C1", region="CA")
        bo = m.Customer(external_id="C2", region="서울")
        s.add_all([shirt, camera, ann, bo])
        s.flush()
        o1 = m.Order(
            order_number="O1",
            customer_id=ann.id,
            channel="web",
            placed_on=D(2026, 11, 2),
            delivered_on=D(2026, 11, 5),
        )
        o2 = m.Order(
            order_number="O2",
            customer_id=bo.id,
            channel="store",
            placed_on=D(2026, 11, 2),
            delivered_on=D(2026, 11, 3),
        )
        s.add_all([o1, o2])
        s.flush()
        s.add_all(
            [
                m.OrderLine(order_id=o1.id, product_id=shirt.id, quantity=4),
                m.OrderLine(order_id=o1.id, product_id=camera.id, quantity=1),
                m.OrderLine(order_id=o2.id, product_id=shirt.id, quantity=1),
                m.OrderLine(order_id=o2.id, product_id=camera.id, quantity=5),
            ]
        )
        r1 = m.Rma(
            rma_number="R1",
            order_id=o1.id,
            customer_id=ann.id,
            status="COMPLETE",
            created_on=D(2026, 11, 10),
            return_deadline=D(2026, 12, 5),
        )
        r2 = m.Rma(
            rma_number="R2",
            order_id=o2.id,
            customer_id=bo.id,
            status="COMPLETE",
            created_on=D(2026, 11, 10),
            return_deadline=D(2026, 12, 3),
        )
        s.add_all([r1, r2])
        s.flush()
        l1 = m.RmaLine(
            rma_id=r1.id,
            product_id=shirt.id,
            quantity=2,
            reason="SIZE_TOO_SMALL",
            customer_comment="Too small, wrong size",
        )
        l2 = m.RmaLine(
            rma_id=r2.id,
            product_id=camera.id,
            quantity=1,
            reason="DEFECTIVE",
            customer_comment="화면 깨짐 size",
        )
        s.add_all([l1, l2])
        s.flush()
        p1 = m.Parcel(rma_id=r1.id, status="RECEIVED", received_at=T(2026, 11, 12, 8))
        p2 = m.Parcel(rma_id=r2.id, status="RECEIVED", received_at=T(2026, 11, 12, 8))
        s.add_all([p1, p2])
        s.flush()

        def unit(code, parcel, line, product, disposition, override=None, flags=()):
            return m.Unit(
                unit_code=code,
                parcel_id=parcel.id,
                rma_line_id=line.id,
                product_id=product.id,
                status="DECIDED",
                grade="A",
                disposition=disposition,
                override_disposition=override,
                flags=list(flags),
                refund="FULL",
                started_at=T(2026, 11, 12, 10),
                decided_at=T(2026, 11, 12, 10, 6),
            )

        s.add_all(
            [
                unit("U1", p1, l1, shirt, "RESTOCK"),
                unit("U2", p1, l1, shirt, "REFURBISH", override="DISPOSE"),
                unit("U3", p2, l2, camera, "REFURBISH", flags=["REASON_MISMATCH"]),
            ]
        )
    return warehouse


def tables(warehouse, actor, period=PERIOD):
    # As seen on the last day of the year: every day of the period is closed.
    return {t.key: t for t in returns_analytics(warehouse, actor, period, today=D(2026, 12, 31))}


def test_return_rates_by_category_and_the_products_above_average(small_warehouse, staff):
    t = tables(small_warehouse, staff["supervisor"])
    assert t["rate_by_category"].rows == (
        ("apparel", 5, 2, 0.4),
        ("electronics", 6, 1, 0.1667),
    )
    assert t["rate_by_category"].note == "all categories: 27.3%"  # 3 of 11
    assert t["products_above_average"].rows == (
        ("SHIRT", "Shirt", "apparel", 5, 2, 0.4, "SIZE_TOO_SMALL", ""),
    )


def test_reasons_mismatches_time_to_return_and_segments(small_warehouse, staff):
    t = tables(small_warehouse, staff["supervisor"])
    assert t["reasons"].rows == (("SIZE_TOO_SMALL", 2, 0.6667), ("DEFECTIVE", 1, 0.3333))
    assert t["reason_mismatch"].rows[0] == ("DEFECTIVE", 1, 1, 1.0)
    assert dict((r[0], r[1]) for r in t["time_to_return"].rows) == {
        "0-3": 0,
        "4-7": 2,
        "8-14": 0,
        "15-30": 0,
        "31-60": 0,
        "61+": 0,
    }  # 5 and 7 days
    assert t["segments"].rows == (
        ("first return", 2, 1.0),
        ("2nd or 3rd return", 0, 0.0),
        ("4th return or later", 0, 0.0),
    )
    assert set(t["channels"].rows) == {("web", 1), ("store", 1)}
    assert set(t["regions"].rows) == {("CA", 1), ("서울", 1)}
    weeks = {week: (now, then) for week, now, then in t["weekly"].rows}
    assert weeks["2026-W46"] == (2, 0) and sum(n for n, _t in weeks.values()) == 2
    assert list(weeks)[0] == "2026-W44" and list(weeks)[-1] == "2026-W49"  # empty weeks too
    words = dict(t["words"].rows)
    assert words["size"] == 2 and words["화면"] == 1 and "too" not in words


def test_cost_of_returns_with_the_configured_figures(small_warehouse, staff):
    t = tables(small_warehouse, staff["supervisor"])
    # Six minutes at the bench at 24/hour is 2.40; shipping 7.50 each.
    assert t["cost"].rows == (
        ("DISPOSE", 1, 6.0, 11.9, 0.0, -11.9),  # + disposal 2.00; nothing back
        ("REFURBISH", 1, 6.0, 21.9, 110.0, 88.1),  # + refurbishing 12.00; 55% of 200
        ("RESTOCK", 1, 6.0, 9.9, 100.0, 90.1),  # all of 100 back
    )
    save_costs(small_warehouse, staff["supervisor"], Costs(return_shipping=0, handling_per_hour=60))
    t = tables(small_warehouse, staff["supervisor"])
    assert t["cost"].rows[2] == ("RESTOCK", 1, 6.0, 6.0, 100.0, 94.0)
    with pytest.raises(NotAllowed):
        save_costs(small_warehouse, staff["grader"], Costs())
    with pytest.raises(NotAllowed):
        returns_analytics(small_warehouse, staff["grader"], PERIOD)


def test_closed_days_are_kept_and_an_import_makes_them_count_again(
    small_warehouse, staff, tmp_path
):
    from sqlalchemy import func, select

    from inspector.rmas.rma_import import import_file
    from tests.helpers.rma_files import row, write_csv

    t = tables(small_warehouse, staff["supervisor"])
    with small_warehouse.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(m.AnalyticsDay)) == 30 + 30
        )  # + a year before
    # A late import adds an RMA created on 2026-11-10 for an order placed on 2026-11-02.
    late = row(
        rma_number="R3", rma_created="2026-11-10", order_number="O3", order_date="2026-11-02",
        sku="SHIRT", product_name="Shirt", category="apparel", upc="", unit_price="100.00",
        quantity="1", reason="STYLE", customer_id="C1", tracking_numbers="",
    )  # fmt: skip
    import_file(small_warehouse, write_csv(tmp_path / "late.csv", [late]), staff["supervisor"])
    again = tables(small_warehouse, staff["supervisor"])
    assert again["reasons"].rows[-1] == ("STYLE", 1, 0.25)
    assert again["segments"].rows[1] == ("2nd or 3rd return", 1, 0.3333)  # C1's second RMA
    assert t["reasons"].rows != again["reasons"].rows


def test_a_period_without_returns_gives_empty_answers(small_warehouse, staff):
    t = tables(small_warehouse, staff["supervisor"], Period(D(2026, 1, 1), D(2026, 1, 31)))
    assert t["rate_by_category"].rows == () and t["reasons"].rows == ()
    assert t["cost"].rows == () and t["words"].rows == ()


def test_the_report_pdf_has_every_section_with_its_figures(small_warehouse, staff, tmp_path):
    from pypdf import PdfReader

    from inspector.reports.report import report

    path = tmp_path / "report.pdf"
    assert report(small_warehouse, staff["supervisor"], PERIOD, path) == 13
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Returns report: 2026-11-01 to 2026-11-30" in text
    for title in (
        "Return rate by category",
        "Cost of returns",
        "Words in customer comments",
        "Policy exceptions",
    ):
        assert title in text
    assert "40.0%" in text  # the shirt: 2 of 5
    assert "서울" in text
    with pytest.raises(NotAllowed):
        report(small_warehouse, staff["grader"], PERIOD, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cost_figures_from_the_command_line(database_url, small_warehouse, staff):
    from tests.helpers.cli import run_cli
    from tests.helpers.people import PINS

    ran = run_cli("--db", database_url, "costs")
    assert ran.code == 0 and ran.out.startswith("return shipping 7.50, bench hour 24.00")
    env = {"INSPECTOR_PIN": PINS["supervisor"]}
    ran = run_cli(
        "--db", database_url, "--operator", "supervisor", "costs", "--return-shipping", "6",
        "--recovered", "REPACKAGE=0.9", env=env,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert "return shipping 6.00" in ran.out and "REPACKAGE 90%" in ran.out
    t = tables(small_warehouse, staff["supervisor"])
    assert t["cost"].rows[2][3] == 8.4  # RESTOCK: 6.00 shipping + 2.40 at the bench
    for bad, words in (("BURN=1", "is not a disposition"), ("DISPOSE=2", "from 0 to 1")):
        ran = run_cli(
            "--db", database_url, "--operator", "supervisor", "costs", "--recovered", bad, env=env
        )
        assert ran.code == 1 and words in ran.err
    ran = run_cli(
        "--db", database_url, "--operator", "grader", "costs", "--disposal", "3",
        env={"INSPECTOR_PIN": PINS["grader"]},
    )  # fmt: skip
    assert ran.code == 1 and "may not" in ran.err
