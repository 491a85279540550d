"""Every rule of the shipped policy fired by a case of its own, and every rule reached."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from inspector.core.resources import shipped_policy
from inspector.policy.in_force import read_policy
from inspector.policy.verdict import (
    APPROVE,
    NO_CUSTOMER,
    NO_DATES,
    NO_DELIVERY,
    NO_WINDOW,
    NOT_RETURNABLE,
    REVIEW,
    WITH_FEE,
    CustomerHistory,
    LineFacts,
    OrderFacts,
    ReturnFacts,
    judge,
)

POLICY = read_policy(shipped_policy())
NOW = dt.datetime(2026, 11, 30, 10, 0)
D = dt.date
ORDERED, DELIVERED, NOBODY = D(2026, 11, 1), D(2026, 11, 4), CustomerHistory()


def facts(
    *,
    sku: str = "AP-0001",
    category: str = "apparel",
    reason: str = "SIZE_TOO_SMALL",
    price: float = 40.0,
    tags: tuple[str, ...] = (),
    channel: str = "web",
    ordered: dt.date | None = ORDERED,
    delivered: dt.date | None = DELIVERED,
    value: float | None = None,
    skus: int = 2,
    customer: CustomerHistory | None = NOBODY,
    asked: dt.datetime = NOW,
    arrived: dt.datetime | None = None,
) -> ReturnFacts:
    line = LineFacts(
        "1", sku, category, reason, 1, round(price * 100), frozenset(t.lower() for t in tags)
    )
    order = OrderFacts(
        channel, ordered, delivered, round((value if value is not None else price) * 100), skus, 2
    )
    return ReturnFacts((line,), order, customer, asked, arrived)


FREQUENT = CustomerHistory(returns=tuple(D(2026, 10, d) for d in range(1, 7)))
RATE = CustomerHistory(
    bought=((D(2026, 9, 1), 5),), returned=((D(2026, 9, 20), 4),), returns=(D(2026, 9, 20),)
)

# (what the case shows, facts, verdict, rule, Shopify's decline reason)
CASES = [
    ("apparel inside 30 days", facts(), APPROVE, "web-30", None),
    (
        "apparel on its last day",
        facts(asked=dt.datetime(2026, 12, 4, 23, 0)),
        APPROVE,
        "web-30",
        None,
    ),
    (
        "apparel a day late",
        facts(asked=dt.datetime(2026, 12, 5, 9, 0), ordered=D(2026, 10, 1)),
        NOT_RETURNABLE,
        "web-30",
        "RETURN_PERIOD_ENDED",
    ),
    (
        "electronics after 15 days",
        facts(
            sku="EL-1",
            category="electronics",
            reason="DEFECTIVE",
            ordered=D(2026, 10, 1),
            delivered=D(2026, 10, 4),
            asked=dt.datetime(2026, 10, 20, 8),
        ),
        NOT_RETURNABLE,
        "electronics-web-15",
        "RETURN_PERIOD_ENDED",
    ),
    (
        "marketplace after 14 days",
        facts(channel="marketplace", delivered=D(2026, 11, 10)),
        NOT_RETURNABLE,
        "marketplace-14",
        "RETURN_PERIOD_ENDED",
    ),
    (
        "holiday order in late January",
        facts(
            ordered=D(2026, 11, 20), delivered=D(2026, 11, 24), asked=dt.datetime(2027, 1, 28, 12)
        ),
        APPROVE,
        "holiday-gifts",
        None,
    ),
    (
        "holiday order after 31 January",
        facts(ordered=D(2026, 12, 20), delivered=D(2026, 12, 23), asked=dt.datetime(2027, 2, 1, 9)),
        NOT_RETURNABLE,
        "holiday-gifts",
        "RETURN_PERIOD_ENDED",
    ),
    ("gift card", facts(sku="GC-50"), NOT_RETURNABLE, "gift-cards", "FINAL_SALE"),
    ("clearance tag", facts(tags=("Clearance",)), NOT_RETURNABLE, "clearance", "FINAL_SALE"),
    (
        "clearance but defective",
        facts(tags=("clearance",), reason="DEFECTIVE"),
        APPROVE,
        "web-30",
        None,
    ),
    (
        "engraved SKU",
        facts(
            sku="EL-WATCH-ENGRAVED",
            category="electronics",
            reason="UNWANTED",
            delivered=D(2026, 11, 25),
        ),
        NOT_RETURNABLE,
        "engraved-watch",
        "FINAL_SALE",
    ),
    ("uncategorised", facts(category="other"), NOT_RETURNABLE, "uncategorised", "FINAL_SALE"),
    (
        "electronics, wrong size",
        facts(
            sku="EL-1", category="electronics", reason="SIZE_TOO_SMALL", delivered=D(2026, 11, 25)
        ),
        NOT_RETURNABLE,
        "electronics-reasons",
        "OTHER",
    ),
    (
        "shoes, reason unknown",
        facts(sku="FW-1", category="footwear", reason="UNKNOWN"),
        NOT_RETURNABLE,
        "wearables-reasons",
        "OTHER",
    ),
    (
        "home, size",
        facts(sku="HM-1", category="home", reason="SIZE_TOO_LARGE"),
        NOT_RETURNABLE,
        "home-reasons",
        "OTHER",
    ),
    (
        "electronics unwanted: fee",
        facts(
            sku="EL-1",
            category="electronics",
            reason="UNWANTED",
            delivered=D(2026, 11, 25),
            price=200,
        ),
        WITH_FEE,
        "electronics-opened-fee",
        None,
    ),
    (
        "home style: fee",
        facts(sku="HM-1", category="home", reason="STYLE"),
        WITH_FEE,
        "home-change-of-mind-fee",
        None,
    ),
    ("order over 1,500", facts(value=1500.01), REVIEW, "big-order", None),
    ("six returns in 90 days", facts(customer=FREQUENT), REVIEW, "frequent-returner", None),
    ("four of five items returned", facts(customer=RATE), REVIEW, "high-return-rate", None),
    (
        "wrong item on a one-SKU order",
        facts(reason="WRONG_ITEM", skus=1),
        REVIEW,
        "wrong-item-single-sku",
        None,
    ),
    ("no customer", facts(customer=None), REVIEW, NO_CUSTOMER, None),
    (
        "marketplace, no delivery date",
        facts(channel="marketplace", delivered=None),
        REVIEW,
        NO_DELIVERY,
        None,
    ),
    (
        "web, no delivery date: from the order",
        facts(delivered=None, ordered=D(2026, 11, 1)),
        APPROVE,
        "web-30",
        None,
    ),
    ("no dates at all", facts(delivered=None, ordered=None), REVIEW, NO_DATES, None),
    (
        "hygiene item to confirm",
        facts(sku="HM-2", category="home", reason="DEFECTIVE", tags=("hygiene",)),
        APPROVE,
        "web-30",
        None,
    ),
    (
        "arrived after the allowance",
        facts(asked=dt.datetime(2026, 11, 10, 9), arrived=dt.datetime(2026, 11, 25, 9)),
        REVIEW,
        "web-30",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "given", "outcome", "rule", "decline"), CASES, ids=[c[0] for c in CASES]
)
def test_each_rule(case, given, outcome, rule, decline):
    verdict = judge(POLICY, given, NOW)
    line = verdict.lines[0]
    assert (line.outcome, line.rule, line.decline_reason) == (outcome, rule, decline), line.reason
    assert line.reason["en"] and line.reason["ko"] and line.reason["en"] != line.reason["ko"]
    if outcome != APPROVE:
        assert verdict.outcome == outcome


def test_every_rule_of_the_shipped_policy_is_reached():
    fired: set[str] = set()
    for _case, given, *_ in CASES:
        fired.update(judge(POLICY, given, NOW).rules_fired)
    assert set(POLICY.rule_ids()) - fired == set()


def test_fee_is_a_percentage_with_a_minimum_and_never_more_than_the_price():
    dear = judge(
        POLICY,
        facts(
            sku="EL-1",
            category="electronics",
            reason="UNWANTED",
            delivered=D(2026, 11, 25),
            price=200,
        ),
        NOW,
    ).lines[0]
    cheap = judge(
        POLICY,
        facts(
            sku="EL-1",
            category="electronics",
            reason="UNWANTED",
            delivered=D(2026, 11, 25),
            price=20,
        ),
        NOW,
    ).lines[0]
    tiny = judge(
        POLICY,
        facts(
            sku="EL-1",
            category="electronics",
            reason="UNWANTED",
            delivered=D(2026, 11, 25),
            price=4,
        ),
        NOW,
    ).lines[0]
    assert (dear.fee_cents, cheap.fee_cents, tiny.fee_cents) == (3000, 1000, 400)
    assert dear.fee_percent == 15 and "15%" in dear.reason["en"]


def test_conditions_to_confirm_are_named():
    hygiene = judge(
        POLICY, facts(sku="HM-2", category="home", reason="DEFECTIVE", tags=("hygiene",)), NOW
    ).lines[0]
    apparel = judge(POLICY, facts(), NOW).lines[0]
    assert [c.id for c in hygiene.confirm] == ["hygiene-unopened"]
    assert [c.id for c in apparel.confirm] == ["apparel-tags-on"]


# The warehouse's calendar counts (America/Los_Angeles in the shipped policy): a customer in
# New York asking at 01:30 on 5 December their time asks on 4 December at the warehouse,
# the last day of a window from delivery on 4 November; 00:30 on 5 December at the
# warehouse is a day late wherever the customer is.
NEW_YORK, LOS_ANGELES = ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("asked", "outcome"),
    [
        (dt.datetime(2026, 12, 4, 23, 59, tzinfo=NEW_YORK), APPROVE),
        (dt.datetime(2026, 12, 5, 1, 30, tzinfo=NEW_YORK), APPROVE),
        (dt.datetime(2026, 12, 5, 2, 59, tzinfo=NEW_YORK), APPROVE),
        (dt.datetime(2026, 12, 5, 3, 0, tzinfo=NEW_YORK), NOT_RETURNABLE),
        (dt.datetime(2026, 12, 4, 23, 59, tzinfo=LOS_ANGELES), APPROVE),
        (dt.datetime(2026, 12, 5, 0, 0, tzinfo=LOS_ANGELES), NOT_RETURNABLE),
        (dt.datetime(2026, 12, 5, 7, 59, tzinfo=dt.timezone.utc), APPROVE),
        (dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.timezone.utc), NOT_RETURNABLE),
    ],
)
def test_last_day_is_the_warehouses(asked, outcome):
    assert judge(POLICY, facts(asked=asked), NOW).lines[0].outcome == outcome


def test_last_day_not_counted_ends_a_day_sooner():
    import dataclasses

    strict = dataclasses.replace(POLICY, last_day_counts=False)
    strict.window_index.update(POLICY.window_index)
    strict.reason_index.update(POLICY.reason_index)
    last = dt.datetime(2026, 12, 4, 12)
    assert judge(POLICY, facts(asked=last), NOW).lines[0].outcome == APPROVE
    assert judge(strict, facts(asked=last), NOW).lines[0].outcome == NOT_RETURNABLE
    assert judge(strict, facts(asked=last - dt.timedelta(days=1)), NOW).lines[0].outcome == APPROVE


@pytest.mark.parametrize(
    ("ordered", "asked", "outcome", "rule"),
    [
        (D(2026, 11, 14), dt.datetime(2027, 1, 2), NOT_RETURNABLE, "web-30"),  # a day too early
        (D(2026, 11, 15), dt.datetime(2027, 1, 31, 23, 59), APPROVE, "holiday-gifts"),
        (D(2026, 12, 24), dt.datetime(2027, 1, 31, 12), APPROVE, "holiday-gifts"),
        (D(2026, 12, 24), dt.datetime(2027, 2, 1, 0, 0), NOT_RETURNABLE, "holiday-gifts"),
        (D(2026, 12, 25), dt.datetime(2027, 1, 27), APPROVE, "web-30"),  # its own window
        (D(2026, 12, 25), dt.datetime(2027, 1, 29), NOT_RETURNABLE, "web-30"),
        (D(2027, 12, 20), dt.datetime(2028, 1, 31), APPROVE, "holiday-gifts"),  # every year
    ],
)
def test_holiday_extension_across_the_years_end(ordered, asked, outcome, rule):
    given = facts(ordered=ordered, delivered=ordered + dt.timedelta(days=3), asked=asked)
    line = judge(POLICY, given, NOW).lines[0]
    assert (line.outcome, line.rule) == (outcome, rule), line.reason["en"]


def test_lines_that_disagree_wait_for_a_person():
    given = facts()
    gift = given.lines[0].__class__("2", "GC-10", "apparel", "UNWANTED", 1, 1000, frozenset())
    both = ReturnFacts((given.lines[0], gift), given.order, given.customer, NOW)
    verdict = judge(POLICY, both, NOW)
    assert [v.outcome for v in verdict.lines] == [APPROVE, NOT_RETURNABLE]
    assert verdict.outcome == REVIEW and verdict.rule == "mixed-lines"


def test_no_window_for_a_category_and_channel():
    line = judge(POLICY, facts(category="other", sku="X-1", channel="web"), NOW).lines[0]
    assert line.rule == "uncategorised"  # final sale decides first
    import dataclasses

    bare = dataclasses.replace(POLICY, final_sale=())
    bare.window_index.update(POLICY.window_index)
    line = judge(bare, facts(category="other", sku="X-1"), NOW).lines[0]
    assert (line.outcome, line.rule) == (REVIEW, NO_WINDOW)


def test_a_lines_verdict_in_json_is_written_out_whole():
    """What `policy test --json`, the Requests tab and the outbox read: every field, as a
    literal (the fee only with a fee; absent dates and percentages as null; Korean words when
    asked, English when a text has no Korean)."""
    from dataclasses import replace

    from inspector.policy.rules import Condition
    from inspector.policy.verdict import LineVerdict

    tags_on = Condition(
        id="apparel-tags-on",
        line=3,
        question="tags_attached",
        required_answer=True,
        text={"en": "apparel: tags still on", "ko": "의류: 태그 부착"},
        ask={"en": "Tags on?", "ko": "태그가 붙어 있습니까?"},
        otherwise_refund="PARTIAL",
        otherwise_fee_percent=50,
    )
    fee = LineVerdict(
        key="7",
        sku="HM-0001",
        outcome=WITH_FEE,
        rule="home-change-of-mind-fee",
        reason={"en": "Change of mind: 15% fee", "ko": "단순 변심: 15% 수수료"},
        fee_cents=1234,
        fee_percent=15,
        last_day=D(2026, 12, 4),
        arrive_by=D(2026, 12, 18),
        confirm=(tags_on,),
    )
    assert fee.as_json("ko") == {
        "line": "7",
        "sku": "HM-0001",
        "verdict": "APPROVE_WITH_FEE",
        "rule": "home-change-of-mind-fee",
        "reason": "단순 변심: 15% 수수료",
        "decline_reason": None,
        "fee": 12.34,
        "fee_percent": 15,
        "last_day": "2026-12-04",
        "arrive_by": "2026-12-18",
        "confirm": ["의류: 태그 부착"],
    }
    plain = LineVerdict(
        key="8",
        sku="AP-0001",
        outcome=NOT_RETURNABLE,
        rule="clearance",
        reason={"en": "Final sale"},
        decline_reason="FINAL_SALE",
        fee_cents=500,  # no fee is said unless the verdict is one with a fee
        confirm=(replace(tags_on, text={"en": "apparel: tags still on"}),),  # no Korean: English
    )
    assert plain.as_json("ko") == {
        "line": "8",
        "sku": "AP-0001",
        "verdict": "NOT_RETURNABLE",
        "rule": "clearance",
        "reason": "Final sale",
        "decline_reason": "FINAL_SALE",
        "fee": None,
        "fee_percent": None,
        "last_day": None,
        "arrive_by": None,
        "confirm": ["apparel: tags still on"],
    }
    assert fee.as_json()["reason"] == "Change of mind: 15% fee"
    assert fee.as_json()["confirm"] == ["apparel: tags still on"]
