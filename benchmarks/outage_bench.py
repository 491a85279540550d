"""A database outage at the dock, measured: scans kept in the station's journal, then replayed.

    .venv/bin/python benchmarks/outage_bench.py [--pg postgresql://postgres@127.0.0.1/test]
                                                [--rmas 3000] [--scans 300]

On a fresh demo warehouse (SQLite, and PostgreSQL when --pg names a server; a schema of its
own, dropped afterwards) it receives half of a mix of scans online (the baseline), then takes
the database away (SQLite: the file held locked by another connection; PostgreSQL: the
loopback link to the server cut) and scans the other half, which the journal keeps. It gives
the database back and replays. It prints how long a scan takes online and kept offline, the
replay's throughput and its ratio to receiving online, the outcomes counted, and checks that
nothing was received twice and the audit chain verifies.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from db import models as m  # noqa: E402
from inspector.core.station_journal import StationJournal  # noqa: E402
from inspector.demo.tracking_numbers import mint_ups  # noqa: E402
from inspector.people.audit import verify  # noqa: E402
from inspector.receiving.offline_scans import Kept, receive_or_keep, replay  # noqa: E402
from inspector.receiving.receipts import receive  # noqa: E402
from tests.helpers.outage import dock_with_outage  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 12)


@contextmanager
def pg_schema(url: str) -> Iterator[str]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def scan_mix(warehouse, n: int, rng: random.Random) -> list[str]:
    """What a dock scans: parcels of open RMAs, a few scanned twice, RMA numbers of parcels
    received earlier, and parcels no RMA names."""
    with warehouse.sessions() as session:
        open_ones = session.scalars(
            select(m.Rma).where(m.Rma.status == "OPEN", m.Rma.trackings.any())
        ).all()
        fresh = [r.trackings[0].tracking_number for r in open_ones]
        received = session.scalars(select(m.Rma.rma_number).where(m.Rma.status == "RECEIVED")).all()
    rng.shuffle(fresh)
    fresh = fresh[: int(n * 0.7)]
    scans = list(fresh)
    scans += rng.sample(fresh, k=min(len(fresh), int(n * 0.1)))  # the same parcel again
    scans += rng.sample(list(received), k=min(len(received), int(n * 0.05)))
    scans += [mint_ups(rng) for _ in range(n - len(scans))]  # unknown parcels
    rng.shuffle(scans)
    return scans


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def run(url: str, kind: str, rmas: int, n: int) -> list[str]:
    home = Path(tempfile.mkdtemp(prefix="outage-bench-"))
    os.environ["INSPECTOR_HOME"] = str(home)
    journal = StationJournal(home / "journal.db")
    lines = []
    with dock_with_outage(url, journal, rmas=rmas) as dock:
        rng = random.Random(16)
        scans = scan_mix(dock.warehouse, 2 * n, rng)
        online, offline = scans[::2], scans[1::2]
        base_times = []
        for code in online:
            _, seconds = timed(lambda code=code: receive(dock.warehouse, dock.dana, code))
            base_times.append(seconds)
        keep_times = []
        kept = 0
        with dock.outage():
            started = time.perf_counter()
            for code in offline:
                (result, _run), seconds = timed(
                    lambda code=code: receive_or_keep(
                        dock.warehouse, journal, dock.dana, code, station="DOCK-1"
                    )
                )
                keep_times.append(seconds)
                kept += isinstance(result, Kept)
            outage_s = time.perf_counter() - started
        replayed, replay_s = timed(lambda: replay(dock.warehouse, journal))
        outcomes = collections.Counter(e.outcome for e in replayed.replayed)  # type: ignore[attr-defined]
        with dock.warehouse.sessions() as session:
            doubles = session.scalar(
                select(func.count()).select_from(
                    select(m.Parcel.tracking_number)
                    .where(m.Parcel.tracking_number.is_not(None))
                    .group_by(m.Parcel.tracking_number)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            entries = session.scalar(select(func.count()).select_from(m.ReplayedScan))
        chain = verify(dock.warehouse)
        count = len(replayed.replayed)  # type: ignore[attr-defined]
        base_ms = statistics.median(base_times) * 1000
        per_replay_ms = replay_s / max(count, 1) * 1000
        lines += [
            f"### {kind}: {rmas} RMAs, {len(online)} scans online, {len(offline)} in the outage",
            "",
            "| measure | value |",
            "|---|---|",
            f"| baseline: receive online, median per scan | {base_ms:.1f} ms |",
            f"| kept offline: median per scan (p95) | {statistics.median(keep_times) * 1000:.1f}"
            f" ms ({sorted(keep_times)[int(len(keep_times) * 0.95)] * 1000:.1f} ms) |",
            f"| kept offline: first scan (meets the outage) | {keep_times[0] * 1000:.0f} ms |",
            f"| outage: {len(offline)} scans in | {outage_s:.1f} s |",
            f"| scans recorded offline | {kept} |",
            f"| replayed | {count} in {replay_s:.2f} s = {count / replay_s:.1f} scans/s |",
            f"| replay per scan vs receive online | {per_replay_ms:.1f} ms vs {base_ms:.1f} ms"
            f" = {per_replay_ms / base_ms:.2f}x |",
            f"| outcomes | {', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))} |",
            f"| replayed_scans rows / tracking numbers received twice | {entries} / {doubles} |",
            f"| audit chain | {'verifies' if chain.intact else chain.problem} "
            f"({chain.checked} events) |",
            "",
        ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="a PostgreSQL server to run on as well")
    parser.add_argument("--rmas", type=int, default=3000)
    parser.add_argument("--scans", type=int, default=300, help="scans in the outage")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print()
    folder = Path(tempfile.mkdtemp(prefix="outage-bench-db-"))
    for line in run(f"sqlite:///{folder / 'bench.db'}", "SQLite", args.rmas, args.scans):
        print(line)
    if args.pg:
        with pg_schema(args.pg) as url:
            for line in run(url, "PostgreSQL", args.rmas, args.scans):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
