"""Gathering what the verdict needs from the database, before it is given: an RMA's lines
and order, and a customer's returns and purchases over the days the policy looks back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from inspector.policy.rules import Policy
from inspector.policy.verdict import CustomerHistory, LineFacts, OrderFacts, ReturnFacts


def look_back_days(policy: Policy) -> int:
    """How far back the policy's customer rules look (0: none do)."""
    return max(
        (r.days for r in policy.reviews if r.kind in ("customer_returns", "return_rate")), default=0
    )


def customer_history(
    session: Session,
    customer_id: int | None,
    until: dt.date,
    days: int,
    *,
    leave_out_rma: int | None = None,
) -> CustomerHistory | None:
    """The customer's returns, pieces returned and pieces bought in the `days` up to `until`;
    None when there is no customer."""
    if customer_id is None:
        return None
    if days <= 0:
        return CustomerHistory()
    since = until - dt.timedelta(days=days)
    rmas = select(m.Rma.id, m.Rma.created_on).where(
        m.Rma.customer_id == customer_id, m.Rma.created_on > since, m.Rma.created_on <= until
    )
    if leave_out_rma is not None:
        rmas = rmas.where(m.Rma.id != leave_out_rma)
    rows = session.execute(rmas).all()
    returned: list[tuple[dt.date, int]] = []
    if rows:
        by_id = {rma_id: day for rma_id, day in rows}
        pieces = session.execute(
            select(m.RmaLine.rma_id, func.sum(m.RmaLine.quantity))
            .where(m.RmaLine.rma_id.in_(list(by_id)))
            .group_by(m.RmaLine.rma_id)
        ).all()
        returned = [(by_id[rma_id], int(n or 0)) for rma_id, n in pieces]
    bought = session.execute(
        select(m.Order.placed_on, func.sum(m.OrderLine.quantity))
        .join(m.OrderLine, m.OrderLine.order_id == m.Order.id)
        .where(
            m.Order.customer_id == customer_id,
            m.Order.placed_on > since,
            m.Order.placed_on <= until,
        )
        .group_by(m.Order.placed_on)
    ).all()
    return CustomerHistory(
        returns=tuple(day for _, day in rows),
        bought=tuple((day, int(n or 0)) for day, n in bought if day is not None),
        returned=tuple(returned),
    )


def order_facts(session: Session, order: m.Order) -> OrderFacts:
    value, skus, units = session.execute(
        select(
            func.coalesce(func.sum(m.OrderLine.quantity * m.OrderLine.unit_price_cents), 0),
            func.count(func.distinct(m.OrderLine.product_id)),
            func.coalesce(func.sum(m.OrderLine.quantity), 0),
        ).where(m.OrderLine.order_id == order.id)
    ).one()
    return OrderFacts(
        channel=order.channel,
        ordered_on=order.placed_on,
        delivered_on=order.delivered_on,
        value_cents=int(value or 0),
        skus=int(skus or 0) or 1,
        units=int(units or 0),
    )


def rma_facts(
    session: Session,
    rma: m.Rma,
    policy: Policy,
    *,
    arrived_at: dt.datetime | None = None,
    prices: dict[int, int] | None = None,
) -> ReturnFacts:
    """The verdict's facts for an RMA: asked for on the day it was created."""
    order = rma.order
    if prices is None:
        prices = dict(
            session.execute(
                select(m.OrderLine.product_id, m.OrderLine.unit_price_cents).where(
                    m.OrderLine.order_id == order.id
                )
            ).all()
        )
    lines = tuple(
        LineFacts(
            key=str(line.id),
            sku=line.product.sku,
            category=line.product.category,
            reason=line.reason,
            quantity=line.quantity,
            price_cents=prices.get(line.product_id) or line.product.price_cents,
            tags=frozenset(line.product.shop_tags or ()),
        )
        for line in rma.lines
    )
    history = customer_history(
        session, rma.customer_id, rma.created_on, look_back_days(policy), leave_out_rma=rma.id
    )
    return ReturnFacts(
        lines=lines,
        order=order_facts(session, order),
        customer=history,
        requested_at=dt.datetime.combine(rma.created_on, dt.time()),
        arrived_at=arrived_at,
    )
