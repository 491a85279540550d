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


def test_arrivals_keep_to_the_return_window(demo, demo_now):
    """No open RMA is long past "arrive by" (a parcel that never came is expired); a parcel
    that came after "arrive by" is graded outside the window, and the demo has a few."""
    from inspector.demo.orders import EXPIRED_AFTER_DAYS
    from inspector.receiving.lookup import view_of
    from inspector.rmas.return_window import Standing

    today = demo_now.date()
    standings: dict[tuple[str, Standing], int] = {}
    with demo.sessions() as session:
        for rma in session.scalars(select(m.Rma)):
            view = view_of(rma)
            standing = view.standing(today)
            standings[(rma.status, standing)] = standings.get((rma.status, standing), 0) + 1
            if rma.status == "OPEN":
                assert (today - view.window.arrive_by).days <= EXPIRED_AFTER_DAYS, view
            if standing is Standing.ARRIVED_LATE and rma.status == "COMPLETE":
                flags = session.scalars(
                    select(m.Unit.flags).join(m.Parcel).where(m.Parcel.rma_id == rma.id)
                ).all()
                assert flags and all("OUTSIDE_WINDOW" in f for f in flags), rma.rma_number
    assert standings.get(("COMPLETE", Standing.ARRIVED_LATE), 0) >= 5
    assert standings.get(("OPEN", Standing.AWAITED), 0) >= 10
