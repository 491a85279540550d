"""Returns analytics: the questions the business asks of returns, answered from the imported
orders, the RMAs and the graded units of a period. Each answer is a small table (rows of
plain values) that the Supervisor page draws and `inspector report` prints.

The period selects orders placed in it (for return rates: units returned of units sold, per
product and category), RMAs created in it (reasons, time to return, regions, channels,
segments, words, weeks) and units decided in it (dispositions, cost).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.disposition_log import Period
from inspector.roles import Action, Actor, require
from inspector.warehouse import Warehouse

COSTS_KEY = "analytics.costs"


@dataclass
class Costs:
    """What a return costs and recovers, per unit (money in the shop's currency)."""

    return_shipping: float = 7.50
    handling_per_hour: float = 24.0  # a grader's hour at the bench, all costs in
    refurbish: float = 12.0
    disposal: float = 2.0
    # Share of the price a unit brings back, by disposition.
    recovered: dict[str, float] = field(
        default_factory=lambda: {
            "RESTOCK": 1.0,
            "REPACKAGE": 0.85,
            "REFURBISH": 0.55,
            "DISPOSE": 0.0,
        }
    )


@dataclass(frozen=True)
class Table:
    """One answer: a title, column headings and rows."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""


def load_costs(session: Session) -> Costs:
    row = session.get(m.Setting, COSTS_KEY)
    if row is None:
        return Costs()
    values = row.value if isinstance(row.value, dict) else json.loads(str(row.value))
    return Costs(**{k: v for k, v in values.items() if k in Costs.__dataclass_fields__})


def save_costs(warehouse: Warehouse, actor: Actor | None, costs: Costs) -> None:
    require(actor, Action.CONFIGURE)
    with explained_errors(), warehouse.sessions.begin() as session:
        row = session.get(m.Setting, COSTS_KEY)
        value = asdict(costs)
        if row is None:
            session.add(m.Setting(key=COSTS_KEY, value=value))
        else:
            row.value = value


def _rma_range(period: Period):  # noqa: ANN202
    return m.Rma.created_on.between(period.date_from, period.date_to)


def return_rates(session: Session, period: Period) -> tuple[Table, Table]:
    """Units returned of units sold, per category and for products above the average."""
    sold = dict(
        session.execute(
            select(m.OrderLine.product_id, func.sum(m.OrderLine.quantity))
            .join(m.Order, m.Order.id == m.OrderLine.order_id)
            .where(m.Order.placed_on.between(period.date_from, period.date_to))
            .group_by(m.OrderLine.product_id)
        ).all()
    )
    returned = dict(
        session.execute(
            select(m.RmaLine.product_id, func.sum(m.RmaLine.quantity))
            .join(m.Rma, m.Rma.id == m.RmaLine.rma_id)
            .join(m.Order, m.Order.id == m.Rma.order_id)
            .where(m.Order.placed_on.between(period.date_from, period.date_to))
            .group_by(m.RmaLine.product_id)
        ).all()
    )
    products = {
        p.id: p for p in session.scalars(select(m.Product).where(m.Product.id.in_(list(sold))))
    }
    by_category: dict[str, list[int]] = {}
    for pid, count in sold.items():
        product = products.get(pid)
        if product is None:
            continue
        totals = by_category.setdefault(product.category, [0, 0])
        totals[0] += int(count or 0)
        totals[1] += int(returned.get(pid) or 0)
    category_rows = tuple(
        (category, s, r, round(r / s, 4) if s else 0.0)
        for category, (s, r) in sorted(by_category.items())
    )
    all_sold = sum(s for s, _r in by_category.values())
    average = sum(r for _s, r in by_category.values()) / all_sold if all_sold else 0.0
    reasons = _top_reasons(session, period)
    above = sorted(
        (
            (
                products[pid].sku,
                products[pid].name,
                products[pid].category,
                int(s),
                int(returned.get(pid) or 0),
            )
            for pid, s in sold.items()
            if pid in products and s and (returned.get(pid) or 0) / s > average and s >= 5
        ),
        key=lambda row: -row[4] / row[3],
    )[:25]
    product_rows = tuple(
        (sku, name, category, s, r, round(r / s, 4), reasons.get(sku, ""))
        for sku, name, category, s, r in above
    )
    return (
        Table(
            "rate_by_category",
            "Return rate by category",
            ("Category", "Units sold", "Units returned", "Return rate"),
            category_rows,
            f"all categories: {average:.1%}",
        ),
        Table(
            "products_above_average",
            "Products returned more than the average",
            (
                "SKU",
                "Product",
                "Category",
                "Units sold",
                "Units returned",
                "Return rate",
                "Top reasons",
            ),
            product_rows,
            "products with at least 5 units sold",
        ),
    )


def _top_reasons(session: Session, period: Period) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for sku, reason, quantity in session.execute(
        select(m.Product.sku, m.RmaLine.reason, func.sum(m.RmaLine.quantity))
        .join(m.RmaLine, m.RmaLine.product_id == m.Product.id)
        .join(m.Rma, m.Rma.id == m.RmaLine.rma_id)
        .where(_rma_range(period))
        .group_by(m.Product.sku, m.RmaLine.reason)
    ):
        counts.setdefault(sku, Counter())[reason] += int(quantity or 0)
    return {sku: ", ".join(r for r, _n in c.most_common(2)) for sku, c in counts.items()}


def reasons(session: Session, period: Period) -> tuple[Table, Table]:
    """Why customers return, and where the unit's condition says otherwise."""
    rows = session.execute(
        select(m.RmaLine.reason, func.sum(m.RmaLine.quantity))
        .join(m.Rma, m.Rma.id == m.RmaLine.rma_id)
        .where(_rma_range(period))
        .group_by(m.RmaLine.reason)
        .order_by(func.sum(m.RmaLine.quantity).desc())
    ).all()
    total = sum(int(n or 0) for _r, n in rows) or 1
    graded: Counter[str] = Counter()
    mismatched: Counter[str] = Counter()
    for reason, flags in session.execute(
        select(m.RmaLine.reason, m.Unit.flags)
        .join(m.Unit, m.Unit.rma_line_id == m.RmaLine.id)
        .where(m.Unit.decided_at >= period.start, m.Unit.decided_at < period.end)
    ):
        graded[reason] += 1
        if "REASON_MISMATCH" in (flags or ()):
            mismatched[reason] += 1
    return (
        Table(
            "reasons",
            "Return reasons",
            ("Reason", "Units", "Share"),
            tuple((r, int(n or 0), round(int(n or 0) / total, 4)) for r, n in rows),
        ),
        Table(
            "reason_mismatch",
            "Reason against condition",
            ("Reason", "Units graded", "Condition says otherwise", "Share"),
            tuple(
                (r, graded[r], mismatched[r], round(mismatched[r] / graded[r], 4))
                for r in sorted(graded, key=lambda x: -mismatched[x])
            ),
            "units flagged REASON_MISMATCH: a defect claimed on a like-new unit, say",
        ),
    )


def time_to_return(session: Session, period: Period) -> Table:
    """Days from delivery to the return being started, in bands."""
    bands = ((0, 3), (4, 7), (8, 14), (15, 30), (31, 60), (61, 10_000))
    counts: Counter[tuple[int, int]] = Counter()
    for created, delivered in session.execute(
        select(m.Rma.created_on, m.Order.delivered_on)
        .join(m.Order, m.Order.id == m.Rma.order_id)
        .where(_rma_range(period), m.Order.delivered_on.is_not(None))
    ):
        if delivered is None:
            continue
        days = (created - delivered).days
        for low, high in bands:
            if low <= days <= high:
                counts[(low, high)] += 1
                break
    total = sum(counts.values()) or 1
    return Table(
        "time_to_return",
        "Days from delivery to return",
        ("Days", "RMAs", "Share"),
        tuple(
            (
                f"{low}-{high}" if high < 10_000 else f"{low}+",
                counts[(low, high)],
                round(counts[(low, high)] / total, 4),
            )
            for low, high in bands
        ),
    )


def cost_of_returns(session: Session, period: Period, costs: Costs) -> Table:
    """What the units decided in the period cost, and what they bring back, by disposition."""
    rows: dict[str, list[float]] = {}
    for disposition, override, started, decided, price in session.execute(
        select(
            m.Unit.disposition,
            m.Unit.override_disposition,
            m.Unit.started_at,
            m.Unit.decided_at,
            m.Product.price_cents,
        )
        .outerjoin(m.Product, m.Product.id == m.Unit.product_id)
        .where(m.Unit.decided_at >= period.start, m.Unit.decided_at < period.end)
    ):
        final = override or disposition or "?"
        hours = (decided - started).total_seconds() / 3600 if started and decided else 0.0
        cost = costs.return_shipping + hours * costs.handling_per_hour
        if final == "REFURBISH":
            cost += costs.refurbish
        if final == "DISPOSE":
            cost += costs.disposal
        value = (price or 0) / 100 * costs.recovered.get(final, 0.0)
        totals = rows.setdefault(final, [0, 0.0, 0.0, 0.0])
        totals[0] += 1
        totals[1] += hours * 60
        totals[2] += cost
        totals[3] += value
    table_rows = tuple(
        (
            d,
            int(n),
            round(minutes / n, 1) if n else 0.0,
            round(cost, 2),
            round(value, 2),
            round(value - cost, 2),
        )
        for d, (n, minutes, cost, value) in sorted(rows.items())
    )
    return Table(
        "cost",
        "Cost of returns",
        ("Disposition", "Units", "Minutes at the bench (avg)", "Cost", "Value recovered", "Net"),
        table_rows,
        f"shipping {costs.return_shipping:.2f}, bench hour {costs.handling_per_hour:.2f}, "
        f"refurbishing {costs.refurbish:.2f}, disposal {costs.disposal:.2f} per unit",
    )


def segments(session: Session, period: Period) -> Table:
    """Customers by how often they return: first-time, returning, frequent."""
    per_customer = dict(
        session.execute(
            select(m.Rma.customer_id, func.count())
            .where(m.Rma.customer_id.is_not(None), m.Rma.created_on <= period.date_to)
            .group_by(m.Rma.customer_id)
        ).all()
    )
    in_period = session.execute(
        select(m.Rma.customer_id, func.count())
        .where(_rma_range(period), m.Rma.customer_id.is_not(None))
        .group_by(m.Rma.customer_id)
    ).all()
    bands = {
        "first-time (1 RMA)": [0, 0],
        "returning (2-3)": [0, 0],
        "frequent (4 or more)": [0, 0],
    }
    for customer, count in in_period:
        overall = per_customer.get(customer, count)
        key = (
            "first-time (1 RMA)"
            if overall <= 1
            else ("returning (2-3)" if overall <= 3 else "frequent (4 or more)")
        )
        bands[key][0] += 1
        bands[key][1] += count
    total = sum(r for _c, r in bands.values()) or 1
    return Table(
        "segments",
        "Customers by return behaviour",
        ("Segment", "Customers", "RMAs", "Share of RMAs"),
        tuple((k, c, r, round(r / total, 4)) for k, (c, r) in bands.items()),
        "counted over every RMA up to the period's end",
    )


def regions_and_channels(session: Session, period: Period) -> tuple[Table, Table]:
    regions = [
        (region or "?", count)
        for region, count in session.execute(
            select(m.Customer.region, func.count())
            .select_from(m.Rma)
            .outerjoin(m.Customer, m.Customer.id == m.Rma.customer_id)
            .where(_rma_range(period))
            .group_by(m.Customer.region)
            .order_by(func.count().desc())
            .limit(15)
        )
    ]
    channels = session.execute(
        select(m.Order.channel, func.count())
        .select_from(m.Rma)
        .join(m.Order, m.Order.id == m.Rma.order_id)
        .where(_rma_range(period))
        .group_by(m.Order.channel)
        .order_by(func.count().desc())
    ).all()
    return (
        Table(
            "regions",
            "RMAs by customer region",
            ("Region", "RMAs"),
            tuple(tuple(r) for r in regions),
        ),
        Table(
            "channels",
            "RMAs by sales channel",
            ("Channel", "RMAs"),
            tuple(tuple(c) for c in channels),
        ),
    )


def weekly(session: Session, period: Period) -> Table:
    """RMAs started per ISO week, and the same week a year before when there is one."""
    counts: Counter[tuple[int, int]] = Counter()
    last_year: Counter[tuple[int, int]] = Counter()
    year_ago = Period(
        period.date_from - dt.timedelta(days=364), period.date_to - dt.timedelta(days=364)
    )
    for (created,) in session.execute(select(m.Rma.created_on).where(_rma_range(period))):
        counts[created.isocalendar()[:2]] += 1
    for (created,) in session.execute(select(m.Rma.created_on).where(_rma_range(year_ago))):
        last_year[(created + dt.timedelta(days=364)).isocalendar()[:2]] += 1
    return Table(
        "weekly",
        "RMAs per week",
        ("Week", "RMAs", "Same week a year before"),
        tuple((f"{y}-W{w:02d}", counts[(y, w)], last_year[(y, w)]) for y, w in sorted(counts)),
        "the seasonal pattern: this year's weeks beside last year's",
    )


_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\uAC00-\uD7A3]+")
_ENGLISH_STOPWORDS = (
    "a an and are as at be but by for from had has have i in is it its me my no not of on "
    "or so that the this to too was were with one after than very just"
)
_KOREAN_STOPWORDS = "너무 그리고 그런데 좀 더 것 수 이 그 저 제가 있어요 없어요"
STOPWORDS = frozenset(_ENGLISH_STOPWORDS.split()) | frozenset(_KOREAN_STOPWORDS.split())


def comment_words(session: Session, period: Period, top: int = 25) -> Table:
    """The words customers use most in their comments (English and Korean)."""
    counts: Counter[str] = Counter()
    for (comment,) in session.execute(
        select(m.RmaLine.customer_comment)
        .join(m.Rma, m.Rma.id == m.RmaLine.rma_id)
        .where(_rma_range(period), m.RmaLine.customer_comment != "")
    ):
        for word in _WORD.findall(comment.lower()):
            if len(word) > 1 and word not in STOPWORDS:
                counts[word] += 1
    return Table(
        "words", "Words in customer comments", ("Word", "Comments"), tuple(counts.most_common(top))
    )


def dispositions(session: Session, period: Period) -> Table:
    rows = session.execute(
        select(func.coalesce(m.Unit.override_disposition, m.Unit.disposition), func.count())
        .where(m.Unit.decided_at >= period.start, m.Unit.decided_at < period.end)
        .where(m.Unit.status.in_(("DECIDED", "PUT_AWAY")))
        .group_by(func.coalesce(m.Unit.override_disposition, m.Unit.disposition))
    ).all()
    return Table(
        "dispositions",
        "Units by disposition",
        ("Disposition", "Units"),
        tuple(sorted(tuple(r) for r in rows)),
    )


def returns_analytics(warehouse: Warehouse, actor: Actor | None, period: Period) -> list[Table]:
    """Every answer for the period, in the order the page and the report show them."""
    require(actor, Action.EXPORT)
    with explained_errors(), warehouse.sessions() as session:
        costs = load_costs(session)
        rates = return_rates(session, period)
        why = reasons(session, period)
        where = regions_and_channels(session, period)
        return [
            rates[0],
            rates[1],
            dispositions(session, period),
            why[0],
            why[1],
            time_to_return(session, period),
            cost_of_returns(session, period, costs),
            segments(session, period),
            where[0],
            where[1],
            weekly(session, period),
            comment_words(session, period),
        ]
