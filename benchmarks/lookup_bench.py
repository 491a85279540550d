"""Lookup speed at scale: RMA number and tracking number lookups on a large demo warehouse.

    .venv/bin/python benchmarks/lookup_bench.py [--rmas 1000000] [--db URL] [--queries 2000]

Builds (or reuses) a demo warehouse of the given size, then times `lookup()` for random
existing RMA numbers, tracking numbers, USPS barcodes with their 420+ZIP prefix, and codes
that match nothing (the worst case: every kind of number is tried), and the search page's
`search()` for a prefix and for a part from inside a number (a scan of the indexes).
The baseline, measured in the same run on the same database, is a bare primary-key fetch
of one RMA row through SQLAlchemy: the ratio says what a lookup adds on top of the cheapest
possible query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.measure import percentile, timed  # noqa: E402
from db import models as m  # noqa: E402
from inspector.core.warehouse import open_warehouse, rma_count  # noqa: E402
from inspector.demo.build import build_demo  # noqa: E402
from inspector.receiving.lookup import lookup, search  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rmas", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: a file under benchmarks/.data)")
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(__file__).parent / '.data' / f'demo-{args.rmas}.db'}"
    warehouse = open_warehouse(url)
    held = rma_count(warehouse)
    if held == 0:
        start = time.perf_counter()
        build_demo(warehouse, args.rmas, seed=1, now=dt.datetime(2026, 11, 26, 17))
        print(f"built {args.rmas:,} RMAs in {time.perf_counter() - start:.0f} s")
    elif held != args.rmas:
        print(f"{url} holds {held:,} RMAs, not {args.rmas:,}; use another --db", file=sys.stderr)
        return 1
    rng = random.Random(42)
    with warehouse.sessions() as session:
        top = session.scalar(select(func.max(m.Rma.id)))
        ids = [rng.randrange(1, top + 1) for _ in range(args.queries)]
        rmas = session.execute(select(m.Rma.id, m.Rma.rma_number).where(m.Rma.id.in_(ids))).all()
        numbers = [n for _, n in rmas]
        trackings = session.scalars(
            select(m.RmaTracking.tracking_number).where(m.RmaTracking.rma_id.in_(ids))
        ).all()
        usps = session.scalars(
            select(m.RmaTracking.tracking_number).where(
                m.RmaTracking.rma_id.in_(ids), m.RmaTracking.carrier == "USPS"
            )
        ).all()

    def baseline(rma_id: int) -> None:
        with warehouse.sessions() as s:
            s.get(m.Rma, rma_id)

    rows = [
        ("baseline: one RMA row by primary key", timed(baseline, [i for i, _ in rmas])),
        ("lookup by RMA number", timed(lambda c: lookup(warehouse, c), numbers)),
        ("lookup by tracking number", timed(lambda c: lookup(warehouse, c), trackings)),
        (
            "lookup by USPS barcode (420+ZIP prefix)",
            timed(lambda c: lookup(warehouse, c), ["42090210" + u for u in usps]),
        ),
        (
            "lookup of a code that matches nothing",
            timed(
                lambda c: lookup(warehouse, c),
                [f"1Z{rng.randrange(10**15):015d}X" for _ in range(args.queries // 4)],
            ),
        ),
        (
            "search: first 9 characters of an RMA number (prefix)",
            timed(lambda c: search(warehouse, c), [n[:9] for n in numbers[:50]]),
        ),
        (
            "search: 8 characters from inside a tracking number",
            timed(lambda c: search(warehouse, c), [t[4:12] for t in trackings[:20]]),
        ),
    ]
    base = statistics.median(rows[0][1])
    print(
        f"\n{warehouse.describe()}: {rma_count(warehouse):,} RMAs; "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print("| query | n | median ms | p99 ms | median / baseline |")
    print("|---|---:|---:|---:|---:|")
    for name, times in rows:
        med = statistics.median(times)
        print(
            f"| {name} | {len(times)} | {med:.2f} | {percentile(times, 0.99):.2f} | "
            f"{med / base:.1f}x |"
        )
    warehouse.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
