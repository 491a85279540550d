"""Every refusal of a supervisor's hand on the outbox (inspector.shop.outbox): retrying or
skipping an event that is not theirs to touch. The words they read, and not a row changed:
the event keeps its state and no audit event is written."""

from __future__ import annotations

import datetime as dt

import pytest

from db import models as m
from inspector.core.errors import InspectorError, NotFound
from inspector.people.roles import NotAllowed
from inspector.shop.outbox import retry_event, skip_event
from tests.helpers.unchanged import refused

CASES = {
    "retry by a grader": (
        lambda w, s, e: retry_event(w, s["grader"], e["ATTENTION"], "shop was down"),
        NotAllowed,
        "may not retry or skip what goes to the shop: that needs the supervisor role",
    ),
    "retry signed out": (
        lambda w, s, e: retry_event(w, None, e["ATTENTION"], "shop was down"),
        NotAllowed,
        "sign in to retry or skip what goes to the shop",
    ),
    "retry with no reason": (
        lambda w, s, e: retry_event(w, s["supervisor"], e["ATTENTION"], " \n "),
        InspectorError,
        "give a reason (--reason TEXT): it goes into the audit trail",
    ),
    "retry an unknown event": (
        lambda w, s, e: retry_event(w, s["supervisor"], 999_999, "shop was down"),
        NotFound,
        "no outbox event 999999",
    ),
    "retry an event sent already": (
        lambda w, s, e: retry_event(w, s["supervisor"], e["SENT"], "again"),
        InspectorError,
        "was sent already; there is nothing to retry",
    ),
    "skip by the dock": (
        lambda w, s, e: skip_event(w, s["dock"], e["PENDING"], "duplicate"),
        NotAllowed,
        "that needs the supervisor role",
    ),
    "skip with no reason": (
        lambda w, s, e: skip_event(w, s["supervisor"], e["PENDING"], ""),
        InspectorError,
        "give a reason (--reason TEXT)",
    ),
    "skip an unknown event": (
        lambda w, s, e: skip_event(w, s["supervisor"], 999_999, "duplicate"),
        NotFound,
        "no outbox event 999999",
    ),
    "skip an event sent already": (
        lambda w, s, e: skip_event(w, s["supervisor"], e["SENT"], "duplicate"),
        InspectorError,
        "is sent; only a waiting one can be skipped",
    ),
    "skip an event skipped already": (
        lambda w, s, e: skip_event(w, s["supervisor"], e["SKIPPED"], "duplicate"),
        InspectorError,
        "is skipped; only a waiting one can be skipped",
    ),
    "skip an event a sender holds right now": (
        lambda w, s, e: skip_event(w, s["supervisor"], e["CLAIMED"], "duplicate"),
        InspectorError,
        "is being sent right now; try again in a minute",
    ),
}


@pytest.fixture
def events(warehouse):
    """One outbox event in each state, and one held by a sender for the next ten minutes."""
    now = dt.datetime.now()
    made = {}
    with warehouse.sessions.begin() as session:
        for name, state in (
            ("PENDING", "PENDING"),
            ("SENT", "SENT"),
            ("ATTENTION", "ATTENTION"),
            ("SKIPPED", "SKIPPED"),
            ("CLAIMED", "PENDING"),
        ):
            row = m.OutboxEvent(
                at=now,
                kind="return.completed",
                payload={"rma_number": f"R-{name}"},
                state=state,
                delivered_at=now if state == "SENT" else None,
                claimed_by="BENCH-2:sender" if name == "CLAIMED" else None,
                claimed_until=now + dt.timedelta(minutes=10) if name == "CLAIMED" else None,
            )
            session.add(row)
            session.flush()
            made[name] = row.id
    return made


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, events, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, staff, events))
