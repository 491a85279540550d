"""Grading at scale: what each tap at the bench costs in the database, at 1 M RMAs.

    .venv/bin/python benchmarks/grading_bench.py [--db URL] [--units 200]

On the demo warehouse that benchmarks/lookup_bench.py builds (or any warehouse with received
RMAs not yet graded), grades units the way the Inspect page does: open the RMA, start the
unit, confirm the item, store each answer as it is given (the first choice each time, a
photo where one is asked), commit the decision with its bin. The baseline, from the same
run, is a transaction that updates one row and commits: every tap is at least that. Then
`decide()` alone (pure, no database) and `rules replay` over the units just graded.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from sqlalchemy import select, update  # noqa: E402

from db import models as m  # noqa: E402
from inspector.core.warehouse import open_warehouse, rma_count  # noqa: E402
from inspector.grading import answering, committing, units  # noqa: E402
from inspector.grading.replay import ReplaySummary, replay  # noqa: E402
from inspector.grading.rules import decide  # noqa: E402
from inspector.people.operators import sign_in_with_pin  # noqa: E402
from inspector.people.stations import register_station  # noqa: E402


def first_answer(draft: units.UnitDraft, question) -> object:
    if question.kind == "yes_no":
        return question.id not in ("sealed", "unopened")  # the long way through
    if question.kind in ("one", "several"):
        options = draft.options(question)
        return options[0] if question.kind == "one" else list(options)
    if question.kind == "number":
        return question.minimum or 0
    return None  # photo: taken, not answered


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", default=f"sqlite:///{Path(__file__).parent / '.data' / 'demo-1000000.db'}"
    )
    parser.add_argument("--units", type=int, default=200)
    args = parser.parse_args()
    warehouse = open_warehouse(args.db)
    station = register_station(warehouse, "BENCH-BENCHMARK")
    grader = dataclasses.replace(
        sign_in_with_pin(warehouse, "ravi", "2424", None), station_id=station
    )
    with warehouse.sessions() as session:
        lines = session.execute(
            select(m.Rma.rma_number, m.RmaLine.id)
            .join(m.RmaLine, m.RmaLine.rma_id == m.Rma.id)
            .outerjoin(m.Unit, m.Unit.rma_line_id == m.RmaLine.id)
            .where(m.Rma.status == "RECEIVED", m.Unit.id.is_(None))
            .order_by(m.Rma.id.desc())
            .limit(args.units)
        ).all()
    jpeg = cv2.imencode(".jpg", np.full((480, 640, 3), 180, np.uint8))[1].tobytes()
    times: dict[str, list[float]] = {
        k: [] for k in ("open", "start", "confirm", "answer", "photo", "commit")
    }
    base: list[float] = []

    def clock(kind: str, fn):
        start = time.perf_counter()
        result = fn()
        times[kind].append((time.perf_counter() - start) * 1000)
        return result

    started = dt.datetime.now()
    for number, line_id in lines:
        start = time.perf_counter()
        with warehouse.sessions.begin() as session:
            session.execute(
                update(m.Station).where(m.Station.id == station).values(name="BENCH-BENCHMARK")
            )
        base.append((time.perf_counter() - start) * 1000)
        clock("open", lambda n=number: units.open_rma(warehouse, grader, n))
        draft = clock("start", lambda i=line_id: units.start_unit(warehouse, grader, i, 1))
        draft = clock(
            "confirm", lambda d=draft: answering.confirm_item(warehouse, grader, d.unit_id, None)
        )
        while (question := draft.next_question()) is not None:
            if question.kind == "photo":
                draft = clock(
                    "photo",
                    lambda d=draft, q=question: answering.take_photo(
                        warehouse, grader, d.unit_id, q.id, jpeg
                    ),
                )
                continue
            value = first_answer(draft, question)
            draft = clock(
                "answer",
                lambda d=draft, q=question, v=value: answering.answer(
                    warehouse, grader, d.unit_id, q.id, v
                ),
            )
        last = draft
        clock("commit", lambda d=draft: committing.commit(warehouse, grader, d.unit_id))

    repeat = 20_000
    start = time.perf_counter()
    for _ in range(repeat):
        decide(last.checklist, last.answers, last.facts, last.product_name)
    decide_us = (time.perf_counter() - start) / repeat * 1e6
    summary = ReplaySummary()
    start = time.perf_counter()
    list(replay(warehouse, started.date(), summary))
    replay_s = time.perf_counter() - start

    print(
        f"{warehouse.describe()}: {rma_count(warehouse):,} RMAs; {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; {len(lines)} units graded"
    )
    print("| step | n | median ms | p99 ms | median / baseline |")
    print("|---|---:|---:|---:|---:|")
    b = statistics.median(base)
    rows = [("baseline: update one row, commit", base)] + [
        (
            {
                "open": "open the RMA (parcel sheet)",
                "start": "start the unit (draft, unit id, checklist version)",
                "confirm": "confirm the item",
                "answer": "store one answer",
                "photo": "keep one photo (640x480 JPEG)",
                "commit": "commit: decide, choose bin, audit, outbox",
            }[k],
            v,
        )
        for k, v in times.items()
        if v
    ]
    for name, values in rows:
        ordered, median = sorted(values), statistics.median(values)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        print(f"| {name} | {len(values)} | {median:.2f} | {p99:.2f} | {median / b:.1f}x |")
    print(f"decide() alone: {decide_us:.1f} µs per unit ({last.checklist.name} checklist)")
    print(
        f"rules replay: {summary.looked_at:,} units decided today in {replay_s:.2f} s "
        f"({summary.looked_at / replay_s:,.0f} units/s)"
    )
    warehouse.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
