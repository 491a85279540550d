"""Returns analytics: the questions the business asks of returns, answered for a period from
the sums of its days (inspector/day_facts.py). Each answer is a small table (rows of plain
values) that the Supervisor page draws and `inspector report` prints.

Orders placed in the period give the units sold; RMAs created in it the units returned,
their reasons, time to return, regions, channels, segments, words and weeks; units decided
in it the dispositions and the cost. A return rate is units returned in the period over
units sold in it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Action, Actor, require
from inspector.reports.day_facts import DELIVERY_BANDS, SEGMENTS, facts_of_days
from inspector.reports.disposition_log import Period

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
    note_values: tuple[float, ...] = ()  # the figures in the note, for a translated note


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


def _merge(days: list[dict]) -> dict[str, Any]:
    total: dict[str, Any] = {"rmas": 0, "product_reasons": {}, "product_flags": {}, "cost": {}}
    for facts in days:
        total["rmas"] += facts.get("rmas", 0)
        for key, value in facts.items():
            if key in ("rmas", "version"):
                continue
            if key in ("product_reasons", "product_flags"):
                for product, counts in value.items():
                    target = total[key].setdefault(product, Counter())
                    target.update(counts)
            elif key == "cost":
                for disposition, numbers in value.items():
                    sums = total["cost"].setdefault(disposition, [0, 0, 0])
                    for i, n in enumerate(numbers):
                        sums[i] += n
            else:
                total.setdefault(key, Counter()).update(value)
    return total


def _top(per_product: dict[str, Counter[str]], product: int) -> str:
    return ", ".join(k for k, _n in per_product.get(str(product), Counter()).most_common(2))


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def return_rates(session: Session, facts: dict[str, Any]) -> tuple[Table, Table]:
    """Units returned of units sold, per category and for products above the average."""
    sold, returned = facts.get("sold", Counter()), facts.get("returned", Counter())
    ids = {int(p) for p in (*sold, *returned)}
    products = (
        {str(p.id): p for p in session.scalars(select(m.Product).where(m.Product.id.in_(ids)))}
        if ids
        else {}
    )
    by_category: dict[str, list[int]] = {}
    for pid, product in products.items():
        totals = by_category.setdefault(product.category, [0, 0])
        totals[0] += int(sold.get(pid, 0))
        totals[1] += int(returned.get(pid, 0))
    all_sold = sum(s for s, _r in by_category.values())
    all_returned = sum(r for _s, r in by_category.values())
    average = all_returned / all_sold if all_sold else 0.0
    category_rows = tuple(
        (category, s, r, _share(r, s)) for category, (s, r) in sorted(by_category.items()) if s or r
    )
    above = sorted(
        (
            (products[pid], int(s), int(returned.get(pid, 0)))
            for pid, s in sold.items()
            if pid in products and s >= 5 and returned.get(pid, 0) / s > average
        ),
        key=lambda row: (-row[2] / row[1], row[0].sku),
    )[:25]
    product_rows = tuple(
        (
            p.sku,
            p.name,
            p.category,
            s,
            r,
            _share(r, s),
            _top(facts["product_reasons"], p.id),
            _top(facts["product_flags"], p.id),
        )
        for p, s, r in above
    )
    return (
        Table(
            "rate_by_category",
            "Return rate by category",
            ("Category", "Units sold", "Units returned", "Return rate"),
            category_rows,
            f"all categories: {average:.1%}",
            (average,),
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
                "Top flags",
            ),
            product_rows,
            "products with at least 5 units sold",
        ),
    )


def reasons(facts: dict[str, Any]) -> tuple[Table, Table]:
    """Why customers return, and where the unit's condition says otherwise."""
    why = facts.get("reasons", Counter())
    total = sum(why.values())
    graded = facts.get("graded_reason", Counter())
    mismatched = facts.get("mismatch_reason", Counter())
    return (
        Table(
            "reasons",
            "Return reasons",
            ("Reason", "Units", "Share"),
            tuple(
                (r, n, _share(n, total))
                for r, n in sorted(why.items(), key=lambda x: (-x[1], x[0]))
            ),
        ),
        Table(
            "reason_mismatch",
            "Reason against condition",
            ("Reason", "Units graded", "Condition says otherwise", "Share"),
            tuple(
                (r, graded[r], mismatched.get(r, 0), _share(mismatched.get(r, 0), graded[r]))
                for r in sorted(graded, key=lambda x: (-mismatched.get(x, 0), x))
            ),
            "units flagged REASON_MISMATCH: a defect claimed on a like-new unit, say",
        ),
    )


def time_to_return(facts: dict[str, Any]) -> Table:
    delivery = facts.get("delivery", Counter())
    total = sum(delivery.values())
    bands = [f"{lo}-{hi}" if hi is not None else f"{lo}+" for lo, hi in DELIVERY_BANDS]
    return Table(
        "time_to_return",
        "Days from delivery to return",
        ("Days", "RMAs", "Share"),
        tuple(
            (band, delivery.get(band, 0), _share(delivery.get(band, 0), total)) for band in bands
        ),
    )


def cost_of_returns(facts: dict[str, Any], costs: Costs) -> Table:
    """What the units decided in the period cost, and what they bring back, by disposition."""
    rows = []
    for disposition, (units, seconds, cents) in sorted(facts.get("cost", {}).items()):
        hours = seconds / 3600
        cost = units * costs.return_shipping + hours * costs.handling_per_hour
        if disposition == "REFURBISH":
            cost += units * costs.refurbish
        if disposition == "DISPOSE":
            cost += units * costs.disposal
        value = cents / 100 * costs.recovered.get(disposition, 0.0)
        minutes = round(seconds / 60 / units, 1) if units else 0.0
        rows.append(
            (disposition, units, minutes, round(cost, 2), round(value, 2), round(value - cost, 2))
        )
    return Table(
        "cost",
        "Cost of returns",
        ("Disposition", "Units", "Minutes at the bench (avg)", "Cost", "Value recovered", "Net"),
        tuple(rows),
        f"shipping {costs.return_shipping:.2f}, bench hour {costs.handling_per_hour:.2f}, "
        f"refurbishing {costs.refurbish:.2f}, disposal {costs.disposal:.2f} per unit",
        (costs.return_shipping, costs.handling_per_hour, costs.refurbish, costs.disposal),
    )


def segments(facts: dict[str, Any]) -> Table:
    """RMAs by how many returns the customer had made by then."""
    counts = facts.get("segments", Counter())
    total = sum(counts.values())
    return Table(
        "segments",
        "Customers by return behaviour",
        ("Segment", "RMAs", "Share of RMAs"),
        tuple((band, counts.get(band, 0), _share(counts.get(band, 0), total)) for band in SEGMENTS),
        "each RMA by how many RMAs its customer had made up to it",
    )


def regions_and_channels(facts: dict[str, Any]) -> tuple[Table, Table]:
    def ranked(counter: Counter) -> tuple:
        return tuple(sorted(counter.items(), key=lambda x: (-x[1], x[0])))

    return (
        Table(
            "regions",
            "RMAs by customer region",
            ("Region", "RMAs"),
            ranked(facts.get("regions", Counter()))[:15],
        ),
        Table(
            "channels",
            "RMAs by sales channel",
            ("Channel", "RMAs"),
            ranked(facts.get("channels", Counter())),
        ),
    )


def weekly(days: list[dt.date], facts: list[dict], year_before: list[dict]) -> Table:
    """RMAs started per ISO week, beside the same week a year before."""
    counts: Counter[tuple[int, int]] = Counter()
    last_year: Counter[tuple[int, int]] = Counter()
    for day, now, then in zip(days, facts, year_before, strict=True):
        week = day.isocalendar()[:2]
        counts[week] += now.get("rmas", 0)
        last_year[week] += then.get("rmas", 0)
    return Table(
        "weekly",
        "RMAs per week",
        ("Week", "RMAs", "Same week a year before"),
        tuple((f"{y}-W{w:02d}", counts[(y, w)], last_year[(y, w)]) for y, w in sorted(counts)),
        "the seasonal pattern: this year's weeks beside last year's",
    )


def comment_words(facts: dict[str, Any], top: int = 25) -> Table:
    words = facts.get("words", Counter())
    return Table(
        "words",
        "Words in customer comments",
        ("Word", "Comments"),
        tuple(sorted(words.items(), key=lambda x: (-x[1], x[0]))[:top]),
    )


def dispositions(facts: dict[str, Any]) -> Table:
    counts = facts.get("dispositions", Counter())
    return Table(
        "dispositions",
        "Units by disposition",
        ("Disposition", "Units"),
        tuple(sorted(counts.items())),
    )


def returns_analytics(
    warehouse: Warehouse, actor: Actor | None, period: Period, today: dt.date | None = None
) -> list[Table]:
    """Every answer for the period, in the order the page and the report show them."""
    from inspector.reports.policy_exceptions import policy_exceptions  # it builds a Table

    require(actor, Action.EXPORT)
    today = today or dt.date.today()
    days = [
        period.date_from + dt.timedelta(days=i)
        for i in range((period.date_to - period.date_from).days + 1)
    ]
    with explained_errors(), warehouse.sessions.begin() as session:
        costs = load_costs(session)
        per_day = facts_of_days(session, days, today)
        year_before = facts_of_days(session, [d - dt.timedelta(days=364) for d in days], today)
        facts = _merge(per_day)
        rates = return_rates(session, facts)
        exceptions = policy_exceptions(session, period.date_from, period.date_to)
    why = reasons(facts)
    where = regions_and_channels(facts)
    return [
        rates[0],
        rates[1],
        dispositions(facts),
        why[0],
        why[1],
        time_to_return(facts),
        cost_of_returns(facts, costs),
        segments(facts),
        where[0],
        where[1],
        weekly(days, per_day, year_before),
        comment_words(facts),
        exceptions,
    ]
