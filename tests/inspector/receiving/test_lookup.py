"""Finding RMAs by what the dock scans or types."""

import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.demo.build import build_demo
from inspector.receiving.lookup import lookup, search
from tests.helpers import templates


@pytest.fixture
def demo(warehouse):
    now = dt.datetime(2026, 11, 26, 12)
    templates.built(warehouse, ("demo", 300, 2, now), lambda w: build_demo(w, 300, seed=2, now=now))
    with warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).order_by(m.Rma.id).offset(40)).first()
        sample = {
            "rma": rma.rma_number,
            "order": rma.order.order_number,
            "tracking": rma.trackings[0].tracking_number,
            "usps": session.scalar(
                select(m.RmaTracking.tracking_number).where(m.RmaTracking.carrier == "USPS")
            ),
        }
    return warehouse, sample


def test_lookup_by_each_kind_of_number(demo):
    warehouse, s = demo
    assert lookup(warehouse, s["rma"]).rma_number == s["rma"]
    assert lookup(warehouse, s["rma"].lower()).rma_number == s["rma"]
    assert lookup(warehouse, s["tracking"]).rma_number == s["rma"]
    assert lookup(warehouse, f"  {s['tracking']}\n").rma_number == s["rma"]
    assert lookup(warehouse, s["order"]).rma_number == s["rma"]
    assert lookup(warehouse, "NOTHING-HERE") is None


def test_lookup_by_usps_barcode_with_routing_prefix(demo):
    warehouse, s = demo
    view = lookup(warehouse, "42090210" + s["usps"])
    assert view is not None and s["usps"] in view.tracking_numbers


def test_search_finds_by_prefix_and_by_a_part_inside(demo):
    warehouse, s = demo
    by_prefix = search(warehouse, s["rma"][:9])
    assert by_prefix and all(h.rma_number.startswith(s["rma"][:9]) for h in by_prefix)
    inside = search(warehouse, s["tracking"][5:12])
    assert s["rma"] in [h.rma_number for h in inside]
    assert search(warehouse, "") == []
    assert search(warehouse, "%") == []  # a LIKE wildcard is a plain character here


def test_search_puts_the_exact_match_first(demo):
    warehouse, s = demo
    hits = search(warehouse, s["order"])
    assert hits[0].rma_number == s["rma"]
