"""The whole way through a fault storm: the shop's returns pulled, their parcels received,
graded and completed at the dock, the decisions pushed back. The shop ends with exactly one
disposition per unit, of the right type and location, and each return processed once."""

import datetime as dt

import pytest

from inspector.shop.delivery import push
from inspector.shop.outbox import counts, list_events, retry_event
from inspector.shop.pulling import pull
from tests.helpers.fake_shopify import FAULTS, FakeShopify
from tests.helpers.shop_flow import (
    LOCATION_ID,
    SHOP_TYPE,
    connect,
    grade_rma,
    grader_at_bench,
    item,
    receive_all,
    shop_connector,
)

PLAN = [
    ["sealed", "damaged"],
    ["like_new"],
    ["sealed", "sealed", "missing"],
    ["used", "sealed"],
    ["damaged", "missing"],
    ["sealed"],
]
TRACKINGS = [
    "1Z999AA10123456784",
    "1Z12345E0205271688",
    "1Z12345E6605272234",
    "1Z12345E1305277940",
    "1Z12345E1505270452",
    "1Z12345E0305271640",
]


@pytest.fixture
def fake():
    with FakeShopify(slow_s=2.5) as shop:
        yield shop


def _later():
    moments = iter(range(0, 10**7, 120))
    return lambda: dt.datetime.now() + dt.timedelta(seconds=next(moments))


def test_pull_receive_grade_complete_push_through_a_fault_storm(
    warehouse, staff, fake, monkeypatch
):
    returns = [
        fake.state.add_return([(item(n), len(conditions))], tracking=TRACKINGS[n])
        for n, conditions in enumerate(PLAN)
    ]
    connect(warehouse, staff["admin"], fake, monkeypatch)
    fake.storm(0.3, FAULTS)
    connector = shop_connector(warehouse, read_timeout=1.5)
    clock = _later()
    pulled: set[str] = set()
    for _ in range(40):
        report = pull(warehouse, connector, "BENCH-1/pull", clock=clock)
        pulled |= set(report.new)
        if pulled == {r.name for r in returns}:
            break
    assert pulled == {r.name for r in returns}

    receive_all(warehouse, staff["dock"], TRACKINGS)
    grader = grader_at_bench(warehouse, staff)
    for ret, conditions in zip(returns, PLAN, strict=True):
        grade_rma(warehouse, grader, ret.name, conditions)

    for _ in range(80):
        push(warehouse, connector, "BENCH-1/push", clock=clock)
        for event in list_events(warehouse):
            if event.state == "ATTENTION":  # the storm's userErrors: a supervisor retries
                assert "Shopify refused it" in event.last_error
                retry_event(warehouse, staff["supervisor"], event.id, "the shop is fine now")
        if counts(warehouse).waiting == 0 and counts(warehouse).attention == 0:
            break
    connector.close()
    assert counts(warehouse).waiting == 0 and counts(warehouse).attention == 0
    assert fake.bugs == []
    assert sum(fake.faults.values()) >= 10 and len(fake.faults) >= 5  # it was a storm

    for ret, conditions in zip(returns, PLAN, strict=True):
        line = ret.rfo_lines[0]
        assert sorted(d["type"] for d in line.dispositions) == sorted(
            SHOP_TYPE[c] for c in conditions
        ), ret.name
        assert all(d["quantity"] == 1 for d in line.dispositions)
        assert all(
            d["location"] == (None if d["type"] == "MISSING" else LOCATION_ID)
            for d in line.dispositions
        )
        assert ret.process_calls == 1 and ret.lines[0].processed == len(conditions)
        assert ret.status == "CLOSED"
    restocked = sum(c == "sealed" for conditions in PLAN for c in conditions)
    assert sum(fake.state.inventory.values()) == restocked
