"""The demo's orders and RMAs: exactly as many RMAs as asked, valid numbers, believable return
rates."""

from __future__ import annotations

import tracking_numbers
from sqlalchemy import func, select

from db import models as m
from inspector.demo.words import RETURN_RATE
from inspector.rmas.rma_numbers import parse_rma_number


def test_exact_rma_count_with_valid_numbers(demo):
    with demo.sessions() as session:
        numbers = session.scalars(select(m.Rma.rma_number)).all()
        trackings = session.scalars(select(m.RmaTracking.tracking_number)).all()
    assert len(numbers) == 1500
    assert all(parse_rma_number(n) == n for n in numbers)
    assert all(tracking_numbers.get_tracking_number(t).valid for t in trackings)


def test_return_rates_are_typical_of_each_category(demo):
    with demo.engine.connect() as connection:
        sold = dict(
            connection.execute(
                select(m.Product.category, func.sum(m.OrderLine.quantity))
                .join(m.OrderLine, m.OrderLine.product_id == m.Product.id)
                .group_by(m.Product.category)
            ).all()
        )
        returned = dict(
            connection.execute(
                select(m.Product.category, func.sum(m.RmaLine.quantity))
                .join(m.RmaLine, m.RmaLine.product_id == m.Product.id)
                .group_by(m.Product.category)
            ).all()
        )
    rates = {c: returned[c] / sold[c] for c in RETURN_RATE}
    # Apparel and footwear come back far more often than home goods and electronics.
    assert min(rates["apparel"], rates["footwear"]) > 1.5 * max(rates["home"], rates["electronics"])
    for category, typical in RETURN_RATE.items():
        assert typical * 0.4 < rates[category] < typical * 2.5, (category, rates)
