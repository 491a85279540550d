"""Many stations on one PostgreSQL: N station processes receive and grade an overlapping pool.

    .venv/bin/python benchmarks/stations_bench.py --db postgresql://... [--stations 4 8]
        [--rmas 120] [--pieces 2]

Each station is its own process with its own operator (dock and grader), signed in by badge at
its own station. All walk the same pool of RMAs, each in its own order, as the probe of issue 16
did: receive the parcel by its carrier label (a parcel another station took first is 'already
received'), open the RMA, and grade every piece still open (a piece another holds or decided
is skipped: a conflict met). Each decision queues its tag for the station's printer.

Printed: units per minute in total and per station, and the conflicts met. Then the
invariants are checked on the database: no parcel received twice, no unit decided twice,
every RMA whose pieces are all accounted for COMPLETE, the audit chain whole, no tag queued
twice. The baseline, from the same run, is one station alone on the same pool size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from db import models as m  # noqa: E402

ANSWERS = {"tags_attached": True, "packaging": True}  # apparel, new with its tags: RESTOCK


def _pool_rows(rmas: int, pieces: int) -> list[dict[str, str]]:
    # Dated from today: asked for ten days ago, inside every window whatever day it runs.
    today = dt.date.today()
    created, ordered, delivered = ((today - dt.timedelta(days=d)).isoformat() for d in (10, 29, 25))
    rows = []
    for i in range(rmas):
        body = f"{i:07d}"
        rows.append(
            {
                "rma_number": f"B-{i:05d}",
                "rma_created": created,
                "order_number": f"BO-{i:05d}",
                "order_date": ordered,
                "delivered_date": delivered,
                "channel": "web",
                "customer_id": f"BC-{i}",
                "sku": "AP-BENCH",
                "product_name": "Merino Crew Sweater",
                "category": "apparel",
                "upc": "012345678905",
                "unit_price": "79.00",
                "quantity": str(pieces),
                "reason": "UNWANTED",
                "tracking_numbers": _ups(body),
            }
        )
    return rows


def _ups(body: str) -> str:
    """A UPS number the carriers' package accepts: its check character found by trying."""
    from inspector.rmas.carriers import carrier_of

    for check in "0123456789":
        number = f"1Z999AA101{body}{check}"
        if carrier_of(number) == "UPS":
            return number
    raise AssertionError(body)


def build_pool(url: str, rmas: int, pieces: int, stations: int, folder: Path) -> None:
    """An empty warehouse with the pool imported and one operator per station."""
    import csv

    from inspector.core.warehouse import open_warehouse
    from inspector.people.operators import add_operator, create_first_admin, sign_in_with_pin
    from inspector.rmas.import_files import COLUMNS
    from inspector.rmas.rma_import import import_file

    warehouse = open_warehouse(url)
    try:
        create_first_admin(warehouse, "admin", "Bench Admin", "9000")
        admin = sign_in_with_pin(warehouse, "admin", "9000", None)
        add_operator(warehouse, admin, "boss", "Bench Boss", {"supervisor"}, "3000")
        for n in range(stations):
            add_operator(
                warehouse,
                admin,
                f"st{n}",
                f"Station {n} Person",
                {"dock", "grader"},
                badge=f"B-ST{n}",
            )
        path = folder / "pool.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
            writer.writeheader()
            writer.writerows(_pool_rows(rmas, pieces))
        boss = sign_in_with_pin(warehouse, "boss", "3000", None)
        import_file(warehouse, path, boss)
    finally:
        warehouse.close()


def station(url: str, n: int, rmas: int, printer: str, results) -> None:  # noqa: ANN001
    """One station process: receive and grade the whole pool in its own order."""
    from inspector.core.errors import InspectorError
    from inspector.core.warehouse import open_warehouse
    from inspector.grading import answering, committing, units
    from inspector.people.operators import sign_in_with_badge
    from inspector.people.stations import register_station
    from inspector.receiving.receipts import Outcome, receive

    warehouse = open_warehouse(url, migrate=False)
    actor = sign_in_with_badge(warehouse, f"B-ST{n}", register_station(warehouse, f"ST-{n}"))
    order = list(range(rmas))
    random.Random(n).shuffle(order)
    graded = conflicts = received = 0
    started = time.perf_counter()
    for i in order:
        tracking = _ups(f"{i:07d}")
        outcome = receive(warehouse, actor, tracking).outcome
        if outcome in (Outcome.RECEIVED, Outcome.OUTSIDE_WINDOW, Outcome.ARRIVED_LATE):
            received += 1
        else:  # already received, or complete: another station was first
            conflicts += 1
        sheet = units.open_rma(warehouse, actor, f"B-{i:05d}")
        for piece in sheet.pieces:
            if piece.status != "PENDING" or piece.line_id is None or piece.slot is None:
                continue
            try:
                draft = units.start_unit(warehouse, actor, piece.line_id, piece.slot)
                answering.confirm_item(warehouse, actor, draft.unit_id, "012345678905")
                for question, value in ANSWERS.items():
                    answering.answer(warehouse, actor, draft.unit_id, question, value)
                committing.commit(warehouse, actor, draft.unit_id, printer=(printer, "80mm-576"))
                graded += 1
            except (units.HeldElsewhere, units.AlreadyDecided):
                conflicts += 1
            except InspectorError as exc:
                if "another station" not in str(exc):
                    raise
                conflicts += 1
    results.put((n, graded, received, conflicts, time.perf_counter() - started))
    warehouse.close()


def check_invariants(url: str) -> dict[str, object]:
    from inspector.core.warehouse import open_warehouse
    from inspector.grading.parcel_sheet import ACCOUNTED
    from inspector.people.audit import verify

    warehouse = open_warehouse(url, migrate=False)
    try:
        with warehouse.sessions() as session:
            double_receipts = session.scalar(
                select(func.count()).select_from(
                    select(m.Parcel.rma_id)
                    .group_by(m.Parcel.rma_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            double_grades = session.scalar(
                select(func.count()).select_from(
                    select(m.AuditEvent.entity_id)
                    .where(m.AuditEvent.action == "unit_decided")
                    .group_by(m.AuditEvent.entity_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            double_tags = session.scalar(
                select(func.count()).select_from(
                    select(m.PrintJob.unit_id)
                    .where(m.PrintJob.reprint.is_(False))
                    .group_by(m.PrintJob.unit_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            stuck = 0
            for rma in session.scalars(select(m.Rma)):
                accounted = all(
                    session.scalar(
                        select(func.count())
                        .select_from(m.Unit)
                        .where(m.Unit.rma_line_id == line.id, m.Unit.status.in_(ACCOUNTED))
                    )
                    >= line.quantity
                    for line in rma.lines
                )
                stuck += accounted and rma.status != "COMPLETE"
            units = session.scalar(select(func.count()).select_from(m.Unit))
        return {
            "units": units,
            "double_receipts": double_receipts,
            "double_grades": double_grades,
            "accounted_not_complete": stuck,
            "double_tags": double_tags,
            "audit_intact": verify(warehouse).problem is None,
        }
    finally:
        warehouse.close()


def run(url: str, stations: int, rmas: int, pieces: int, folder: Path) -> dict[str, object]:
    """Build the pool, run the stations at once, check the invariants; the figures."""
    build_pool(url, rmas, pieces, stations, folder)
    printer = f"file://{folder / 'tags.bin'}"
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [
        context.Process(target=station, args=(url, n, rmas, printer, results))
        for n in range(stations)
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    per_station = [results.get(timeout=1800) for _ in processes]
    for process in processes:
        process.join(60)
    wall = time.perf_counter() - started
    failed = [p.exitcode for p in processes if p.exitcode != 0]
    if failed:
        raise SystemExit(f"a station process failed (exit codes {failed})")
    graded = sum(r[1] for r in per_station)
    return {
        "stations": stations,
        "wall_s": wall,
        "units": graded,
        "units_per_minute": graded / wall * 60,
        "per_station": {
            r[0]: {
                "graded": r[1],
                "received": r[2],
                "conflicts": r[3],
                "per_minute": r[1] / r[4] * 60,
            }
            for r in sorted(per_station)
        },
        "conflicts": sum(r[3] for r in per_station),
        "invariants": check_invariants(url),
    }


def _schema_url(base: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}", schema


def _drop(base: str, schema: str) -> None:
    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("INSPECTOR_TEST_PG_URL"), required=False)
    parser.add_argument("--stations", type=int, nargs="+", default=[4, 8])
    parser.add_argument("--rmas", type=int, default=120)
    parser.add_argument("--pieces", type=int, default=2)
    args = parser.parse_args()
    if not args.db or not args.db.startswith("postgresql"):
        raise SystemExit("give a PostgreSQL server: --db postgresql://user@host/dbname")
    print(f"pool: {args.rmas} RMAs x {args.pieces} pieces; cpus: {os.cpu_count()}")
    for count in [1, *args.stations]:
        url, schema = _schema_url(args.db)
        try:
            with tempfile.TemporaryDirectory() as folder:
                figures = run(url, count, args.rmas, args.pieces, Path(folder))
        finally:
            _drop(args.db, schema)
        print(
            f"{count} station(s): {figures['units']} units in {figures['wall_s']:.1f} s, "
            f"{figures['units_per_minute']:.0f} units/min, {figures['conflicts']} conflicts met"
        )
        for n, one in figures["per_station"].items():  # type: ignore[union-attr]
            print(
                f"    ST-{n}: {one['graded']} graded, {one['received']} received, "
                f"{one['conflicts']} conflicts, {one['per_minute']:.0f} units/min"
            )
        print(f"    invariants: {figures['invariants']}")


if __name__ == "__main__":
    main()
