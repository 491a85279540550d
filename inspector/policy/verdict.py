"""The one verdict: a return's lines, its order, the customer's history and the time in, for
each line APPROVE, APPROVE_WITH_FEE, NOT_RETURNABLE (with Shopify's decline reason) or REVIEW
out, each naming the rule that made it and its reason in words. Pure: the facts are gathered
first (inspector.policy.facts), nothing here reads a database or a clock."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from functools import lru_cache

from inspector.policy import verdict_words as words
from inspector.policy.rules import Condition, Policy, Text

APPROVE, WITH_FEE, NOT_RETURNABLE, REVIEW = (
    "APPROVE",
    "APPROVE_WITH_FEE",
    "NOT_RETURNABLE",
    "REVIEW",
)
OUTCOMES = (APPROVE, WITH_FEE, NOT_RETURNABLE, REVIEW)
# Shopify's ReturnDeclineReason values
FINAL_SALE, PERIOD_ENDED, OTHER = "FINAL_SALE", "RETURN_PERIOD_ENDED", "OTHER"
# Rules of the app itself, for facts that are missing or a file that says nothing
NO_WINDOW, NO_DELIVERY, NO_DATES, NO_CUSTOMER, MIXED = (
    "no-window",
    "no-delivery-date",
    "no-dates",
    "no-customer",
    "mixed-lines",
)


@dataclass(frozen=True)
class LineFacts:
    key: str  # the line as its source names it (a shop line id, an RMA line, a SKU)
    sku: str
    category: str
    reason: str
    quantity: int = 1
    price_cents: int = 0  # one piece
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OrderFacts:
    channel: str
    ordered_on: dt.date | None
    delivered_on: dt.date | None
    value_cents: int
    skus: int  # distinct SKUs on the order
    units: int = 0


@dataclass(frozen=True)
class CustomerHistory:
    """The customer's returns and purchases before this return: (day, pieces)."""

    returns: tuple[dt.date, ...] = ()
    bought: tuple[tuple[dt.date, int], ...] = ()
    returned: tuple[tuple[dt.date, int], ...] = ()


@dataclass(frozen=True)
class ReturnFacts:
    lines: tuple[LineFacts, ...]
    order: OrderFacts
    customer: CustomerHistory | None  # None: the order names no customer
    requested_at: dt.datetime | None = None  # aware, or naive in the warehouse's time
    arrived_at: dt.datetime | None = None  # when the parcel was scanned, if it was


@dataclass(frozen=True)
class LineVerdict:
    key: str
    sku: str
    outcome: str
    rule: str
    reason: Text
    decline_reason: str | None = None
    fee_cents: int = 0
    fee_percent: int = 0
    last_day: dt.date | None = None
    arrive_by: dt.date | None = None
    confirm: tuple[Condition, ...] = ()

    def as_json(self, language: str = "en") -> dict[str, object]:
        return {
            "line": self.key,
            "sku": self.sku,
            "verdict": self.outcome,
            "rule": self.rule,
            "reason": self.reason.get(language, self.reason["en"]),
            "decline_reason": self.decline_reason,
            "fee": round(self.fee_cents / 100, 2) if self.outcome == WITH_FEE else None,
            "fee_percent": self.fee_percent or None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "arrive_by": self.arrive_by.isoformat() if self.arrive_by else None,
            "confirm": [c.text.get(language, c.text["en"]) for c in self.confirm],
        }


@dataclass(frozen=True)
class Verdict:
    lines: tuple[LineVerdict, ...]
    outcome: str  # the request's: REVIEW when lines disagree
    rule: str
    reason: Text
    decline_reason: str | None = None
    rules_fired: tuple[str, ...] = field(default=())


@lru_cache(maxsize=8)
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def warehouse_day(policy: Policy, at: dt.datetime) -> dt.date:
    """The day `at` falls on in the warehouse's calendar, which is the one that counts."""
    if at.tzinfo is None:
        return at.date()
    return at.astimezone(_zone(policy.time_zone)).date()


def judge(policy: Policy, facts: ReturnFacts, now: dt.datetime) -> Verdict:
    """Every line's verdict and the request's."""
    asked = warehouse_day(policy, facts.requested_at or now)
    arrived = warehouse_day(policy, facts.arrived_at) if facts.arrived_at else None
    lines = tuple(_line(policy, facts, line, asked, arrived) for line in facts.lines)
    return _whole(lines)


def _whole(lines: tuple[LineVerdict, ...]) -> Verdict:
    fired = tuple(dict.fromkeys(r for v in lines for r in (v.rule, *(c.id for c in v.confirm))))
    if not lines:
        return Verdict(lines, REVIEW, NO_DATES, words.no_dates(), rules_fired=fired)
    review = next((v for v in lines if v.outcome == REVIEW), None)
    if review is not None:
        return Verdict(lines, REVIEW, review.rule, review.reason, rules_fired=fired)
    declined = [v for v in lines if v.outcome == NOT_RETURNABLE]
    if declined and len(declined) < len(lines):
        return Verdict(lines, REVIEW, MIXED, words.mixed(), rules_fired=fired)
    if declined:
        first = declined[0]
        return Verdict(
            lines, NOT_RETURNABLE, first.rule, first.reason, first.decline_reason, rules_fired=fired
        )
    with_fee = next((v for v in lines if v.outcome == WITH_FEE), None)
    chosen = with_fee or lines[0]
    return Verdict(lines, chosen.outcome, chosen.rule, chosen.reason, rules_fired=fired)


def _line(
    policy: Policy,
    facts: ReturnFacts,
    line: LineFacts,
    asked: dt.date,
    arrived: dt.date | None,
) -> LineVerdict:
    order = facts.order

    def verdict(outcome: str, rule: str, reason: Text, **more: object) -> LineVerdict:
        return LineVerdict(line.key, line.sku, outcome, rule, reason, **more)  # type: ignore[arg-type]

    for rule in policy.final_sale:
        if line.reason not in rule.except_reasons and rule.matches(
            line.sku, line.category, line.tags
        ):
            return verdict(
                NOT_RETURNABLE, rule.id, words.final_sale(rule.text), decline_reason=FINAL_SALE
            )
    window = policy.window_index.get((line.category, order.channel))
    if window is None:
        return verdict(REVIEW, NO_WINDOW, words.no_window(line.category, order.channel))
    start = order.delivered_on
    if start is None and window.without_delivery == "review":
        return verdict(REVIEW, NO_DELIVERY, words.no_delivery())
    start = start or order.ordered_on
    if start is None:
        return verdict(REVIEW, NO_DATES, words.no_dates())
    last = start + dt.timedelta(days=window.days if policy.last_day_counts else window.days - 1)
    rule_id, holiday = window.id, False
    if order.ordered_on is not None and asked > last:
        for extension in policy.holidays:
            if line.category in extension.categories and extension.covers(order.ordered_on):
                until = extension.until(order.ordered_on)
                if until > last:
                    last, rule_id, holiday = until, extension.id, True
                break
    if asked > last:
        return verdict(
            NOT_RETURNABLE,
            rule_id,
            words.period_ended(last, asked, holiday),
            decline_reason=PERIOD_ENDED,
            last_day=last,
        )
    arrive_by = asked + dt.timedelta(days=window.arrive_within_days)
    dates = {"last_day": last, "arrive_by": arrive_by}
    if arrived is not None and arrived > arrive_by:
        return verdict(REVIEW, window.id, words.arrived_late(arrive_by, arrived), **dates)
    accepted = policy.reason_index.get(line.category)
    if accepted is not None and line.reason not in accepted.accepted:
        return verdict(
            NOT_RETURNABLE,
            accepted.id,
            words.reason_refused(line.reason, line.category),
            decline_reason=OTHER,
            **dates,
        )
    for review in policy.reviews:
        looked = _review(review, facts, line, asked)
        if looked is not None:
            rule, reason = looked
            return verdict(REVIEW, rule, reason, **dates)
    confirm = tuple(c for c in policy.conditions if c.applies(line.category, line.tags))
    for fee in policy.fees:
        if line.category in fee.categories and line.reason in fee.reasons:
            price = line.price_cents * line.quantity
            cents = min(max(price * fee.percent // 100, fee.minimum_cents), price)
            return verdict(
                WITH_FEE,
                fee.id,
                words.fee(fee.percent, fee.minimum_cents, cents),
                fee_cents=cents,
                fee_percent=fee.percent,
                confirm=confirm,
                **dates,
            )
    return verdict(APPROVE, rule_id, words.inside(last, holiday), confirm=confirm, **dates)


def _review(review, facts: ReturnFacts, line: LineFacts, asked: dt.date):  # type: ignore[no-untyped-def]
    order, customer = facts.order, facts.customer
    if review.kind == "order_value":
        if order.value_cents > review.over_cents:
            return review.id, words.review(
                review.text,
                f"order {order.value_cents / 100:,.2f} > {review.over_cents / 100:,.2f}",
                f"주문 {order.value_cents / 100:,.2f} > {review.over_cents / 100:,.2f}",
            )
        return None
    if review.kind == "reason":
        single = order.skus == 1 if review.when == "single_sku_order" else order.units == 1
        if line.reason in review.reasons and single:
            return review.id, words.review(
                review.text, f"{line.reason} on a one-item order", f"단일 품목 주문에 {line.reason}"
            )
        return None
    if customer is None:
        return NO_CUSTOMER, words.no_customer()
    since = asked - dt.timedelta(days=review.days)
    if review.kind == "customer_returns":
        count = sum(1 for day in customer.returns if since < day <= asked)
        if count > review.more_than:
            return review.id, words.review(
                review.text,
                f"{count} returns in {review.days} days",
                f"{review.days}일 동안 반품 {count}건",
            )
        return None
    bought = sum(n for day, n in customer.bought if since < day <= asked)
    returned = sum(n for day, n in customer.returned if since < day <= asked)
    if bought >= review.minimum_items and returned / bought > review.share:
        return review.id, words.review(
            review.text,
            f"returned {returned} of {bought} items in {review.days} days",
            f"{review.days}일 동안 {bought}개 중 {returned}개 반품",
        )
    return None
