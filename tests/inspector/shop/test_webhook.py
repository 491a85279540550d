"""The signed webhook connector against a loopback receiver that verifies every signature."""

import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.shop.connecting import NotConnected, connect_webhook, connector_for
from inspector.shop.delivery import push
from inspector.shop.outbox import counts, list_events
from inspector.shop.shop_settings import load_shop_settings
from tests.helpers.webhook_receiver import SECRET, WebhookReceiver


@pytest.fixture
def receiver():
    with WebhookReceiver() as hooks:
        yield hooks


@pytest.fixture
def connected(warehouse, staff, receiver, monkeypatch):
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    connect_webhook(warehouse, staff["admin"], receiver.url, "env:TEST_HOOK_SECRET")
    connector = connector_for(warehouse)
    yield connector
    connector.close()


def _events(warehouse, n=3):
    with warehouse.sessions.begin() as session:
        for i in range(n):
            session.add(
                m.OutboxEvent(
                    at=dt.datetime(2026, 11, 30, 9, 0, i),
                    kind="return.unit_dispositioned",
                    payload={"rma_number": "R-1", "unit_id": f"U{i}", "disposition": "RESTOCKED"},
                )
            )


def test_events_arrive_signed_in_order_with_their_ids(warehouse, receiver, connected):
    _events(warehouse)
    report = push(warehouse, connected, "BENCH-1/x")
    assert report.sent == 3 and receiver.bad_signatures == 0
    assert [body["data"]["unit_id"] for body in receiver.received] == ["U0", "U1", "U2"]
    assert receiver.ids == [body["id"] for body in receiver.received]
    with warehouse.sessions() as session:
        ids = session.scalars(select(m.OutboxEvent.id).order_by(m.OutboxEvent.id)).all()
    assert receiver.ids == [f"evt_{i}" for i in ids]
    assert receiver.received[0]["type"] == "return.unit_dispositioned"
    assert counts(warehouse).sent == 3


def test_a_wrong_secret_is_caught_by_the_receiver(warehouse, staff, receiver, monkeypatch):
    monkeypatch.setenv("OTHER_SECRET", "whsec_" + "QUJDREVGR0hJSktMTU5PUA==")
    connect_webhook(warehouse, staff["admin"], receiver.url, "env:OTHER_SECRET")
    _events(warehouse, 1)
    connector = connector_for(warehouse)
    push(warehouse, connector, "x")
    connector.close()
    assert receiver.bad_signatures == 1 and receiver.received == []
    event = list_events(warehouse)[0]
    assert event.state == "ATTENTION" and "HTTP 401" in event.last_error


def test_a_failure_backs_off_and_the_event_comes_later(warehouse, receiver, connected):
    _events(warehouse, 2)
    receiver.answers = [(503, "text/plain")]
    report = push(warehouse, connected, "x")
    assert report.sent == 0 and receiver.received == []
    first = list_events(warehouse)[0]
    assert first.state == "PENDING" and "HTTP 503" in first.last_error
    assert first.next_attempt_at > dt.datetime.now() + dt.timedelta(seconds=1)
    later = dt.datetime.now() + dt.timedelta(minutes=20)
    push(warehouse, connected, "x", clock=lambda: later)
    assert [b["data"]["unit_id"] for b in receiver.received] == ["U0", "U1"]


def test_gone_disables_the_endpoint_and_says_so(warehouse, receiver, connected):
    _events(warehouse, 1)
    receiver.answers = [(410, "text/plain")]
    push(warehouse, connected, "x")
    settings = load_shop_settings(warehouse)
    assert settings.webhook_disabled and "410 Gone" in settings.webhook_disabled
    with pytest.raises(NotConnected, match="410 Gone"):
        connector_for(warehouse)
    assert counts(warehouse).waiting == 1  # not lost: it goes when an admin connects anew


def test_a_web_page_is_not_a_receipt(warehouse, receiver, connected):
    _events(warehouse, 1)
    receiver.answers = [(200, "text/html")]
    push(warehouse, connected, "x")
    event = list_events(warehouse)[0]
    assert event.state == "ATTENTION" and "web page" in event.last_error


def test_an_endpoint_that_never_answers_keeps_the_event(warehouse, staff, receiver, monkeypatch):
    from inspector.shop.webhook import WebhookConnector

    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    connect_webhook(warehouse, staff["admin"], receiver.url, "env:TEST_HOOK_SECRET")
    _events(warehouse, 1)
    receiver.hang_s = 2.0
    slow = WebhookConnector(warehouse, receiver.url, SECRET, read_timeout=0.5)
    push(warehouse, slow, "x")
    slow.close()
    event = list_events(warehouse)[0]
    assert event.state == "PENDING" and "did not answer in time" in event.last_error


def test_plain_http_is_refused_away_from_this_machine(warehouse, staff, monkeypatch):
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    with pytest.raises(InspectorError, match="https only"):
        connect_webhook(
            warehouse, staff["admin"], "http://erp.example.com/hook", "env:TEST_HOOK_SECRET"
        )
