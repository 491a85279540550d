"""Every refusal of starting a unit (inspector.grading.units): the error a grader reads, and
not a row changed anywhere (units, audit events, outbox, print queue)."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError, NotFound
from inspector.grading import units
from inspector.grading.units import AlreadyDecided
from inspector.people.roles import NotAllowed
from tests.helpers.grading_floor import grading_floor
from tests.helpers.parcels import PRODUCTS
from tests.helpers.unchanged import refused

# case id -> (what the grader does, the error, words it must say)
CASES = {
    "open by the dock": (
        lambda w, b, f: units.open_rma(w, b["dock"], f.rma),
        NotAllowed,
        "may not grade units: that needs the grader role",
    ),
    "open signed out": (
        lambda w, b, f: units.open_rma(w, None, f.rma),
        NotAllowed,
        "sign in to grade units",
    ),
    "open an unknown RMA": (
        lambda w, b, f: units.open_rma(w, b["grader"], " R-404 "),
        NotFound,
        "no RMA matches 'R-404'",
    ),
    "open an order of several RMAs": (
        lambda w, b, f: units.open_rma(w, b["grader"], "SO-5001"),
        InspectorError,
        "'SO-5001' matches several RMAs: scan the RMA number",
    ),
    "open an RMA not received": (
        lambda w, b, f: units.open_rma(w, b["grader"], f.not_received),
        InspectorError,
        "RMA R-2002 has not been received: scan its parcel at the dock first",
    ),
    "open a cancelled RMA": (
        lambda w, b, f: units.open_rma(w, b["grader"], f.cancelled),
        InspectorError,
        "RMA R-3003 was cancelled: set the parcel aside",
    ),
    "sheet of an unknown RMA": (
        lambda w, b, f: units.parcel_sheet(w, "R-404"),
        NotFound,
        "RMA R-404 does not exist",
    ),
    "start by the dock": (
        lambda w, b, f: units.start_unit(w, b["dock"], f.line_id, 2),
        NotAllowed,
        "that needs the grader role",
    ),
    "start an unknown line": (
        lambda w, b, f: units.start_unit(w, b["grader"], 999_999, 1),
        NotFound,
        "no piece 1 on RMA line 999999",
    ),
    "start slot 0": (
        lambda w, b, f: units.start_unit(w, b["grader"], f.line_id, 0),
        NotFound,
        "no piece 0 on RMA line ",
    ),
    "start a slot past the quantity": (
        lambda w, b, f: units.start_unit(w, b["grader"], f.line_id, 4),
        NotFound,
        "no piece 4 on RMA line ",
    ),
    "start a piece already decided": (
        lambda w, b, f: units.start_unit(w, b["grader2"], f.line_id, 1),
        AlreadyDecided,
        "is already decided",
    ),
    "start a piece of an RMA not received": (
        lambda w, b, f: units.start_unit(w, b["grader"], f.not_received_line, 1),
        InspectorError,
        "RMA R-2002 has no received parcel: scan it at the dock first",
    ),
    "unexpected item by the dock": (
        lambda w, b, f: units.start_unexpected(w, b["dock"], f.rma, PRODUCTS["home"]["upc"]),
        NotAllowed,
        "that needs the grader role",
    ),
    "unexpected item on an unknown RMA": (
        lambda w, b, f: units.start_unexpected(w, b["grader"], "R-404", None),
        NotFound,
        "RMA R-404 does not exist",
    ),
    "unexpected item on an RMA not received": (
        lambda w, b, f: units.start_unexpected(w, b["grader"], f.not_received, None),
        InspectorError,
        "RMA R-2002 has no received parcel",
    ),
    "draft of an unknown unit": (
        lambda w, b, f: units.load_draft(w, 999_999),
        NotFound,
        "no unit 999999",
    ),
}


@pytest.fixture
def floor(warehouse, staff, bench, tmp_path):
    return grading_floor(warehouse, staff, bench["grader"], tmp_path)


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, bench, floor, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, bench, floor))
