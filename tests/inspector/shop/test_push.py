"""Delivering the outbox to the fake shop: each unit's disposition once, of the right type at
the right location, each return processed once and closed, whatever fault the shop shows."""

import threading

import pytest
from sqlalchemy import select

from db import models as m
from inspector.shop.delivery import push
from inspector.shop.outbox import counts, list_events, retry_event, skip_event
from inspector.shop.pulling import pull
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import (
    LOCATION_ID,
    SHOP_TYPE,
    connect,
    decided_units,
    grade_rma,
    grader_at_bench,
    item,
    receive_all,
    shop_connector,
)


@pytest.fixture
def fake():
    with FakeShopify(slow_s=3.0) as shop:
        yield shop


@pytest.fixture
def connected(warehouse, staff, fake, monkeypatch):
    connect(warehouse, staff["admin"], fake, monkeypatch)
    connector = shop_connector(warehouse)
    yield connector
    connector.close()


def _graded_return(warehouse, staff, fake, connected, conditions, tracking="1Z999AA10123456784"):
    ret = fake.state.add_return([(item(1), len(conditions))], tracking=tracking)
    pull(warehouse, connected, "a")
    receive_all(warehouse, staff["dock"], [tracking])
    grade_rma(warehouse, grader_at_bench(warehouse, staff), ret.name, conditions)
    return ret


def _assert_exactly_once(ret, kinds):
    line = ret.rfo_lines[0]
    assert sorted(d["type"] for d in line.dispositions) == sorted(kinds)
    assert all(d["quantity"] == 1 for d in line.dispositions)
    for d in line.dispositions:
        assert d["location"] == (None if d["type"] == "MISSING" else LOCATION_ID)
    assert ret.process_calls == 1 and ret.lines[0].processed == ret.lines[0].quantity
    assert ret.status == "CLOSED"


def test_decisions_go_to_the_shop_once(warehouse, staff, fake, connected):
    conditions = ["sealed", "like_new", "damaged", "missing"]
    ret = _graded_return(warehouse, staff, fake, connected, conditions)
    report = push(warehouse, connected, "BENCH-1/x")
    assert report.error is None and report.attention == 0
    _assert_exactly_once(ret, [SHOP_TYPE[c] for c in conditions])
    # The restocked unit is back in stock at the dock's location.
    assert fake.state.inventory == {(ret.lines[0].inventory_item_id, LOCATION_ID): 1}
    # The dock's refund recommendation and reason ride in the process note (no refund sent).
    assert "refund full" in ret.notes[0] and "refund none" in ret.notes[0]
    assert counts(warehouse).waiting == 0 and counts(warehouse).attention == 0
    assert push(warehouse, connected, "BENCH-1/x").sent == 0  # nothing twice


@pytest.mark.parametrize("fault", ["throttled", "500", "502", "slow", "drop"])
@pytest.mark.parametrize("on", ["Dispose", "ProcessReturn", "CloseReturn"])
def test_a_fault_on_a_change_sends_it_once_all_the_same(
    warehouse, staff, fake, connected, fault, on
):
    ret = _graded_return(warehouse, staff, fake, connected, ["sealed", "damaged"])
    fake.inject(fault, on=on)
    for _ in range(6):  # a cron job's passes; an ambiguous answer waits a moment
        push(warehouse, connected, "BENCH-1/x", clock=_later(60))
    assert fake.faults[fault] == 1
    _assert_exactly_once(ret, ["RESTOCKED", "NOT_RESTOCKED"])
    assert counts(warehouse).waiting == 0


def _later(seconds):
    import datetime as dt

    moments = iter(range(0, 10**6, seconds))
    return lambda: dt.datetime.now() + dt.timedelta(seconds=next(moments))


def test_what_the_shop_refuses_waits_for_a_person_in_words(warehouse, staff, fake, connected):
    ret = _graded_return(warehouse, staff, fake, connected, ["sealed"])
    fake.inject("user_error", on="Dispose")
    report = push(warehouse, connected, "BENCH-1/x")
    assert report.attention == 1
    events = list_events(warehouse)
    refused = [e for e in events if e.state == "ATTENTION"]
    assert len(refused) == 1 and "does not allow this. (INVALID_STATE)" in refused[0].last_error
    # The return's completion waits behind it: in order per return.
    assert [e.kind for e in events if e.state == "PENDING"] == ["return.completed"]
    assert ret.process_calls == 0
    retry_event(warehouse, staff["supervisor"], refused[0].id, "the shop fixed the return")
    push(warehouse, connected, "BENCH-1/x")
    _assert_exactly_once(ret, ["RESTOCKED"])
    with warehouse.sessions() as session:
        audit = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "outbox_retried")
        ).one()
    assert audit.after["reason"] == "the shop fixed the return"


def test_a_skipped_event_is_not_sent_and_the_skip_is_audited(warehouse, staff, fake, connected):
    ret = _graded_return(warehouse, staff, fake, connected, ["sealed"])
    fake.inject("user_error", on="Dispose")
    push(warehouse, connected, "BENCH-1/x")
    refused = next(e for e in list_events(warehouse) if e.state == "ATTENTION")
    skip_event(warehouse, staff["supervisor"], refused.id, "disposed by hand in the shop")
    push(warehouse, connected, "BENCH-1/x")
    assert ret.rfo_lines[0].dispositions == [] and ret.process_calls == 1
    assert counts(warehouse).skipped == 1


def test_a_refused_token_keeps_every_event_waiting(warehouse, staff, fake, connected):
    _graded_return(warehouse, staff, fake, connected, ["sealed"])
    fake.inject("401", times=5)
    report = push(warehouse, connected, "BENCH-1/x")
    assert report.error and "refused the access token (HTTP 401)" in report.error
    assert counts(warehouse).waiting == 3 and counts(warehouse).attention == 0


def test_dispositions_go_in_batches_of_250(warehouse, staff, fake, connected):
    ret = fake.state.add_return([(item(1), 260)])
    pull(warehouse, connected, "a")
    decided_units(warehouse, ret.name, ["RESTOCKED"] * 200 + ["MISSING"] * 60)
    report = push(warehouse, connected, "BENCH-1/x")
    assert report.sent == 261 and fake.operations["Dispose"] == 2
    assert len(ret.rfo_lines[0].dispositions) == 260 and ret.status == "CLOSED"


def test_three_deliverers_at_once_send_each_event_once(warehouse, staff, fake, connected):
    returns = [fake.state.add_return([(item(n), 30)]) for n in range(8)]
    pull(warehouse, connected, "a")
    for ret in returns:
        decided_units(warehouse, ret.name, ["RESTOCKED", "NOT_RESTOCKED", "MISSING"] * 10)
    fake.storm(0.15, ("throttled", "502", "drop", "500"))
    connectors = [shop_connector(warehouse) for _ in range(3)]
    for c in connectors:
        c.batch_size = 20  # many small claims, so the three take turns
    errors, sent = [], [0, 0, 0]

    def deliver(n):
        try:
            for _ in range(30):
                sent[n] += push(warehouse, connectors[n], f"BENCH-{n}/x", clock=_later(30)).sent
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in connectors:
        c.close()
    assert errors == [] and fake.bugs == []
    assert sum(1 for n in sent if n) >= 2, sent
    for ret in returns:
        assert len(ret.rfo_lines[0].dispositions) == 30
        assert sorted(d["type"] for d in ret.rfo_lines[0].dispositions) == sorted(
            ["RESTOCKED", "NOT_RESTOCKED", "MISSING"] * 10
        )
        assert ret.process_calls == 1 and ret.status == "CLOSED"
    assert counts(warehouse).waiting == 0


def test_a_refund_goes_with_the_return_only_when_the_dock_refunds(
    warehouse, staff, fake, connected
):
    from inspector.shop.shop_settings import load_shop_settings, set_refund_from_dock

    # Off (the default): the recommendation rides in the note, no money moves.
    first = _graded_return(warehouse, staff, fake, connected, ["sealed", "used"])
    push(warehouse, connected, "x")
    assert first.refunds == [] and "refund partial, fee 15%" in first.notes[0]
    set_refund_from_dock(warehouse, staff["admin"], True)
    connected.settings = load_shop_settings(warehouse)
    second = _graded_return(
        warehouse, staff, fake, connected, ["sealed", "used"], tracking="1Z12345E0205271688"
    )
    fake.inject("drop", on="ProcessReturn")  # applied, no answer: the refund is not sent twice
    for _ in range(3):
        push(warehouse, connected, "x", clock=_later(60))
    # 49.90 in full, and 49.90 less the 15% fee: 42.41 (rounded down to the cent).
    assert second.refunds == [
        {
            "parentId": second.order.id.replace("Order", "OrderTransaction"),
            "transactionAmount": {"amount": "92.31", "currencyCode": "USD"},
        }
    ]
    assert second.process_calls == 1 and second.status == "CLOSED"
