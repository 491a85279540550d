"""The demo's orders and RMAs: sales over the span, the returns some bring with their lines,
tracking numbers and parcels received at the dock, and parcels whose label matched no RMA."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from db import models as m
from inspector.demo import words as cat
from inspector.demo.history import graded_units
from inspector.rmas.return_window import RETURN_WINDOW_DAYS, SHIPPING_ALLOWANCE_DAYS, request_by
from inspector.rmas.rma_numbers import make_rma_number

if TYPE_CHECKING:
    from inspector.demo.build import Builder

# One parcel in fifty is slow and reaches the dock after "arrive by"; a parcel that never
# came is expired by the shop (cancelled) this many days after its "arrive by".
SLOW_PARCELS = 0.02
EXPIRED_AFTER_DAYS = 7
BATCH_ORDERS = 20_000
PARCEL_COLUMNS = (
    "id",
    "tracking_number",
    "rma_id",
    "status",
    "received_at",
    "station_id",
    "operator_id",
    "note",
)


def place_orders(b: Builder, wanted: int) -> None:
    day = np.arange(b.span)
    weekday = np.array([(b.first_day + dt.timedelta(days=int(d))).weekday() for d in day])
    day_w = 1.0 + 0.35 * (weekday >= 5) + 0.15 * (weekday == 0) + day / b.span * 0.4
    b.day_p = day_w / day_w.sum()
    made = 0
    while made < wanted:
        made += _order_batch(b, wanted - made)
        b.progress("rmas", made)
    unknown_parcels(b, max(1, wanted // 200))
    b.summary.rmas = made


def _order_batch(b: Builder, still_wanted: int) -> int:
    g = b.np
    n = BATCH_ORDERS
    cust = g.choice(b.n_customers, n, p=b.customer_p)
    channel = g.choice(3, n, p=[0.6, 0.3, 0.1])
    placed = g.choice(b.span, n, p=b.day_p)
    delivered = placed + np.where(channel == 2, 0, g.integers(2, 7, n))
    nlines = g.choice([1, 2, 3, 4], n, p=[0.5, 0.28, 0.15, 0.07])
    order_of_line = np.repeat(np.arange(n), nlines)
    product = g.choice(len(b.product_p), len(order_of_line), p=b.product_p)
    # One line per product in an order.
    _, first = np.unique(order_of_line * 100_000 + product, return_index=True)
    first.sort()
    order_of_line, product = order_of_line[first], product[first]
    qty = 1 + (g.random(len(product)) < 0.08)
    p_return = b.product_rate[product] * b.customer_mult[cust[order_of_line]]
    returned = g.random(len(product)) < np.minimum(p_return, 0.9)
    lag = 1 + np.minimum(g.gamma(2.0, 4.0, n).astype(int), 44)
    created = delivered + lag
    has_return = np.bincount(order_of_line[returned], minlength=n) > 0
    has_rma = has_return & (created < b.span)
    # Trim the batch at the order that makes the wanted number of RMAs.
    rma_rank = np.cumsum(has_rma)
    if rma_rank[-1] > still_wanted:
        cut = int(np.searchsorted(rma_rank, still_wanted)) + 1
        keep_line = order_of_line < cut
        cust, channel, placed, delivered = (
            cust[:cut],
            channel[:cut],
            placed[:cut],
            delivered[:cut],
        )
        created, has_rma = created[:cut], has_rma[:cut]
        order_of_line, product, qty = (
            order_of_line[keep_line],
            product[keep_line],
            qty[keep_line],
        )
        returned = returned[keep_line]
        n = cut
    order_ids = b.next_ids("orders", n)
    prefix = np.array(["WEB-", "MKT-", "POS-"])[channel]
    channels = np.array(["web", "marketplace", "store"])[channel]
    days = b.days
    b.insert(
        m.Order,
        ("id", "order_number", "customer_id", "channel", "placed_on", "delivered_on"),
        [
            (int(i), f"{p}{1_000_000 + int(i)}", int(c) + 1, ch, days[pl], days[dv])
            for i, p, c, ch, pl, dv in zip(
                order_ids, prefix, cust, channels, placed, delivered, strict=True
            )
        ],
    )
    line_ids = b.next_ids("order_lines", len(product))
    price = b.product_price[product]
    b.insert(
        m.OrderLine,
        ("id", "order_id", "product_id", "quantity", "unit_price_cents"),
        list(
            zip(
                line_ids.tolist(),
                order_ids[order_of_line].tolist(),
                (product + 1).tolist(),
                qty.tolist(),
                price.tolist(),
                strict=True,
            )
        ),
    )
    b.summary.orders += n
    b.summary.order_lines += len(product)
    rma_orders = np.flatnonzero(has_rma)
    rma_lines = returned & has_rma[order_of_line]
    _returns(
        b,
        rma_orders,
        order_ids,
        cust,
        delivered,
        created,
        order_of_line[rma_lines],
        product[rma_lines],
        qty[rma_lines],
    )
    return len(rma_orders)


def _returns(
    b: Builder,
    rma_orders: np.ndarray,
    order_ids: np.ndarray,
    cust: np.ndarray,
    delivered: np.ndarray,
    created: np.ndarray,
    line_order: np.ndarray,
    line_product: np.ndarray,
    line_qty: np.ndarray,
) -> None:
    g, py, days = b.np, b.py, b.days
    k = len(rma_orders)
    rma_ids = b.next_ids("rmas", k)
    rma_of_order = np.full(len(order_ids), -1)
    rma_of_order[rma_orders] = np.arange(k)
    # Parcels: most arrive 2-7 days after the return was opened, inside the shipping
    # allowance; a few are slow and come after "arrive by"; a few never come.
    transit = np.where(
        g.random(k) < SLOW_PARCELS,
        g.integers(SHIPPING_ALLOWANCE_DAYS + 1, SHIPPING_ALLOWANCE_DAYS + 12, k),
        g.integers(2, 8, k),
    )
    arrival_day = created[rma_orders] + transit
    minutes = g.integers(7 * 60, 17 * 60, k)
    arrives = (g.random(k) > 0.04) & (arrival_day <= b.span - 1)
    received_at = [
        dt.datetime.combine(days[d], dt.time()) + dt.timedelta(minutes=int(mi))
        for d, mi in zip(arrival_day, minutes, strict=True)
    ]
    arrives &= np.array([r <= b.now for r in received_at])
    # Grading waits a few hours (longer over night); the newest parcels are the backlog.
    wait_h = g.exponential(7.0, k) + 0.3
    decided_at = [
        r + dt.timedelta(hours=float(w)) for r, w in zip(received_at, wait_h, strict=True)
    ]
    graded = arrives & np.array([d <= b.now for d in decided_at])

    # A parcel that never came, long after its "arrive by": the shop expired the return.
    expired = ~arrives & (
        created[rma_orders] + SHIPPING_ALLOWANCE_DAYS + EXPIRED_AFTER_DAYS < b.span - 1
    )
    status = np.where(
        graded,
        "COMPLETE",
        np.where(arrives, "RECEIVED", np.where(expired, "CANCELLED", "OPEN")),
    )
    # Outside the window: asked for after "request by", or arrived after "arrive by".
    late = created > delivered + RETURN_WINDOW_DAYS
    late[rma_orders] |= arrives & (transit > SHIPPING_ALLOWANCE_DAYS)
    rma_rows, tracking_rows, parcel_rows = [], [], []
    first_tracking = []
    for j in range(k):
        o = rma_orders[j]
        rma_id = int(rma_ids[j])
        deadline = request_by(days[delivered[o]], None)
        rma_rows.append(
            (
                rma_id,
                make_rma_number(rma_id),
                int(order_ids[o]),
                int(cust[o]) + 1,
                str(status[j]),
                days[created[o]],
                deadline,
            )
        )
        for t in range(2 if py.random() < 0.05 else 1):
            carrier, number = b.mint()
            tracking_rows.append((rma_id, number, carrier))
            if t == 0:
                first_tracking.append(number)
    b.insert(
        m.Rma,
        (
            "id",
            "rma_number",
            "order_id",
            "customer_id",
            "status",
            "created_on",
            "return_deadline",
        ),
        rma_rows,
    )
    t_ids = b.next_ids("rma_trackings", len(tracking_rows))
    b.insert(
        m.RmaTracking,
        ("id", "rma_id", "tracking_number", "carrier"),
        [(int(i), *row) for i, row in zip(t_ids, tracking_rows, strict=True)],
    )
    arrived = np.flatnonzero(arrives)
    parcel_ids = b.next_ids("parcels", len(arrived))
    parcel_of_rma = np.full(k, -1)
    parcel_of_rma[arrived] = parcel_ids
    docks = b.dockers
    for arrived_j, pid in zip(arrived.tolist(), parcel_ids.tolist(), strict=True):
        station = b.station_ids[py.choice(("DOCK-1", "DOCK-2"))]
        operator = py.choice(docks)
        at = received_at[arrived_j]
        tracking_number = first_tracking[arrived_j]
        parcel_rows.append(
            (
                pid,
                tracking_number,
                int(rma_ids[arrived_j]),
                "RECEIVED",
                at,
                station,
                operator,
                "",
            )
        )
        b.audit(
            at,
            operator,
            station,
            "parcel_received",
            "parcel",
            tracking_number,
            rma_rows[arrived_j][1],
            None,
            {"rma_status": "RECEIVED"},
        )
    b.insert(
        m.Parcel,
        PARCEL_COLUMNS,
        parcel_rows,
    )
    b.summary.parcels += len(parcel_rows)
    rma_idx = rma_of_order[line_order]
    line_ids, reasons = _rma_lines(b, rma_idx, rma_ids, line_product, line_qty, cust, rma_orders)
    graded_units(
        b,
        rma_idx,
        line_product,
        line_qty,
        line_ids,
        reasons,
        rma_orders,
        graded,
        parcel_of_rma,
        decided_at,
        late,
        [row[1] for row in rma_rows],
    )
    b.write_events()


def _rma_lines(
    b: Builder,
    rma_idx: np.ndarray,
    rma_ids: np.ndarray,
    product: np.ndarray,
    qty: np.ndarray,
    cust: np.ndarray,
    rma_orders: np.ndarray,
) -> tuple[np.ndarray, list[str]]:
    """The RMAs' lines, each with the customer's reason and words; returns their ids and
    reasons."""
    py = b.py
    n = len(product)
    line_ids = b.next_ids("rma_lines", n)
    category = b.product_category[product]
    reasons, comments = [], []
    for i in range(n):
        cat_name = cat.CATEGORY_PLAN[category[i]][0]
        mix = cat.REASON_MIX[cat_name]
        reason = py.choices([r for r, _ in mix], weights=[w for _, w in mix])[0]
        korean = b.customer_korean[cust[rma_orders[rma_idx[i]]]]
        source = cat.COMMENTS_KO if korean else cat.COMMENTS
        reasons.append(reason)
        comments.append(py.choice(source[reason]))
    b.insert(
        m.RmaLine,
        ("id", "rma_id", "product_id", "quantity", "reason", "customer_comment"),
        list(
            zip(
                line_ids.tolist(),
                rma_ids[rma_idx].tolist(),
                (product + 1).tolist(),
                qty.tolist(),
                reasons,
                comments,
                strict=True,
            )
        ),
    )
    return line_ids, reasons


def unknown_parcels(b: Builder, count: int) -> None:
    ids = b.next_ids("parcels", count)
    rows: list[tuple] = []
    for pid in ids:
        _carrier, number = b.mint()
        at = b.now - dt.timedelta(minutes=b.py.randrange(10, 60 * 24 * 20))
        rows.append(
            (
                int(pid),
                number,
                None,
                "UNKNOWN",
                at,
                b.station_ids["DOCK-1"],
                b.dockers[0],
                "label matched no RMA",
            )
        )
    b.insert(
        m.Parcel,
        PARCEL_COLUMNS,
        rows,
    )
    b.summary.unknown_parcels = count
