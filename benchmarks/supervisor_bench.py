"""The supervisor at scale: exporting the busiest day's disposition log, and counting the
returns analytics, on the 1 M-RMA demo warehouse.

    .venv/bin/python benchmarks/supervisor_bench.py [--db URL] [--days 28]

Build a warehouse whose busiest day has about 20,000 units with
`inspector --db sqlite:///benchmarks/.data/demo-1000000-70d.db demo --rmas 1000000 --days 70`.
The baseline, from the same run, is reading the day's log rows without writing them.
Give `--db postgresql://...` for the same on PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete, func, select  # noqa: E402

from db import models as m  # noqa: E402
from inspector.analytics import returns_analytics  # noqa: E402
from inspector.disposition_log import Period, log_rows  # noqa: E402
from inspector.exports import export_log  # noqa: E402
from inspector.operators import sign_in_with_pin  # noqa: E402
from inspector.warehouse import open_warehouse, rma_count  # noqa: E402


def timed(fn) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", default=f"sqlite:///{Path(__file__).parent / '.data' / 'demo-1000000-70d.db'}"
    )
    parser.add_argument("--days", type=int, default=28, help="the analytics period")
    args = parser.parse_args()
    warehouse = open_warehouse(args.db)
    sofia = sign_in_with_pin(warehouse, "sofia", "3333", None)
    with warehouse.sessions() as session:
        day_expr = func.date(m.Unit.decided_at)
        busiest, units = session.execute(
            select(day_expr, func.count())
            .where(m.Unit.decided_at.is_not(None))
            .group_by(day_expr)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    day = dt.date.fromisoformat(str(busiest)[:10])
    period = Period(day, day)
    folder = Path(tempfile.mkdtemp())
    rows = [
        (
            "baseline: read the day's log rows",
            timed(lambda: sum(1 for _ in log_rows(warehouse, period))),
        )
    ]
    for fmt in ("csv", "xlsx", "pdf"):
        rows.append(
            (
                f"export {fmt}",
                timed(lambda f=fmt: export_log(warehouse, sofia, period, f, folder / f"day.{f}")),
            )
        )
    span = Period(day - dt.timedelta(days=args.days - 1), day)
    with warehouse.sessions.begin() as session:  # start from nothing counted
        session.execute(delete(m.AnalyticsDay))
    first = timed(lambda: returns_analytics(warehouse, sofia, span))
    rows.append((f"analytics, {args.days} days, first look (days counted and kept)", first))
    again = timed(lambda: returns_analytics(warehouse, sofia, span))
    rows.append((f"analytics, {args.days} days, opening the page again", again))
    print(
        f"{warehouse.describe()}: {rma_count(warehouse):,} RMAs; busiest day {day}: "
        f"{units:,} units; {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print("| what | seconds | / baseline | file |")
    print("|---|---:|---:|---:|")
    base = rows[0][1]
    for name, seconds in rows:
        fmt = name.split()[-1]
        size = (folder / f"day.{fmt}").stat().st_size if name.startswith("export") else 0
        print(
            f"| {name} | {seconds:.2f} | {seconds / base:.1f}x | {size / 1e6:.1f} MB |"
            if size
            else f"| {name} | {seconds:.2f} | {seconds / base:.1f}x | |"
        )
    warehouse.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
