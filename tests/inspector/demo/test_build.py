"""The demo warehouse: reproducible, believable, and data for every page."""

import datetime as dt
from collections import Counter

import pytest
import tracking_numbers
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.core.warehouse import open_warehouse
from inspector.demo.build import build_demo
from inspector.demo.words import RETURN_RATE
from inspector.rmas.rma_numbers import parse_rma_number

NOW = dt.datetime(2026, 11, 26, 15, 0)


@pytest.fixture
def demo(warehouse):
    build_demo(warehouse, 1500, seed=7, now=NOW)
    return warehouse


def _dump(warehouse):
    with warehouse.engine.connect() as connection:
        return (
            connection.execute(select(m.Rma.__table__).order_by(m.Rma.id)).all(),
            connection.execute(select(m.RmaTracking.__table__).order_by(m.RmaTracking.id)).all(),
            connection.execute(select(m.Unit.__table__).order_by(m.Unit.id)).all(),
        )


@pytest.mark.sqlite_only
def test_same_seed_same_warehouse(tmp_path):
    first = open_warehouse(f"sqlite:///{tmp_path / 'a.db'}")
    second = open_warehouse(f"sqlite:///{tmp_path / 'b.db'}")
    build_demo(first, 400, seed=3, now=NOW)
    build_demo(second, 400, seed=3, now=NOW)
    assert _dump(first) == _dump(second)
    third = open_warehouse(f"sqlite:///{tmp_path / 'c.db'}")
    build_demo(third, 400, seed=4, now=NOW)
    assert _dump(first)[0] != _dump(third)[0]
    for opened in (first, second, third):
        opened.close()


def test_exact_rma_count_with_valid_numbers(demo):
    with demo.sessions() as session:
        numbers = session.scalars(select(m.Rma.rma_number)).all()
        trackings = session.scalars(select(m.RmaTracking.tracking_number)).all()
    assert len(numbers) == 1500
    assert all(parse_rma_number(n) == n for n in numbers)
    assert all(tracking_numbers.get_tracking_number(t).valid for t in trackings)


def test_return_rates_are_typical_of_each_category(demo):
    with demo.engine.connect() as connection:
        sold = dict(
            connection.execute(
                select(m.Product.category, func.sum(m.OrderLine.quantity))
                .join(m.OrderLine, m.OrderLine.product_id == m.Product.id)
                .group_by(m.Product.category)
            ).all()
        )
        returned = dict(
            connection.execute(
                select(m.Product.category, func.sum(m.RmaLine.quantity))
                .join(m.RmaLine, m.RmaLine.product_id == m.Product.id)
                .group_by(m.Product.category)
            ).all()
        )
    rates = {c: returned[c] / sold[c] for c in RETURN_RATE}
    # Apparel and footwear come back far more often than home goods and electronics.
    assert min(rates["apparel"], rates["footwear"]) > 1.5 * max(rates["home"], rates["electronics"])
    for category, typical in RETURN_RATE.items():
        assert typical * 0.4 < rates[category] < typical * 2.5, (category, rates)


def test_history_gives_every_page_something_to_show(demo):
    with demo.sessions() as session:
        statuses = Counter(session.scalars(select(m.Rma.status)).all())
        units = session.scalars(select(m.Unit)).all()
        unknown = session.scalar(
            select(func.count()).select_from(m.Parcel).where(m.Parcel.status == "UNKNOWN")
        )
        first_decided = session.scalar(select(func.min(m.Unit.decided_at)))
        korean = session.scalar(
            select(func.count())
            .select_from(m.RmaLine)
            .where(m.RmaLine.customer_comment.like("%요%"))
        )
    assert statuses["OPEN"] and statuses["RECEIVED"] and statuses["COMPLETE"]
    assert {u.disposition for u in units} == {"RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE"}
    assert {u.grade for u in units} == {"A", "B", "C", "D"}
    assert any(u.override_by_id for u in units)
    assert any("REASON_MISMATCH" in u.flags for u in units)
    assert all(u.decided_at <= NOW for u in units)
    assert unknown > 0
    assert (NOW - first_decided).days >= 80  # about 90 days of history
    assert korean > 0


def test_demo_refuses_a_database_that_has_data(demo):
    with pytest.raises(InspectorError, match="only an empty database"):
        build_demo(demo, 10, seed=1, now=NOW)
