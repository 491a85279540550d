"""Migrations that move data, on a database made before them: 0007 gives quarantined parcels
the label they had (when it was whole), 0008 gives print jobs the bench that decided them."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from db.migrate import _config
from inspector.core.warehouse import open_warehouse, upgrade_schema

CUT = "A-LABEL-THAT-WAS-LONGER-THAN-FORTY-CHARA"  # 40 characters: what was left of a longer one


def at_revision(database_url: str, revision: str):  # noqa: ANN201 - a Warehouse
    warehouse = open_warehouse(database_url, migrate=False)
    config = _config()
    with warehouse.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return warehouse


def test_quarantined_labels_move_to_their_own_column(database_url):
    warehouse = at_revision(database_url, "0006")
    try:
        at = dt.datetime(2026, 11, 20, 9)
        with warehouse.engine.begin() as connection:
            for pid, tracking, status in (
                (1, "NOPE-123", "UNKNOWN"),
                (2, CUT, "UNKNOWN"),
                (3, "1Z999AA10123456784", "RECEIVED"),
                (4, "9999-NO-LABEL", "REJECTED"),
            ):
                connection.execute(
                    text(
                        "INSERT INTO parcels (id, tracking_number, status, received_at, note) "
                        "VALUES (:id, :tracking, :status, :at, '')"
                    ),
                    {"id": pid, "tracking": tracking, "status": status, "at": at},
                )
        upgrade_schema(warehouse)
        with warehouse.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT id, tracking_number, label FROM parcels ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [
            (1, "NOPE-123", "NOPE-123"),
            (2, CUT, None),  # cut before: not called a whole label now
            (3, "1Z999AA10123456784", None),  # a parcel received for its RMA
            (4, "9999-NO-LABEL", "9999-NO-LABEL"),
        ]
    finally:
        warehouse.close()


def test_print_jobs_belong_to_the_bench_that_decided_their_unit(database_url):
    warehouse = at_revision(database_url, "0007")
    at = dt.datetime(2026, 11, 20, 9)
    try:
        with warehouse.engine.begin() as connection:
            run = connection.execute
            run(
                text("INSERT INTO stations (id, name, created_at) VALUES (7, 'BENCH-7', :at)"),
                {"at": at},
            )
            run(
                text(
                    "INSERT INTO parcels (id, status, received_at, note) "
                    "VALUES (1, 'RECEIVED', :at, '')"
                ),
                {"at": at},
            )
            for uid, station in ((1, "7"), (2, "NULL")):
                run(
                    text(
                        "INSERT INTO units (id, unit_code, parcel_id, status, answers, facts, "
                        "reason, flags, fee_percent, station_id) VALUES "
                        f"({uid}, 'U{uid}', 1, 'DECIDED', '{{}}', '{{}}', '', '[]', 0, {station})"
                    )
                )
                run(
                    text(
                        "INSERT INTO print_jobs (id, unit_id, printer_uri, profile, status, "
                        "reprint, attempts, created_at) VALUES "
                        f"({uid}, {uid}, 'tcp://old:9100', '58mm', 'QUEUED', false, 0, :at)"
                    ),
                    {"at": at},
                )
        upgrade_schema(warehouse)
        with warehouse.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT id, station_id FROM print_jobs ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [(1, 7), (2, None)]
    finally:
        warehouse.close()
