"""Requested returns from the fake Admin API (executed over Shopify's real schema): judged by
the shipped policy, left for a supervisor in suggest mode, approved and declined by the
verdict in auto mode; REVIEW always waits; each decision reaches the shop exactly once."""

import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.people.roles import NotAllowed
from inspector.shop.delivery import push
from inspector.shop.outbox import counts, list_events
from inspector.shop.pulling import pull
from inspector.shop.requests import (
    authorize,
    decide_request,
    list_requests,
    set_authorize_mode,
)
from inspector.shop.shop_settings import map_category
from tests.helpers.fake_shop_state import ShopItem
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import connect, shop_connector

SHIRT = ShopItem(sku="AP-SHIRT-1", title="Linen shirt", price="59.00", product_type="Shirts")
CLEARANCE = ShopItem(
    sku="AP-SHIRT-2", title="Old shirt", price="19.00", product_type="Shirts", tags=("Clearance",)
)
EARBUDS = ShopItem(sku="EL-BUDS-1", title="Earbuds", price="129.00", product_type="Audio")


@pytest.fixture
def fake():
    with FakeShopify() as shop:
        yield shop


def _requests(fake):
    state = fake.state
    return {
        "fits": state.add_return(
            [(SHIRT, 1)], status="REQUESTED", reason=("size_too_small", "Too small")
        ),
        "clearance": state.add_return([(CLEARANCE, 1)], status="REQUESTED"),
        "late": state.add_return(
            [(SHIRT, 1)],
            status="REQUESTED",
            created_at="2026-08-01T10:00:00Z",
            delivered_at="2026-08-04T10:00:00Z",
        ),
        "wrong": state.add_return(
            [(EARBUDS, 1)], status="REQUESTED", reason=("wrong_item", "Wrong item")
        ),
        "open": state.add_return([(SHIRT, 2)], tracking="1Z999AA10123456784"),
    }


def _connected(warehouse, staff, fake, monkeypatch):
    connect(warehouse, staff["admin"], fake, monkeypatch)
    map_category(warehouse, staff["supervisor"], "Shirts", "apparel")
    map_category(warehouse, staff["supervisor"], "Audio", "electronics")
    return shop_connector(warehouse)


def _by_name(warehouse, states=("WAITING", "APPROVED", "DECLINED")):
    return {r.name: r for r in list_requests(warehouse, states)}


def test_suggest_mode_leaves_every_request_for_a_supervisor(warehouse, staff, fake, monkeypatch):
    made = _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    report = authorize(warehouse, connector, "BENCH-1/requests")
    assert report.read == 4 and report.approved == report.declined == []
    rows = _by_name(warehouse)
    assert {name: (r.verdict, r.rule, r.decline_reason) for name, r in rows.items()} == {
        made["fits"].name: ("APPROVE", "web-30", None),
        made["clearance"].name: ("NOT_RETURNABLE", "clearance", "FINAL_SALE"),
        made["late"].name: ("NOT_RETURNABLE", "web-30", "RETURN_PERIOD_ENDED"),
        made["wrong"].name: ("REVIEW", "wrong-item-single-sku", None),
    }
    assert all(r.state == "WAITING" for r in rows.values())
    assert list(rows)[0] == made["wrong"].name  # REVIEW first
    assert rows[made["late"].name].reason["ko"] and "ended" in rows[made["late"].name].reason["en"]
    assert counts(warehouse).waiting == 0 and fake.operations["ReturnApproveRequest"] == 0
    # a second pass changes nothing and sends nothing
    again = authorize(warehouse, connector, "BENCH-1/requests")
    assert again.new == [] and len(_by_name(warehouse)) == 4

    fits, clearance = rows[made["fits"].name], rows[made["clearance"].name]
    with pytest.raises(NotAllowed):
        decide_request(warehouse, staff["dock"], fits.id, True)
    decide_request(warehouse, staff["supervisor"], fits.id, True)
    decide_request(warehouse, staff["supervisor"], clearance.id, False, decline_reason="FINAL_SALE")
    with pytest.raises(Exception, match="approved already"):
        decide_request(warehouse, staff["supervisor"], fits.id, False, decline_reason="OTHER")
    push(warehouse, connector, "BENCH-1/push")
    assert made["fits"].status == "OPEN" and made["clearance"].status == "DECLINED"
    assert made["clearance"].decline == {
        "reason": "FINAL_SALE",
        "note": "Final sale: clearance items are final sale",
    }
    assert made["late"].status == made["wrong"].status == "REQUESTED"
    # the approved request is an open return now: the next pull makes its RMA
    pulled = pull(warehouse, connector, "BENCH-1/pull")
    assert made["fits"].name in pulled.new
    with warehouse.sessions() as session:
        actions = session.scalars(
            select(m.AuditEvent.action).where(m.AuditEvent.entity_type == "return_request")
        ).all()
    assert sorted(actions) == ["return_request_approved", "return_request_declined"]
    connector.close()


def test_overriding_a_verdict_is_counted(warehouse, staff, fake, monkeypatch):
    made = _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    authorize(warehouse, connector, "BENCH-1/requests")
    rows = _by_name(warehouse)
    decide_request(warehouse, staff["supervisor"], rows[made["late"].name].id, True)
    decide_request(
        warehouse,
        staff["supervisor"],
        rows[made["fits"].name].id,
        False,
        decline_reason="OTHER",
        note="customer asked to cancel",
    )
    decide_request(warehouse, staff["supervisor"], rows[made["wrong"].name].id, True)
    after = _by_name(warehouse)
    assert after[made["late"].name].overridden and after[made["fits"].name].overridden
    assert not after[made["wrong"].name].overridden  # REVIEW is a person's to decide
    connector.close()


def test_auto_mode_decides_by_the_verdict_once_through_a_lost_answer(
    warehouse, staff, fake, monkeypatch
):
    made = _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    with pytest.raises(NotAllowed):
        set_authorize_mode(warehouse, staff["supervisor"], True)
    set_authorize_mode(warehouse, staff["admin"], True)
    report = authorize(warehouse, connector, "BENCH-1/requests")
    assert sorted(report.approved) == [made["fits"].name]
    assert sorted(report.declined) == sorted([made["clearance"].name, made["late"].name])
    assert report.waiting == [made["wrong"].name]
    fake.inject("drop", times=1, on="ReturnApproveRequest")  # applied, the answer lost
    later = dt.datetime.now()
    for step in range(6):
        push(
            warehouse,
            connector,
            "BENCH-1/push",
            clock=lambda s=step: later + dt.timedelta(minutes=5 * s),
        )
        if counts(warehouse).waiting == 0:
            break
    assert counts(warehouse).waiting == 0 and counts(warehouse).attention == 0
    assert made["fits"].status == "OPEN" and made["fits"].decided == 1
    assert made["late"].decline["reason"] == "RETURN_PERIOD_ENDED"
    assert "return window ended" in made["late"].decline["note"]
    assert made["wrong"].status == "REQUESTED"
    assert fake.faults["drop"] == 1 and fake.bugs == []
    with warehouse.sessions() as session:
        people = session.scalars(
            select(m.AuditEvent.operator_id).where(m.AuditEvent.entity_type == "return_request")
        ).all()
    assert people == [None, None, None]  # decided by the policy, not a person
    connector.close()


def test_forcing_auto_from_the_command_line_needs_an_admin(warehouse, staff, fake, monkeypatch):
    _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    with pytest.raises(NotAllowed):
        authorize(warehouse, connector, "BENCH-1/requests", auto=True, actor=staff["supervisor"])
    report = authorize(warehouse, connector, "BENCH-1/requests", auto=True, actor=staff["admin"])
    assert len(report.approved) + len(report.declined) == 3
    assert [e.kind for e in list_events(warehouse)].count("return.request_declined") == 2
    connector.close()


def test_a_request_withdrawn_or_decided_in_the_shop_stops_waiting_here(
    warehouse, staff, fake, monkeypatch
):
    made = _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    authorize(warehouse, connector, "BENCH-1/requests")
    assert len(_by_name(warehouse, ("WAITING",))) == 4
    made["fits"].status = "CANCELED"  # the customer withdrew it in the shop
    made["late"].status = "DECLINED"  # someone declined it in Shopify's admin
    made["wrong"].status = "OPEN"  # and approved this one there
    report = authorize(warehouse, connector, "BENCH-1/requests")
    assert sorted(report.settled_in_shop) == sorted(made[k].name for k in ("fits", "late", "wrong"))
    assert "3 withdrawn or decided in the shop" in report.summary()
    rows = _by_name(warehouse, ("WAITING", "WITHDRAWN", "SETTLED_IN_SHOP"))
    assert {name: r.state for name, r in rows.items()} == {
        made["fits"].name: "WITHDRAWN",
        made["clearance"].name: "WAITING",
        made["late"].name: "SETTLED_IN_SHOP",
        made["wrong"].name: "SETTLED_IN_SHOP",
    }
    assert [r.name for r in list_requests(warehouse)] == [made["clearance"].name]
    # nothing went to the shop for them, and a supervisor's late tap is refused in words
    assert counts(warehouse).waiting == 0 and fake.operations["ReturnDeclineRequest"] == 0
    with pytest.raises(Exception, match="withdrawn in the shop"):
        decide_request(warehouse, staff["supervisor"], rows[made["fits"].name].id, True)
    with warehouse.sessions() as session:
        settled = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "return_request_settled_in_shop")
        ).all()
    assert sorted(e.after["shop_status"] for e in settled) == ["CANCELED", "DECLINED", "OPEN"]
    # the next pass reads the one still waiting and closes nothing more
    assert authorize(warehouse, connector, "BENCH-1/requests").settled_in_shop == []
    connector.close()


def test_a_shop_that_cannot_say_the_status_closes_nothing(warehouse, staff, fake, monkeypatch):
    made = _requests(fake)
    connector = _connected(warehouse, staff, fake, monkeypatch)
    authorize(warehouse, connector, "BENCH-1/requests")
    made["fits"].status = "CANCELED"
    fake.inject("401", on="ReturnStatuses")
    report = authorize(warehouse, connector, "BENCH-1/requests")
    assert report.settled_in_shop == [] and report.error
    assert "token" in report.summary()  # the pass says why, in one line
    assert len(_by_name(warehouse, ("WAITING",))) == 4  # nothing was closed on a guess
    assert authorize(warehouse, connector, "BENCH-1/requests").settled_in_shop == [
        made["fits"].name
    ]
    connector.close()
