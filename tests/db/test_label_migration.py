"""Migration 0007 on a database made before it: quarantined parcels keep the label they had,
whole when it was whole, and the unknown-parcel path finds them by it afterwards."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from db.migrate import _config
from inspector.core.warehouse import open_warehouse, upgrade_schema

CUT = "A-LABEL-THAT-WAS-LONGER-THAN-FORTY-CHARA"  # 40 characters: what was left of a longer one


def test_quarantined_labels_move_to_their_own_column(database_url):
    warehouse = open_warehouse(database_url, migrate=False)
    try:
        config = _config()
        with warehouse.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
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
