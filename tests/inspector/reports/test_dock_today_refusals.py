"""Every refusal of the dock's day and of resolving an unknown parcel
(inspector.reports.dock_today): the words a supervisor reads, and not a row changed: the
parcel stays in quarantine, no RMA is marked received, no audit event."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from db import models as m
from inspector.core.errors import InspectorError, NotFound
from inspector.people.roles import NotAllowed
from inspector.receiving.receipts import Outcome, receive
from inspector.reports.dock_today import dock_today, resolve_unknown
from inspector.rmas.rma_import import import_file
from tests.helpers.rma_files import row, write_csv
from tests.helpers.unchanged import refused

CASES = {
    "the day by a grader": (
        lambda w, s, p: dock_today(w, s["grader"]),
        NotAllowed,
        "may not export reports: that needs the supervisor role",
    ),
    "resolve by the dock": (
        lambda w, s, p: resolve_unknown(w, s["dock"], p["unknown"], rma_code="R-1001"),
        NotAllowed,
        "may not resolve unknown parcels: that needs the supervisor role",
    ),
    "resolve saying nothing": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"]),
        InspectorError,
        "say which RMA the parcel belongs to, or why it is rejected",
    ),
    "resolve saying both": (
        lambda w, s, p: resolve_unknown(
            w, s["supervisor"], p["unknown"], rma_code="R-1001", reject_reason="torn"
        ),
        InspectorError,
        "say which RMA the parcel belongs to, or why it is rejected",
    ),
    "resolve an unknown parcel id": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], 999_999, rma_code="R-1001"),
        NotFound,
        "no parcel 999999",
    ),
    "resolve a parcel rejected already": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["rejected"], rma_code="R-1001"),
        InspectorError,
        "is already rejected",
    ),
    "reject with a blank reason": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"], reject_reason="  "),
        InspectorError,
        "a rejected parcel needs a reason",
    ),
    "resolve to an RMA that does not exist": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"], rma_code="R-404"),
        NotFound,
        "'R-404' names no single RMA",
    ),
    "resolve to an order of two RMAs": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"], rma_code="SO-5001"),
        NotFound,
        "'SO-5001' names no single RMA",
    ),
    "resolve to a cancelled RMA": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"], rma_code="R-3003"),
        InspectorError,
        "RMA R-3003 is cancelled: it takes no parcel",
    ),
    "resolve to a complete RMA": (
        lambda w, s, p: resolve_unknown(w, s["supervisor"], p["unknown"], rma_code="R-4004"),
        InspectorError,
        "RMA R-4004 is complete: it takes no parcel",
    ),
}


@pytest.fixture
def parcels(warehouse, staff, tmp_path):
    """Two open RMAs of one order, a cancelled one and a complete one; one parcel waiting in
    quarantine and one rejected."""
    rows = [
        row(rma_number="R-1001", tracking_numbers=""),
        row(rma_number="R-2002", tracking_numbers=""),
        row(rma_number="R-3003", order_number="SO-5003", tracking_numbers=""),
        row(rma_number="R-4004", order_number="SO-5004", tracking_numbers=""),
    ]
    import_file(warehouse, write_csv(tmp_path / "r.csv", rows), staff["supervisor"])
    with warehouse.sessions.begin() as session:
        for number, status in (("R-3003", "CANCELLED"), ("R-4004", "COMPLETE")):
            session.execute(update(m.Rma).where(m.Rma.rma_number == number).values(status=status))
    found = {}
    for name, label in (("unknown", "NOPE-123"), ("rejected", "NOPE-456")):
        receipt = receive(warehouse, staff["dock"], label)
        assert receipt.outcome is Outcome.UNKNOWN
        found[name] = receipt.parcel_id
    resolve_unknown(warehouse, staff["supervisor"], found["rejected"], reject_reason="torn open")
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, parcels, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, staff, parcels))


def test_the_waiting_parcel_is_resolved(warehouse, staff, parcels):
    """What the refusals refused is otherwise done."""
    said = resolve_unknown(warehouse, staff["supervisor"], parcels["unknown"], rma_code="R-1001")
    assert said.endswith("R-1001")
