"""The outbox as deliverers see it: claims in order per return, leases that lapse, states."""

import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.shop.outbox import (
    LEASE,
    Attention,
    Retry,
    Sent,
    claim,
    counts,
    finish,
    list_events,
    retry_event,
    skip_event,
)

NOW = dt.datetime(2026, 11, 30, 9, 0)


def _add(warehouse, *rmas):
    ids = []
    with warehouse.sessions.begin() as session:
        for n, rma in enumerate(rmas):
            event = m.OutboxEvent(
                at=NOW, kind="return.unit_dispositioned", payload={"rma_number": rma, "n": n}
            )
            session.add(event)
            session.flush()
            ids.append(event.id)
    return ids


def test_an_event_takes_its_rma_from_its_payload(warehouse):
    _add(warehouse, "R-1")
    with warehouse.sessions() as session:
        event = session.scalars(select(m.OutboxEvent)).one()
    assert (event.rma_number, event.state, event.attempts) == ("R-1", "PENDING", 0)


def test_claims_keep_each_return_in_order(warehouse):
    a1, b1, a2, b2 = _add(warehouse, "A", "B", "A", "B")
    first = claim(warehouse, "one", 1, now=NOW)
    assert [c.id for c in first] == [a1]
    # B's first event is free; A's second waits behind A's first, which is out being sent.
    second = claim(warehouse, "two", 10, now=NOW)
    assert [c.id for c in second] == [b1, b2]
    finish(warehouse, "one", {a1: Attention("refused")}, now=NOW)
    assert claim(warehouse, "three", 10, now=NOW) == []  # A waits for a person
    finish(warehouse, "two", {b1: Sent(), b2: Sent()}, now=NOW)
    refused = list_events(warehouse)[0]
    assert refused.state == "ATTENTION" and refused.last_error == "refused"


def test_a_lapsed_lease_is_claimed_again_and_counts_the_attempt(warehouse):
    (event,) = _add(warehouse, "A")
    assert claim(warehouse, "dies", 5, now=NOW)[0].attempts == 1
    assert claim(warehouse, "other", 5, now=NOW + LEASE / 2) == []
    again = claim(warehouse, "other", 5, now=NOW + LEASE + dt.timedelta(seconds=1))
    assert [(c.id, c.attempts) for c in again] == [(event, 2)]
    # The first holder's late answer is not recorded over the second's claim.
    finish(warehouse, "dies", {event: Sent()}, now=NOW)
    assert counts(warehouse).sent == 0


def test_a_retry_waits_its_backoff(warehouse):
    (event,) = _add(warehouse, "A")
    claim(warehouse, "x", 5, now=NOW)
    finish(warehouse, "x", {event: Retry("busy", after_s=30)}, now=NOW)
    assert claim(warehouse, "x", 5, now=NOW + dt.timedelta(seconds=29)) == []
    assert claim(warehouse, "x", 5, now=NOW + dt.timedelta(seconds=31))


def test_retry_and_skip_need_a_reason_and_a_waiting_event(warehouse, staff):
    (event,) = _add(warehouse, "A")
    with pytest.raises(InspectorError, match="give a reason"):
        skip_event(warehouse, staff["supervisor"], event, "  ")
    skip_event(warehouse, staff["supervisor"], event, "done by hand")
    with pytest.raises(InspectorError, match="only a waiting one"):
        skip_event(warehouse, staff["supervisor"], event, "again")
    retry_event(warehouse, staff["supervisor"], event, "send it after all")
    assert counts(warehouse).waiting == 1
    with pytest.raises(InspectorError, match="no outbox event 999"):
        retry_event(warehouse, staff["supervisor"], 999, "x")
