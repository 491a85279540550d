"""Replaying past returns under another policy: the RMAs created since a day and the requests
kept since then, judged by both policies; what a new file would change, line by line."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.policy.facts import look_back_days
from inspector.policy.return_json import return_from_json
from inspector.policy.rules import Policy
from inspector.policy.verdict import (
    CustomerHistory,
    LineFacts,
    LineVerdict,
    OrderFacts,
    ReturnFacts,
    judge,
)

BATCH = 2000


@dataclass(frozen=True)
class Change:
    """One line whose verdict differs between the two policies."""

    what: str  # "RMA" or "request"
    number: str
    sku: str
    before: LineVerdict
    after: LineVerdict

    def words(self) -> str:
        return (
            f"{self.what} {self.number} {self.sku}: {self.before.outcome} ({self.before.rule}) "
            f"-> {self.after.outcome} ({self.after.rule}): {self.after.reason['en']}"
        )


@dataclass
class ReplayReport:
    rmas: int = 0
    requests: int = 0
    lines: int = 0
    changes: list[Change] | None = None


def _same(a: LineVerdict, b: LineVerdict) -> bool:
    return (a.outcome, a.rule, a.decline_reason, a.fee_cents) == (
        b.outcome,
        b.rule,
        b.decline_reason,
        b.fee_cents,
    )


def replay(
    warehouse: Warehouse,
    old: Policy,
    new: Policy,
    since: dt.date,
    now: dt.datetime | None = None,
) -> ReplayReport:
    """Judge every RMA created since `since` and every request kept since then by both."""
    now = now or dt.datetime.now()
    report = ReplayReport(changes=[])
    assert report.changes is not None
    days = max(look_back_days(old), look_back_days(new))
    with explained_errors(), warehouse.sessions() as session:
        for number, facts in rma_facts_since(session, since, days):
            report.rmas += 1
            report.lines += len(facts.lines)
            _compare(report.changes, "RMA", number, judge(old, facts, now), judge(new, facts, now))
        rows = session.execute(
            select(m.ReturnRequest.name, m.ReturnRequest.facts).where(
                m.ReturnRequest.requested_at >= dt.datetime.combine(since, dt.time())
            )
        ).all()
        for name, data in rows:
            facts = return_from_json(data, f"request {name}")
            report.requests += 1
            _compare(
                report.changes, "request", name, judge(old, facts, now), judge(new, facts, now)
            )
    return report


def _compare(out: list[Change], what: str, number: str, before, after) -> None:  # type: ignore[no-untyped-def]
    for a, b in zip(before.lines, after.lines, strict=True):
        if not _same(a, b):
            out.append(Change(what, number, a.sku, a, b))


def rma_facts_since(
    session: Session, since: dt.date, days: int
) -> Iterator[tuple[str, ReturnFacts]]:
    """Every RMA created since `since` with its facts, gathered a batch at a time (a handful
    of queries per 2,000 RMAs, not per RMA)."""
    last_id = 0
    while True:
        rmas = list(
            session.scalars(
                select(m.Rma)
                .where(m.Rma.created_on >= since, m.Rma.id > last_id)
                .order_by(m.Rma.id)
                .limit(BATCH)
                .options(
                    selectinload(m.Rma.lines).selectinload(m.RmaLine.product),
                    selectinload(m.Rma.order),
                )
            )
        )
        if not rmas:
            return
        last_id = rmas[-1].id
        yield from _batch_facts(session, rmas, days)
        session.expunge_all()


def _batch_facts(
    session: Session, rmas: list[m.Rma], days: int
) -> Iterator[tuple[str, ReturnFacts]]:
    order_ids = sorted({r.order_id for r in rmas})
    orders: dict[int, tuple[int, int, int]] = {}
    prices: dict[tuple[int, int], int] = {}
    for oid, pid, qty, price in session.execute(
        select(
            m.OrderLine.order_id,
            m.OrderLine.product_id,
            m.OrderLine.quantity,
            m.OrderLine.unit_price_cents,
        ).where(m.OrderLine.order_id.in_(order_ids))
    ):
        value, skus, units = orders.get(oid, (0, 0, 0))
        orders[oid] = (value + qty * price, skus + 1, units + qty)
        prices[(oid, pid)] = price
    customers = sorted({r.customer_id for r in rmas if r.customer_id is not None})
    first = min(r.created_on for r in rmas) - dt.timedelta(days=days)
    last = max(r.created_on for r in rmas)
    returned: dict[int, list[tuple[int, dt.date, int]]] = defaultdict(list)
    bought: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    if customers and days > 0:
        for cid, rid, day, pieces in session.execute(
            select(m.Rma.customer_id, m.Rma.id, m.Rma.created_on, func.sum(m.RmaLine.quantity))
            .join(m.RmaLine, m.RmaLine.rma_id == m.Rma.id)
            .where(
                m.Rma.customer_id.in_(customers),
                m.Rma.created_on > first,
                m.Rma.created_on <= last,
            )
            .group_by(m.Rma.customer_id, m.Rma.id, m.Rma.created_on)
        ):
            if cid is not None:
                returned[cid].append((rid, day, int(pieces or 0)))
        for cid, placed, pieces in session.execute(
            select(m.Order.customer_id, m.Order.placed_on, func.sum(m.OrderLine.quantity))
            .join(m.OrderLine, m.OrderLine.order_id == m.Order.id)
            .where(
                m.Order.customer_id.in_(customers),
                m.Order.placed_on > first,
                m.Order.placed_on <= last,
            )
            .group_by(m.Order.customer_id, m.Order.placed_on)
        ):
            if cid is not None and placed is not None:
                bought[cid].append((placed, int(pieces or 0)))
    for rma in rmas:
        order = rma.order
        value, skus, units = orders.get(rma.order_id, (0, 0, 0))
        history = None
        if rma.customer_id is not None:
            since = rma.created_on - dt.timedelta(days=days)
            mine = [
                (d, n)
                for rid, d, n in returned.get(rma.customer_id, ())
                if rid != rma.id and since < d <= rma.created_on
            ]
            history = CustomerHistory(
                returns=tuple(d for d, _ in mine),
                bought=tuple(
                    (d, n)
                    for d, n in bought.get(rma.customer_id, ())
                    if since < d <= rma.created_on
                ),
                returned=tuple(mine),
            )
        lines = tuple(
            LineFacts(
                key=str(line.id),
                sku=line.product.sku,
                category=line.product.category,
                reason=line.reason,
                quantity=line.quantity,
                price_cents=prices.get((rma.order_id, line.product_id)) or line.product.price_cents,
                tags=frozenset(line.product.shop_tags or ()),
            )
            for line in rma.lines
        )
        facts = ReturnFacts(
            lines=lines,
            order=OrderFacts(
                order.channel, order.placed_on, order.delivered_on, value, skus or 1, units
            ),
            customer=history,
            requested_at=dt.datetime.combine(rma.created_on, dt.time()),
        )
        yield rma.rma_number, facts
