"""The demo warehouse: a seeded, believable 90 days of sales, returns and grading."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection, func, insert, select, text, update

from db import models as m
from db.bulk import insert_rows, reset_sequences, roomy_cache
from db.chain import event_hash
from db.engine import explained_errors
from inspector.core.check_digits import gtin_check_digit
from inspector.core.errors import InspectorError
from inspector.core.warehouse import DEMO_KEY, Warehouse
from inspector.demo import words as cat
from inspector.demo.tracking_numbers import mint
from inspector.grading.bins import read_bin_map
from inspector.grading.unit_codes import make_unit_code
from inspector.people.pins import hash_pin
from inspector.rmas.rma_numbers import make_rma_number

# Orders are placed over the last SPAN days; their returns start a few days after delivery,
# so RMAs, receipts and grading fill about the last SPAN - 10 days. A shorter span packs
# the same number of RMAs into fewer, busier days.
DEFAULT_SPAN_DAYS = 120
RETURN_WINDOW_DAYS = 30
BATCH_ORDERS = 20_000

AUDIT_COLUMNS = (
    "seq",
    "at",
    "operator_id",
    "station_id",
    "action",
    "entity_type",
    "entity_id",
    "rma_number",
    "before",
    "after",
    "prev_hash",
    "hash",
)
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
GRADES = ("A", "B", "C", "D")
DISPOSITION_OF_GRADE = ("RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE")
# How units come back, by what the customer said: probabilities of grades A..D.
GRADE_MIX = {
    "DEFECTIVE": (0.15, 0.10, 0.45, 0.30),
    "NOT_AS_DESCRIBED": (0.35, 0.30, 0.25, 0.10),
    "WRONG_ITEM": (0.60, 0.25, 0.10, 0.05),
    "OTHER": (0.40, 0.30, 0.20, 0.10),
    "UNKNOWN": (0.40, 0.30, 0.20, 0.10),
}
REMORSE_GRADES = (0.58, 0.28, 0.10, 0.04)  # size, style, colour, unwanted
REASON_WORDS = (
    "like new, all parts present",
    "opened, light handling marks; new packaging needed",
    "wear or a fault that a repair or cleaning can fix",
    "damaged beyond repair or unsafe",
)


@dataclass
class DemoSummary:
    products: int = 0
    customers: int = 0
    orders: int = 0
    order_lines: int = 0
    rmas: int = 0
    parcels: int = 0
    units: int = 0
    unknown_parcels: int = 0
    counts: dict[str, int] = field(default_factory=dict)


Progress = Callable[[str, int], None]


def build_demo(
    warehouse: Warehouse,
    rmas: int,
    seed: int = 1,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    span_days: int = DEFAULT_SPAN_DAYS,
) -> DemoSummary:
    """Fill an empty database with `rmas` RMAs and their history up to `now`."""
    if rmas < 1:
        raise InspectorError("--rmas must be at least 1")
    if not 30 <= span_days <= 730:
        raise InspectorError("--days must be between 30 and 730")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with explained_errors(), warehouse.engine.begin() as connection:
        held = {
            model.__tablename__: connection.execute(
                select(func.count()).select_from(model.__table__)
            ).scalar()
            for model in (m.Rma, m.Product, m.Operator, m.Station)
        }
        if any(held.values()):
            what = ", ".join(f"{n} {table}" for table, n in held.items() if n)
            raise InspectorError(
                f"this database already holds {what}; the demo fills only an empty database "
                "(use another --db)"
            )
        builder = _Builder(connection, seed, now, progress or (lambda _s, _n: None), span_days)
        with roomy_cache(connection):
            builder.reference_data(customers=max(1500, rmas * 4 // 5))
            builder.history(rmas)
            builder.close_chain()
            connection.execute(
                insert(m.Setting).values(key=DEMO_KEY, value={"demo": True, "seed": seed})
            )
        reset_sequences(connection, m.Base.metadata.sorted_tables)
    if warehouse.engine.dialect.name == "postgresql":
        # After a bulk load PostgreSQL plans without statistics until autovacuum gathers
        # them; a warehouse that has been running has them, so gather them now.
        with explained_errors(), warehouse.engine.begin() as connection:
            for table in m.Base.metadata.sorted_tables:
                connection.execute(text(f"ANALYZE {table.name}"))
    _count_analytics_days(warehouse, now.date())
    return builder.summary


def _count_analytics_days(warehouse: Warehouse, today: dt.date) -> None:
    """Count and keep the analytics of every closed day of the history (about 0.8 s a day at
    a million RMAs), as a nightly report keeps them on a real warehouse: the Supervisor's
    analytics then open at once."""
    from inspector.reports.day_facts import facts_of_days

    with explained_errors(), warehouse.sessions.begin() as session:
        first = session.scalar(select(func.min(m.Order.placed_on)))
        if first is None:
            return
        days = [first + dt.timedelta(days=i) for i in range((today - first).days)]
        facts_of_days(session, days, today)


class _Builder:
    def __init__(
        self, connection: Connection, seed: int, now: dt.datetime, progress: Progress, span: int
    ) -> None:
        self.c = connection
        self.span = span
        self.np = np.random.default_rng(seed)
        self.py = random.Random(seed)
        self.now = now
        self.today = now.date()
        self.progress = progress
        self.summary = DemoSummary()
        self.ids: dict[str, int] = {}
        self.issued: set[str] = set()
        head = connection.execute(select(m.AuditChain.seq, m.AuditChain.last_hash)).one()
        self.chain_seq, self.chain_prev = head
        self.events: list[tuple] = []
        self.first_day = self.today - dt.timedelta(days=self.span - 1)
        self.days = [self.first_day + dt.timedelta(days=d) for d in range(self.span + 60)]

    def _audit(
        self,
        at: dt.datetime,
        operator_id: int,
        station_id: int,
        action: str,
        entity_type: str,
        entity_id: str,
        rma_number: str,
        before: dict | None,
        after: dict | None,
    ) -> None:
        """Queue one history event, chained after the one before (written per batch)."""
        self.chain_seq += 1
        digest = event_hash(
            seq=self.chain_seq,
            at=at,
            operator_id=operator_id,
            station_id=station_id,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            rma_number=rma_number,
            before=before,
            after=after,
            prev_hash=self.chain_prev,
        )
        self.events.append(
            (
                self.chain_seq,
                at,
                operator_id,
                station_id,
                action,
                entity_type,
                entity_id,
                rma_number,
                before,
                after,
                self.chain_prev,
                digest,
            )
        )
        self.chain_prev = digest

    def _write_events(self) -> None:
        self._insert(m.AuditEvent, AUDIT_COLUMNS, self.events)
        self.events = []

    def close_chain(self) -> None:
        """Write the last events and move the chain's head past them."""
        self._write_events()
        self.c.execute(
            update(m.AuditChain)
            .where(m.AuditChain.id == 1)
            .values(seq=self.chain_seq, last_hash=self.chain_prev)
        )

    def _mint(self) -> tuple[str, str]:
        """A tracking number no other parcel of this warehouse has had."""
        while True:
            carrier, number = mint(self.py)
            if number not in self.issued:
                self.issued.add(number)
                return carrier, number

    def _next_ids(self, table: str, n: int) -> np.ndarray:
        start = self.ids.get(table, 1)
        self.ids[table] = start + n
        return np.arange(start, start + n)

    def _insert(self, model: type[m.Base], columns: tuple[str, ...], rows: list[tuple]) -> None:
        table = model.__table__
        insert_rows(self.c, table, columns, rows)  # type: ignore[arg-type]
        key = table.name  # type: ignore[attr-defined]
        self.summary.counts[key] = self.summary.counts.get(key, 0) + len(rows)

    # -- reference data -------------------------------------------------------------

    def reference_data(self, customers: int) -> None:
        created = self.now - dt.timedelta(days=self.span)
        self._insert(
            m.Station,
            ("id", "name", "created_at"),
            [(i + 1, name, created) for i, name in enumerate(cat.STATIONS)],
        )
        self.station_ids = {name: i + 1 for i, name in enumerate(cat.STATIONS)}
        self._insert(
            m.Operator,
            (
                "id",
                "login",
                "display_name",
                "pin_hash",
                "badge_code",
                "active",
                "failed_pins",
                "created_at",
            ),
            [
                (i + 1, o[0], o[1], hash_pin(o[3]), o[4], True, 0, created)
                for i, o in enumerate(cat.OPERATORS)
            ],
        )
        self._insert(
            m.OperatorRole,
            ("operator_id", "role"),
            [(i + 1, role) for i, o in enumerate(cat.OPERATORS) for role in o[2]],
        )
        self.graders = [i + 1 for i, o in enumerate(cat.OPERATORS) if "grader" in o[2]]
        self.supervisor = next(i + 1 for i, o in enumerate(cat.OPERATORS) if "supervisor" in o[2])
        self.dockers = [i + 1 for i, o in enumerate(cat.OPERATORS) if "dock" in o[2]]
        self._bins()
        self._products()
        self._customers(customers)

    def _bins(self) -> None:
        """The shipped bin map's bins."""
        rows: list[tuple] = []
        self.bin_ids: dict[tuple[str, str], list[int]] = {}
        for (disposition, category), codes in read_bin_map().codes.items():
            for code in codes:
                bin_id = len(rows) + 1
                rows.append((bin_id, code, disposition, category, "", True))
                self.bin_ids.setdefault((disposition, category), []).append(bin_id)
        self._insert(
            m.Bin, ("id", "code", "disposition", "category", "description", "active"), rows
        )

    def _products(self) -> None:
        rows: list[tuple] = []
        category_idx, rate, price = [], [], []
        for c_idx, (category, count, (low, high), prefix) in enumerate(cat.CATEGORY_PLAN):
            for k in range(count):
                brand = self.py.choice(cat.BRANDS[category])
                item, desc = self.py.choice(cat.ITEMS[category])
                colour = self.py.choice(cat.COLOURS)
                name = f"{brand} {item}, {colour}"
                if category == "apparel":
                    name += f", {self.py.choice(cat.APPAREL_SIZES)}"
                elif category == "footwear":
                    name += f", US {self.py.choice(cat.SHOE_SIZES)}"
                cents = int(round(np.exp(self.py.uniform(np.log(low), np.log(high))))) * 100 - 1
                cost = int(cents * self.py.uniform(0.35, 0.6))
                body = f"0{self.py.randrange(10000, 99999)}{self.py.randrange(10000, 99999)}"
                upc = body + gtin_check_digit(body)
                pid = len(rows) + 1
                rows.append(
                    (pid, f"{prefix}-{1000 + k:05d}", name, desc, category, upc, cost, cents)
                )
                category_idx.append(c_idx)
                # A few products come back far more often than their category: they are
                # what the analytics should point at.
                outlier = 1.9 if self.py.random() < 0.06 else 1.0
                rate.append(cat.RETURN_RATE[category] * outlier * self.py.uniform(0.7, 1.3))
                price.append(cents)
        self._insert(
            m.Product,
            (
                "id",
                "sku",
                "name",
                "description",
                "category",
                "upc",
                "unit_cost_cents",
                "price_cents",
            ),
            rows,
        )
        n = len(rows)
        self.summary.products = n
        self.product_category = np.array(category_idx)
        self.product_rate = np.array(rate)
        self.product_price = np.array(price)
        popularity = 1.0 / np.arange(1, n + 1) ** 0.8
        self.np.shuffle(popularity)
        self.product_p = popularity / popularity.sum()

    def _customers(self, count: int) -> None:
        self.n_customers = count
        weights = np.array([r[3] for r in cat.REGIONS], dtype=float)
        region = self.np.choice(len(cat.REGIONS), self.n_customers, p=weights / weights.sum())
        rows = []
        for i in range(self.n_customers):
            country, name, prefix, _w = cat.REGIONS[region[i]]
            postal = prefix + f"{self.py.randrange(10000):04d}"
            rows.append(
                (
                    i + 1,
                    f"C{100000 + i}",
                    f"customer{100000 + i}@example.com",
                    country,
                    name,
                    postal,
                )
            )
        self._insert(
            m.Customer, ("id", "external_id", "email", "country", "region", "postal_code"), rows
        )
        self.summary.customers = self.n_customers
        self.customer_korean = np.array([cat.REGIONS[r][0] == "KR" for r in region])
        # Return behaviour differs by person: most rarely return, a few return a lot.
        mult = self.np.lognormal(0.0, 0.6, self.n_customers)
        self.customer_mult = mult / mult.mean()
        activity = self.np.lognormal(0.0, 1.0, self.n_customers)
        self.customer_p = activity / activity.sum()

    # -- sales and returns ----------------------------------------------------------

    def history(self, wanted: int) -> None:
        day = np.arange(self.span)
        weekday = np.array([(self.first_day + dt.timedelta(days=int(d))).weekday() for d in day])
        day_w = 1.0 + 0.35 * (weekday >= 5) + 0.15 * (weekday == 0) + day / self.span * 0.4
        self.day_p = day_w / day_w.sum()
        made = 0
        while made < wanted:
            made += self._order_batch(wanted - made)
            self.progress("rmas", made)
        self._unknown_parcels(max(1, wanted // 200))
        self.summary.rmas = made

    def _order_batch(self, still_wanted: int) -> int:
        g = self.np
        n = BATCH_ORDERS
        cust = g.choice(self.n_customers, n, p=self.customer_p)
        channel = g.choice(3, n, p=[0.6, 0.3, 0.1])
        placed = g.choice(self.span, n, p=self.day_p)
        delivered = placed + np.where(channel == 2, 0, g.integers(2, 7, n))
        nlines = g.choice([1, 2, 3, 4], n, p=[0.5, 0.28, 0.15, 0.07])
        order_of_line = np.repeat(np.arange(n), nlines)
        product = g.choice(len(self.product_p), len(order_of_line), p=self.product_p)
        # One line per product in an order.
        _, first = np.unique(order_of_line * 100_000 + product, return_index=True)
        first.sort()
        order_of_line, product = order_of_line[first], product[first]
        qty = 1 + (g.random(len(product)) < 0.08)
        p_return = self.product_rate[product] * self.customer_mult[cust[order_of_line]]
        returned = g.random(len(product)) < np.minimum(p_return, 0.9)
        lag = 1 + np.minimum(g.gamma(2.0, 4.0, n).astype(int), 44)
        created = delivered + lag
        has_return = np.bincount(order_of_line[returned], minlength=n) > 0
        has_rma = has_return & (created < self.span)
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
        order_ids = self._next_ids("orders", n)
        prefix = np.array(["WEB-", "MKT-", "POS-"])[channel]
        channels = np.array(["web", "marketplace", "store"])[channel]
        days = self.days
        self._insert(
            m.Order,
            ("id", "order_number", "customer_id", "channel", "placed_on", "delivered_on"),
            [
                (int(i), f"{p}{1_000_000 + int(i)}", int(c) + 1, ch, days[pl], days[dv])
                for i, p, c, ch, pl, dv in zip(
                    order_ids, prefix, cust, channels, placed, delivered, strict=True
                )
            ],
        )
        line_ids = self._next_ids("order_lines", len(product))
        price = self.product_price[product]
        self._insert(
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
        self.summary.orders += n
        self.summary.order_lines += len(product)
        rma_orders = np.flatnonzero(has_rma)
        rma_lines = returned & has_rma[order_of_line]
        self._returns(
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
        self,
        rma_orders: np.ndarray,
        order_ids: np.ndarray,
        cust: np.ndarray,
        delivered: np.ndarray,
        created: np.ndarray,
        line_order: np.ndarray,
        line_product: np.ndarray,
        line_qty: np.ndarray,
    ) -> None:
        g, py, days = self.np, self.py, self.days
        k = len(rma_orders)
        rma_ids = self._next_ids("rmas", k)
        rma_of_order = np.full(len(order_ids), -1)
        rma_of_order[rma_orders] = np.arange(k)
        # Parcels: most arrive 2-7 days after the return was opened, a few never do.
        transit = g.integers(2, 8, k)
        arrival_day = created[rma_orders] + transit
        minutes = g.integers(7 * 60, 17 * 60, k)
        arrives = (g.random(k) > 0.04) & (arrival_day <= self.span - 1)
        received_at = [
            dt.datetime.combine(days[d], dt.time()) + dt.timedelta(minutes=int(mi))
            for d, mi in zip(arrival_day, minutes, strict=True)
        ]
        arrives &= np.array([r <= self.now for r in received_at])
        # Grading waits a few hours (longer over night); the newest parcels are the backlog.
        wait_h = g.exponential(7.0, k) + 0.3
        decided_at = [
            r + dt.timedelta(hours=float(w)) for r, w in zip(received_at, wait_h, strict=True)
        ]
        graded = arrives & np.array([d <= self.now for d in decided_at])

        status = np.where(graded, "COMPLETE", np.where(arrives, "RECEIVED", "OPEN"))
        rma_rows, tracking_rows, parcel_rows = [], [], []
        first_tracking = []
        for j in range(k):
            o = rma_orders[j]
            rma_id = int(rma_ids[j])
            deadline = days[delivered[o]] + dt.timedelta(days=RETURN_WINDOW_DAYS)
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
                carrier, number = self._mint()
                tracking_rows.append((rma_id, number, carrier))
                if t == 0:
                    first_tracking.append(number)
        self._insert(
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
        t_ids = self._next_ids("rma_trackings", len(tracking_rows))
        self._insert(
            m.RmaTracking,
            ("id", "rma_id", "tracking_number", "carrier"),
            [(int(i), *row) for i, row in zip(t_ids, tracking_rows, strict=True)],
        )
        arrived = np.flatnonzero(arrives)
        parcel_ids = self._next_ids("parcels", len(arrived))
        parcel_of_rma = np.full(k, -1)
        parcel_of_rma[arrived] = parcel_ids
        docks = self.dockers
        for arrived_j, pid in zip(arrived.tolist(), parcel_ids.tolist(), strict=True):
            station = self.station_ids[py.choice(("DOCK-1", "DOCK-2"))]
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
            self._audit(
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
        self._insert(
            m.Parcel,
            PARCEL_COLUMNS,
            parcel_rows,
        )
        self.summary.parcels += len(parcel_rows)
        self._rma_lines_and_units(
            rma_of_order[line_order],
            rma_ids,
            line_product,
            line_qty,
            cust,
            rma_orders,
            graded,
            parcel_of_rma,
            decided_at,
            created,
            delivered,
            [row[1] for row in rma_rows],
        )
        self._write_events()

    def _rma_lines_and_units(
        self,
        rma_idx: np.ndarray,
        rma_ids: np.ndarray,
        product: np.ndarray,
        qty: np.ndarray,
        cust: np.ndarray,
        rma_orders: np.ndarray,
        graded: np.ndarray,
        parcel_of_rma: np.ndarray,
        decided_at: list[dt.datetime],
        created: np.ndarray,
        delivered: np.ndarray,
        rma_numbers: list[str],
    ) -> None:
        g, py = self.np, self.py
        n = len(product)
        line_ids = self._next_ids("rma_lines", n)
        category = self.product_category[product]
        reasons, comments = [], []
        for i in range(n):
            cat_name = cat.CATEGORY_PLAN[category[i]][0]
            mix = cat.REASON_MIX[cat_name]
            reason = py.choices([r for r, _ in mix], weights=[w for _, w in mix])[0]
            korean = self.customer_korean[cust[rma_orders[rma_idx[i]]]]
            source = cat.COMMENTS_KO if korean else cat.COMMENTS
            reasons.append(reason)
            comments.append(py.choice(source[reason]))
        self._insert(
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
        # Units: one per returned piece of every line whose parcel has been graded.
        unit_line = np.repeat(np.arange(n), qty)
        unit_line = unit_line[graded[rma_idx[unit_line]]]
        u = len(unit_line)
        unit_ids = self._next_ids("units", u)
        roll = g.random(u)
        rows: list[tuple] = []
        stations = [self.station_ids[s] for s in cat.STATIONS if s.startswith("BENCH")]
        slot_of: dict[int, int] = {}
        for x in range(u):
            line = unit_line[x]
            slot_of[line] = slot = slot_of.get(line, 0) + 1
            j = rma_idx[line]
            reason = reasons[line]
            grade_i = _grade_of(reason, float(roll[x]))
            category_name = cat.CATEGORY_PLAN[category[line]][0]
            disposition = DISPOSITION_OF_GRADE[grade_i]
            flags = []
            if reason == "DEFECTIVE" and grade_i == 0:
                flags.append("REASON_MISMATCH")
            if reason == "WRONG_ITEM" and py.random() < 0.3:
                flags.append("WRONG_ITEM")
            if category_name == "electronics" and grade_i >= 2 and py.random() < 0.35:
                flags.append("MISSING_PARTS")
            if category_name == "electronics" and grade_i == 3 and py.random() < 0.05:
                flags.append("HAZARD")
            o = rma_orders[j]
            if created[o] > delivered[o] + RETURN_WINDOW_DAYS:
                flags.append("OUTSIDE_WINDOW")
            refund = (
                "FULL"
                if grade_i <= 1 or reason in ("DEFECTIVE", "WRONG_ITEM")
                else ("PARTIAL" if grade_i == 2 else "NONE")
            )
            decided = decided_at[j] + dt.timedelta(minutes=3 * int(x % 4))
            started = decided - dt.timedelta(seconds=py.randrange(70, 420))
            put_away = decided + dt.timedelta(minutes=py.randrange(5, 40))
            is_put = put_away <= self.now
            unit_id = int(unit_ids[x])
            code = make_unit_code(unit_id)
            grader, station = py.choice(self.graders), py.choice(stations)
            bin_id = py.choice(self.bin_ids[(disposition, category_name)])
            self._audit(
                decided,
                grader,
                station,
                "unit_decided",
                "unit",
                code,
                rma_numbers[j],
                None,
                {
                    "grade": GRADES[grade_i],
                    "disposition": disposition,
                    "flags": flags,
                    "refund": refund,
                },
            )
            override_by = override_to = override_reason = None
            if py.random() < 0.02:
                override_by = self.supervisor
                override_to = DISPOSITION_OF_GRADE[max(0, grade_i - 1)]
                override_reason = "Supervisor checked it again: better than graded"
                self._audit(
                    decided + dt.timedelta(minutes=2),
                    override_by,
                    station,
                    "disposition_overridden",
                    "unit",
                    code,
                    rma_numbers[j],
                    {"disposition": disposition},
                    {"disposition": override_to, "reason": override_reason},
                )
                disposition = override_to
                bin_id = py.choice(self.bin_ids[(disposition, category_name)])
            rows.append(
                (
                    unit_id,
                    code,
                    int(parcel_of_rma[j]),
                    int(line_ids[line]),
                    slot,
                    int(product[line]) + 1,
                    "PUT_AWAY" if is_put else "DECIDED",
                    {},
                    GRADES[grade_i],
                    disposition,
                    "demo-history",
                    REASON_WORDS[grade_i],
                    flags,
                    refund,
                    bin_id,
                    grader,
                    station,
                    started,
                    decided,
                    override_by,
                    override_to,
                    override_reason,
                    put_away if is_put else None,
                )
            )
        self._insert(
            m.Unit,
            (
                "id",
                "unit_code",
                "parcel_id",
                "rma_line_id",
                "slot",
                "product_id",
                "status",
                "answers",
                "grade",
                "disposition",
                "rule",
                "reason",
                "flags",
                "refund",
                "bin_id",
                "grader_id",
                "station_id",
                "started_at",
                "decided_at",
                "override_by_id",
                "override_disposition",
                "override_reason",
                "put_away_at",
            ),
            rows,
        )
        self.summary.units += u

    def _unknown_parcels(self, count: int) -> None:
        ids = self._next_ids("parcels", count)
        rows: list[tuple] = []
        for pid in ids:
            _carrier, number = self._mint()
            at = self.now - dt.timedelta(minutes=self.py.randrange(10, 60 * 24 * 20))
            rows.append(
                (
                    int(pid),
                    number,
                    None,
                    "UNKNOWN",
                    at,
                    self.station_ids["DOCK-1"],
                    self.dockers[0],
                    "label matched no RMA",
                )
            )
        self._insert(
            m.Parcel,
            PARCEL_COLUMNS,
            rows,
        )
        self.summary.unknown_parcels = count


_GRADE_CUTS = {
    reason: tuple(sum(probs[: i + 1]) for i in range(3))
    for reason, probs in [*GRADE_MIX.items(), ("", REMORSE_GRADES)]
}


def _grade_of(reason: str, roll: float) -> int:
    """The grade index (A=0 .. D=3) that a uniform roll in [0, 1) falls on for a reason."""
    cuts = _GRADE_CUTS.get(reason, _GRADE_CUTS[""])
    return sum(1 for cut in cuts if roll >= cut)
