"""The supervisor at scale: exporting the busiest day's disposition log, and counting the
returns analytics, on the 1 M-RMA demo warehouse.

    .venv/bin/python benchmarks/supervisor_bench.py [--db URL] [--days 28]

Build a warehouse whose busiest day has about 20,000 units with
`inspector --db sqlite:///benchmarks/.data/demo-1000000-70d.db demo --rmas 1000000 --days 70`.
The baseline, from the same run, is reading the day's log rows without writing them.
Give `--db postgresql://...` for the same on PostgreSQL. Fast steps run three times (median and
slowest shown). "analytics page" is the Analytics tab as a supervisor opens it: figures counted
off the UI thread, every chart drawn (offscreen Qt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete, func, select  # noqa: E402

from db import models as m  # noqa: E402
from inspector.core.warehouse import open_warehouse, rma_count  # noqa: E402
from inspector.people.operators import sign_in_with_pin  # noqa: E402
from inspector.reports.analytics import returns_analytics  # noqa: E402
from inspector.reports.disposition_log import Period, log_rows  # noqa: E402
from inspector.reports.exports import export_log  # noqa: E402


def runs(fn, times: int = 3) -> list[float]:  # noqa: ANN001
    """Seconds for each of `times` calls of fn."""
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - start)
    return seconds


def python_gauge() -> float:
    """Seconds for ten million additions in a Python loop: this VM's speed drifts by half
    between runs, so each table says how fast the machine was while it ran."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def open_page(warehouse, actor, period: Period) -> None:  # noqa: ANN001
    """The supervisor opens the Analytics tab: figures counted off the UI thread, then every
    chart drawn (offscreen Qt), as the page does it."""
    from PySide6.QtCore import QEvent, QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.common.background import Background
    from ui.reports.analytics_view import AnalyticsView

    app = QApplication.instance()
    if app is None:
        # The offscreen platform says it cannot size windows, once a window: not news here.
        qInstallMessageHandler(
            lambda _kind, _where, text: (
                None if "propagateSizeHints" in text else print(text, file=sys.stderr)
            )
        )
        app = QApplication(["bench"])
    background = Background()
    view = AnalyticsView(warehouse, background, lambda: actor)
    view.resize(1280, 800)
    view.show()
    view.date_from.setText(period.date_from.isoformat())
    view.date_to.setText(period.date_to.isoformat())
    loop = QEventLoop()
    view.shown.connect(loop.quit)
    QTimer.singleShot(600_000, loop.quit)
    view.load()
    loop.exec()
    if not view.cards:
        raise SystemExit(f"the analytics page did not open: {view.message.text()}")
    app.processEvents()  # the charts laid out and painted
    view.close()
    background.wait()
    view.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before the next run


def postgres_warehouse(rmas: int) -> str:
    """A demo warehouse in a schema of INSPECTOR_TEST_PG_URL's database, built once."""
    from sqlalchemy import create_engine, text

    from inspector.demo.build import build_demo

    base = os.environ["INSPECTOR_TEST_PG_URL"]
    schema = f"bench_{rmas}_{70}d"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    admin.dispose()
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    warehouse = open_warehouse(url)
    if not rma_count(warehouse):
        print(f"building a {rmas:,}-RMA demo in PostgreSQL schema {schema} ...", file=sys.stderr)
        build_demo(warehouse, rmas, seed=1, now=dt.datetime(2026, 11, 26, 17), span_days=70)
    warehouse.close()
    return url


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", default=f"sqlite:///{Path(__file__).parent / '.data' / 'demo-1000000-70d.db'}"
    )
    parser.add_argument("--days", type=int, default=28, help="the analytics period")
    parser.add_argument(
        "--pg-rmas", type=int, default=1_000_000, help="size of the PostgreSQL demo (when set)"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    urls = [args.db]
    if os.environ.get("INSPECTOR_TEST_PG_URL"):
        urls.append(postgres_warehouse(args.pg_rmas))
    for url in urls:
        measure(url, args.days)
    return 0


def measure(url: str, days: int) -> None:
    warehouse = open_warehouse(url)
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
        latest = session.execute(select(func.max(m.Unit.decided_at))).scalar_one()
    day = dt.date.fromisoformat(str(busiest)[:10])
    period = Period(day, day)
    # The Analytics tab opens on the last `days` days up to today; the demo's today is its
    # last day of grading (counted afresh at each look, as an open day is).
    last = dt.date.fromisoformat(str(latest)[:10])
    folder = Path(tempfile.mkdtemp())
    gauge = python_gauge()
    rows = [
        (
            "baseline: read the day's log rows",
            runs(lambda: sum(1 for _ in log_rows(warehouse, period))),
        )
    ]
    for fmt, times in (("csv", 3), ("xlsx", 3), ("pdf", 1)):
        rows.append(
            (
                f"export {fmt}",
                runs(
                    lambda f=fmt: export_log(warehouse, sofia, period, f, folder / f"day.{f}"),
                    times,
                ),
            )
        )
    span = Period(last - dt.timedelta(days=days - 1), last)
    rows.append(
        (
            f"analytics page, {days} days: open (counted days kept)",
            runs(lambda: open_page(warehouse, sofia, span)),
        )
    )
    with warehouse.sessions.begin() as session:  # start from nothing counted
        session.execute(delete(m.AnalyticsDay))
    first = runs(lambda: returns_analytics(warehouse, sofia, span), 1)
    rows.append((f"analytics, {days} days, nothing kept: count every day", first))
    rows.append(
        (
            f"analytics page, {days} days: open again",
            runs(lambda: open_page(warehouse, sofia, span)),
        )
    )
    print(
        f"{warehouse.describe()}: {rma_count(warehouse):,} RMAs; busiest day {day}: "
        f"{units:,} units; analytics {span.describe()}; "
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; Python gauge {gauge:.2f} s before, "
        f"{python_gauge():.2f} s after"
    )
    print("| what | runs | median s | slowest s | median / baseline | file |")
    print("|---|---:|---:|---:|---:|---:|")
    base = statistics.median(rows[0][1])
    for name, times in rows:
        fmt = name.split()[-1]
        size = (folder / f"day.{fmt}").stat().st_size if name.startswith("export") else 0
        median = statistics.median(times)
        shown = f"{size / 1e6:.1f} MB" if size else ""
        print(
            f"| {name} | {len(times)} | {median:.2f} | {max(times):.2f} | "
            f"{median / base:.1f}x | {shown} |"
        )
    warehouse.close()


if __name__ == "__main__":
    sys.exit(main())
