"""The returns analytics' sums, one day at a time: a period's answers are the sums of its
days. A closed day (before today) is counted once and kept in `analytics_days`; today is
always counted afresh. An import that adds orders or RMAs to past days forgets those days,
so they are counted again.

Facts of a day (every count a sum, so days add up):
    sold             product -> units on orders placed that day
    returned         product -> units on RMAs created that day
    product_reasons  product -> reason -> units;  product_flags: product -> flag -> units
    reasons          reason -> units;  rmas: RMAs created that day
    delivery         band of days from delivery -> RMAs
    regions, channels  -> RMAs
    segments         the customer's how-manieth RMA it is (first, 2-3, 4+) -> RMAs
    words            word -> comments using it (the day's 300 commonest)
    dispositions     final disposition -> units decided that day
    graded_reason, mismatch_reason   reason -> units graded; of them flagged REASON_MISMATCH
    cost             disposition -> [units, seconds at the bench, price in cents]
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db import models as m

DELIVERY_BANDS = ((0, 3), (4, 7), (8, 14), (15, 30), (31, 60), (61, None))
SEGMENTS = ("first return", "2nd or 3rd return", "4th return or later")
_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\uAC00-\uD7A3]+")
_ENGLISH_STOPWORDS = (
    "a an and are as at be but by for from had has have i in is it its me my no not of on "
    "or so that the this to too was were with one after than very just"
)
_KOREAN_STOPWORDS = "너무 그리고 그런데 좀 더 것 수 이 그 저 제가 있어요 없어요"
STOPWORDS = frozenset(_ENGLISH_STOPWORDS.split()) | frozenset(_KOREAN_STOPWORDS.split())
WORDS_KEPT = 300
FACTS_VERSION = 2  # kept days counted by an older version are counted again


def band_of(days: int) -> str:
    for low, high in DELIVERY_BANDS:
        if days >= low and (high is None or days <= high):
            return f"{low}-{high}" if high is not None else f"{low}+"
    return "0-3"  # returned before it was delivered: a data slip, counted with the quickest


def _add(counter: dict[str, Any], key: Any, value: int = 1) -> None:
    counter[str(key)] = counter.get(str(key), 0) + value


def facts_of_day(session: Session, day: dt.date) -> dict[str, Any]:
    """Count one day from the tables."""
    facts: dict[str, Any] = {
        "sold": {}, "returned": {}, "product_reasons": {}, "reasons": {}, "delivery": {},
        "regions": {}, "channels": {}, "segments": {}, "words": {}, "dispositions": {},
        "graded_reason": {}, "mismatch_reason": {}, "cost": {}, "product_flags": {}, "rmas": 0,
        "version": FACTS_VERSION,
    }  # fmt: skip
    for product, units in session.execute(
        select(m.OrderLine.product_id, func.sum(m.OrderLine.quantity))
        .join(m.Order, m.Order.id == m.OrderLine.order_id)
        .where(m.Order.placed_on == day)
        .group_by(m.OrderLine.product_id)
    ):
        facts["sold"][str(product)] = int(units or 0)

    rmas: dict[int, tuple[int | None, str, str]] = {}  # id -> customer, channel, region
    words: Counter[str] = Counter()
    for (
        rma_id,
        customer,
        channel,
        delivered,
        region,
        product,
        quantity,
        reason,
        comment,
    ) in session.execute(
        select(
            m.Rma.id,
            m.Rma.customer_id,
            m.Order.channel,
            m.Order.delivered_on,
            m.Customer.region,
            m.RmaLine.product_id,
            m.RmaLine.quantity,
            m.RmaLine.reason,
            m.RmaLine.customer_comment,
        )  # fmt: skip
        .join(m.Rma, m.Rma.id == m.RmaLine.rma_id)
        .join(m.Order, m.Order.id == m.Rma.order_id)
        .outerjoin(m.Customer, m.Customer.id == m.Rma.customer_id)
        .where(m.Rma.created_on == day)
    ):
        _add(facts["returned"], product, quantity)
        _add(facts["product_reasons"].setdefault(str(product), {}), reason, quantity)
        _add(facts["reasons"], reason, quantity)
        if comment:
            words.update(
                {w for w in _WORD.findall(comment.lower()) if len(w) > 1 and w not in STOPWORDS}
            )
        if rma_id not in rmas:
            rmas[rma_id] = (customer, channel, region or "?")
            if delivered is not None:
                _add(facts["delivery"], band_of((day - delivered).days))
    facts["rmas"] = len(rmas)
    facts["words"] = dict(words.most_common(WORDS_KEPT))
    for _customer, channel, region in rmas.values():
        _add(facts["channels"], channel)
        _add(facts["regions"], region)
    _segments(session, day, rmas, facts["segments"])

    start = dt.datetime.combine(day, dt.time())
    for (
        disposition,
        override,
        flags,
        started,
        decided,
        price,
        reason,
        unit_product,
    ) in session.execute(
        select(
            m.Unit.disposition,
            m.Unit.override_disposition,
            m.Unit.flags,
            m.Unit.started_at,
            m.Unit.decided_at,
            m.Product.price_cents,
            m.RmaLine.reason,
            m.Unit.product_id,
        )  # fmt: skip
        .outerjoin(m.Product, m.Product.id == m.Unit.product_id)
        .outerjoin(m.RmaLine, m.RmaLine.id == m.Unit.rma_line_id)
        .where(m.Unit.decided_at >= start, m.Unit.decided_at < start + dt.timedelta(days=1))
        .where(m.Unit.status.in_(("DECIDED", "PUT_AWAY")))
    ):
        final = override or disposition or "?"
        _add(facts["dispositions"], final)
        for flag in flags or ():
            _add(facts["product_flags"].setdefault(str(unit_product), {}), flag)
        if reason:
            _add(facts["graded_reason"], reason)
            if "REASON_MISMATCH" in (flags or ()):
                _add(facts["mismatch_reason"], reason)
        seconds = int((decided - started).total_seconds()) if started and decided else 0
        totals = facts["cost"].setdefault(final, [0, 0, 0])
        totals[0] += 1
        totals[1] += max(seconds, 0)
        totals[2] += int(price or 0)
    return facts


def _segments(
    session: Session, day: dt.date, rmas: dict[int, tuple[int | None, str, str]], out: dict
) -> None:
    """Each RMA of the day by how many RMAs its customer had made before it."""
    todays = select(m.Rma.customer_id).where(m.Rma.created_on == day)
    before: dict[int, int] = {
        customer: int(count)
        for customer, count in session.execute(
            select(m.Rma.customer_id, func.count())
            .where(m.Rma.customer_id.in_(todays), m.Rma.created_on < day)
            .group_by(m.Rma.customer_id)
        )
        if customer is not None
    }
    seen: Counter[int] = Counter()
    for rma_id in sorted(rmas):
        customer = rmas[rma_id][0]
        if customer is None:
            continue
        seen[customer] += 1
        nth = before.get(customer, 0) + seen[customer]
        _add(out, SEGMENTS[0] if nth == 1 else (SEGMENTS[1] if nth <= 3 else SEGMENTS[2]))


def facts_of_days(session: Session, days: Iterable[dt.date], today: dt.date) -> list[dict]:
    """The facts of each day: kept ones as they are, the rest counted (and kept if closed)."""
    wanted = sorted(set(days))
    kept = {
        row.day: row.facts
        for row in session.scalars(select(m.AnalyticsDay).where(m.AnalyticsDay.day.in_(wanted)))
    }
    out = []
    for day in wanted:
        if day in kept and kept[day].get("version") == FACTS_VERSION:
            out.append(kept[day])
            continue
        facts = facts_of_day(session, day)
        if day < today:
            session.merge(m.AnalyticsDay(day=day, computed_at=dt.datetime.now(), facts=facts))
        out.append(facts)
    session.flush()
    return out


def forget_days(session: Session, days: Iterable[dt.date]) -> None:
    """New data on these days (an import): count them again when next asked."""
    wanted = sorted({d for d in days if d is not None})
    for chunk in range(0, len(wanted), 500):
        session.execute(
            delete(m.AnalyticsDay).where(m.AnalyticsDay.day.in_(wanted[chunk : chunk + 500]))
        )
