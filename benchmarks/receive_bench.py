"""Receiving at scale: from a decoded label to the RMA ready for the screen, at 1 M RMAs.

    .venv/bin/python benchmarks/receive_bench.py [--db URL] [--parcels 300]

On the demo warehouse that benchmarks/lookup_bench.py builds, times `receive()` for labels
of RMAs still waiting for their parcel (match, record the parcel, the audit event and the
outbox event, commit, and the RMA view the Scan page shows), a second scan of the same
labels (already received), and unknown labels (quarantined). The baseline, from the same
run, is `lookup()` of the same labels, which only reads.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from benchmarks.measure import timed  # noqa: E402
from db import models as m  # noqa: E402
from inspector.core.warehouse import open_warehouse, rma_count  # noqa: E402
from inspector.people.operators import sign_in_with_pin  # noqa: E402
from inspector.receiving.lookup import lookup  # noqa: E402
from inspector.receiving.receipts import receive  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", default=f"sqlite:///{Path(__file__).parent / '.data' / 'demo-1000000.db'}"
    )
    parser.add_argument("--parcels", type=int, default=300)
    args = parser.parse_args()
    warehouse = open_warehouse(args.db)
    dana = sign_in_with_pin(warehouse, "dana", "1111", None)
    with warehouse.sessions() as session:
        waiting = session.scalars(
            select(m.RmaTracking.tracking_number)
            .join(m.Rma)
            .where(m.Rma.status == "OPEN")
            .limit(args.parcels * 20)
        ).all()
    labels = random.Random(3).sample(list(waiting), args.parcels)
    unknown = [f"1Z{random.Random(i).randrange(10**15):015d}0" for i in range(args.parcels)]
    rows = [
        ("baseline: lookup() of the label", timed(lambda c: lookup(warehouse, c), labels)),
        (
            "receive(): first scan, parcel recorded",
            timed(lambda c: receive(warehouse, dana, c), labels),
        ),
        (
            "receive(): second scan, already received",
            timed(lambda c: receive(warehouse, dana, c), labels),
        ),
        (
            "receive(): unknown label, quarantined",
            timed(lambda c: receive(warehouse, dana, c), unknown),
        ),
    ]
    base = statistics.median(rows[0][1])
    print(
        f"{warehouse.describe()}: {rma_count(warehouse):,} RMAs; {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("| what | n | median ms | p99 ms | max ms | median / baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, times in rows:
        ordered = sorted(times)
        print(
            f"| {name} | {len(times)} | {statistics.median(times):.1f} | "
            f"{ordered[int(0.99 * (len(ordered) - 1))]:.1f} | {ordered[-1]:.1f} | "
            f"{statistics.median(times) / base:.1f}x |"
        )
    warehouse.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
