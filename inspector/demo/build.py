"""The demo warehouse: a seeded, believable 90 days of sales, returns and grading.

The catalog (`catalog`), the orders and RMAs with their parcels (`orders`) and the grading
history (`history`) are filled in that order, through one `Builder`.
"""

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
from inspector.core.errors import InspectorError
from inspector.core.warehouse import DEMO_KEY, Warehouse
from inspector.demo.catalog import reference_data
from inspector.demo.orders import place_orders
from inspector.demo.tracking_numbers import mint

# Orders are placed over the last SPAN days; their returns start a few days after delivery,
# so RMAs, receipts and grading fill about the last SPAN - 10 days. A shorter span packs
# the same number of RMAs into fewer, busier days.
DEFAULT_SPAN_DAYS = 120

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


# (stage, RMAs made so far): "catalog", then "rmas" after each batch of orders, then "chain".
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
        builder = Builder(connection, seed, now, progress or (lambda _s, _n: None), span_days)
        with roomy_cache(connection):
            builder.progress("catalog", 0)
            reference_data(builder, customers=max(1500, rmas * 4 // 5))
            builder.progress("rmas", 0)
            place_orders(builder, rmas)
            builder.progress("chain", rmas)
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


class Builder:
    """What the demo's steps share while they fill the database: the connection, the seeded
    random generators, the next id of each table, the audit chain's head, the summary."""

    # Set by the catalog, read by the orders and the history.
    station_ids: dict[str, int]
    graders: list[int]
    supervisor: int
    dockers: list[int]
    bin_ids: dict[tuple[str, str], list[int]]
    product_category: np.ndarray
    product_rate: np.ndarray
    product_price: np.ndarray
    product_p: np.ndarray
    n_customers: int
    customer_korean: np.ndarray
    customer_mult: np.ndarray
    customer_p: np.ndarray
    day_p: np.ndarray  # set by the orders: how the orders spread over the days

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

    def audit(
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

    def write_events(self) -> None:
        self.insert(m.AuditEvent, AUDIT_COLUMNS, self.events)
        self.events = []

    def close_chain(self) -> None:
        """Write the last events and move the chain's head past them."""
        self.write_events()
        self.c.execute(
            update(m.AuditChain)
            .where(m.AuditChain.id == 1)
            .values(seq=self.chain_seq, last_hash=self.chain_prev)
        )

    def mint(self) -> tuple[str, str]:
        """A tracking number no other parcel of this warehouse has had."""
        while True:
            carrier, number = mint(self.py)
            if number not in self.issued:
                self.issued.add(number)
                return carrier, number

    def next_ids(self, table: str, n: int) -> np.ndarray:
        start = self.ids.get(table, 1)
        self.ids[table] = start + n
        return np.arange(start, start + n)

    def insert(self, model: type[m.Base], columns: tuple[str, ...], rows: list[tuple]) -> None:
        table = model.__table__
        insert_rows(self.c, table, columns, rows)  # type: ignore[arg-type]
        key = table.name  # type: ignore[attr-defined]
        self.summary.counts[key] = self.summary.counts.get(key, 0) + len(rows)
