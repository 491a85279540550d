"""Bin tags: how long a tag takes to lay out per profile, and to go through the queue to a
printer on loopback.

    .venv/bin/python benchmarks/tag_bench.py [--tags 200]

The baseline, from the same run, is python-escpos laying out the tag's text alone (no
barcode, no QR). The queue's round trip is queue_tag + commit, then the worker's status
query, send and bookkeeping, to the test suite's loopback printer.
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

from escpos.printer import Dummy  # noqa: E402

from inspector.tags.bin_tags import PROFILES, BinTag, render_tag  # noqa: E402
from tests.helpers.fake_printer import FakePrinter  # noqa: E402


def a_tag(i: int) -> BinTag:
    return BinTag(
        unit_code=f"U{i:09d}X",
        disposition="REFURBISH",
        bin_code="RF-EL-02",
        rma_number="RMA00001234X",
        sku="EL-01018",
        product_name="Nimbus Action Camera 4K, Rust",
        grade="C",
        flags=("MISSING_PARTS",),
        grader="Kim Min-ji",
        station="BENCH-1",
        decided_at=dt.datetime(2026, 11, 26, 14, 5),
    )


def text_only(tag: BinTag) -> bytes:
    p = Dummy(profile="TM-T20II")
    for line in (
        tag.disposition,
        tag.bin_code,
        tag.unit_code,
        tag.rma_number,
        tag.sku,
        tag.product_name,
        tag.grade,
        *tag.flags,
        tag.grader,
        tag.station,
    ):
        p.textln(line)
    p.cut()
    return bytes(p.output)


def ms(fn, n: int) -> list[float]:
    out = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1000)
    return out


def round_trip(n: int) -> tuple[list[float], int]:
    """Queue n tags on a real SQLite warehouse and time each through the worker."""

    os.environ["INSPECTOR_HOME"] = tempfile.mkdtemp()
    from sqlalchemy import select

    from db import models as m
    from inspector.core.warehouse import open_warehouse
    from inspector.demo.build import build_demo
    from inspector.tags.print_queue import queue_tag
    from inspector.tags.print_worker import PrintWorker

    warehouse = open_warehouse(f"sqlite:///{os.environ['INSPECTOR_HOME']}/t.db")
    build_demo(warehouse, 2000, seed=2, now=dt.datetime(2026, 11, 26, 12))
    printer = FakePrinter()
    worker = PrintWorker(warehouse, printer.uri)
    times = []
    with warehouse.sessions() as session:
        units = session.scalars(select(m.Unit.id).where(m.Unit.status != "MISSING").limit(n)).all()
    for unit_id in units:
        start = time.perf_counter()
        with warehouse.sessions.begin() as session:
            queue_tag(session, session.get(m.Unit, unit_id), printer.uri, "80mm-576")
        worker.run_once()
        times.append((time.perf_counter() - start) * 1000)
    printed = len(printer.printed(len(units)))
    printer.close()
    warehouse.close()
    return times, printed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tags", type=int, default=200)
    args = parser.parse_args()
    rows = [
        ("baseline: python-escpos, the text alone", ms(lambda i: text_only(a_tag(i)), args.tags), 0)
    ]
    for name, profile in PROFILES.items():
        size = len(render_tag(a_tag(0), profile))
        rows.append(
            (
                f"render_tag, {name}",
                ms(lambda i, p=profile: render_tag(a_tag(i), p), args.tags),
                size,
            )
        )
    trip, printed = round_trip(min(args.tags, 100))
    rows.append(("queue + status + send + SENT, loopback printer", trip, 0))
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("| what | n | bytes | median ms | p99 ms | median / baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    base = statistics.median(rows[0][1])
    for name, values, size in rows:
        ordered, median = sorted(values), statistics.median(values)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        cells = f"{len(values)} | {size or ''} | {median:.2f} | {p99:.2f}"
        print(f"| {name} | {cells} | {median / base:.1f}x |")
    print(f"tags printed whole by the loopback printer: {printed} of {len(trip)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
