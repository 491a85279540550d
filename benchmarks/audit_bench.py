"""The audit trail at scale: appending events, and verifying the whole chain.

    .venv/bin/python benchmarks/audit_bench.py [--db URL] [--events 2000]

On the demo warehouse that benchmarks/lookup_bench.py builds (1,000,000 RMAs, whose history
is about two million chained events), this times `record()` one event per transaction, as
a station writes them, against a baseline of the same transaction writing an outbox row
with no chain, and then `verify()` over the whole chain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import models as m  # noqa: E402
from inspector.core.warehouse import open_warehouse  # noqa: E402
from inspector.people.audit import record, verify  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", default=f"sqlite:///{Path(__file__).parent / '.data' / 'demo-1000000.db'}"
    )
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    warehouse = open_warehouse(args.db)

    def one_outbox_row(i: int) -> None:
        with warehouse.sessions.begin() as session:
            session.add(m.OutboxEvent(at=dt.datetime.now(), kind="bench", payload={"i": i}))

    def one_audit_event(i: int) -> None:
        with warehouse.sessions.begin() as session:
            record(session, None, "bench", "rma", f"bench-{i}", after={"i": i})

    rows = []
    for name, fn in (
        ("baseline: one outbox row per transaction", one_outbox_row),
        ("record(): one chained audit event per transaction", one_audit_event),
    ):
        times = []
        for i in range(args.events):
            start = time.perf_counter()
            fn(i)
            times.append((time.perf_counter() - start) * 1000)
        rows.append((name, times))
    start = time.perf_counter()
    check = verify(warehouse)
    seconds = time.perf_counter() - start
    base = statistics.median(rows[0][1])
    print(
        f"{warehouse.describe()}; {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print("| what | n | median ms | p99 ms | median / baseline |")
    print("|---|---:|---:|---:|---:|")
    for name, times in rows:
        ordered = sorted(times)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(
            f"| {name} | {len(times)} | {statistics.median(times):.2f} | {p99:.2f} | "
            f"{statistics.median(times) / base:.2f}x |"
        )
    print(
        f"\nverify(): {check.checked:,} events in {seconds:.1f} s "
        f"({check.checked / seconds:,.0f} events/s); intact: {check.intact}"
    )
    warehouse.close()
    return 0 if check.intact else 1


if __name__ == "__main__":
    sys.exit(main())
