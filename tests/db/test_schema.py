"""The schema: migrations match the models, the database itself enforces integrity."""

import datetime as dt

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from db import models as m
from db.migrate import head_revision
from inspector.core.errors import SchemaTooNew
from inspector.core.warehouse import open_warehouse, upgrade_schema


def test_migrations_build_exactly_the_models(warehouse):
    with warehouse.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), m.Base.metadata)
    assert diff == []


def test_upgrade_twice_changes_nothing(warehouse):
    assert upgrade_schema(warehouse) == (head_revision(), head_revision())


def test_a_schema_newer_than_the_code_is_refused(warehouse, database_url):
    with warehouse.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNew, match="newer than this version"):
        open_warehouse(database_url)


def _rma_row(session, number="RMA-1", order_number="SO-1"):
    order = m.Order(order_number=order_number, channel="web")
    rma = m.Rma(rma_number=number, order=order, status="OPEN", created_on=dt.date(2026, 11, 1))
    session.add(rma)
    return rma


def test_rma_numbers_are_unique_in_the_database(warehouse):
    with warehouse.sessions() as session:
        _rma_row(session, "RMA-1", "SO-1")
        _rma_row(session, "RMA-1", "SO-2")
        with pytest.raises(sqlalchemy.exc.IntegrityError):
            session.commit()


def test_tracking_numbers_are_unique_in_the_database(warehouse):
    with warehouse.sessions() as session:
        a = _rma_row(session, "RMA-1", "SO-1")
        b = _rma_row(session, "RMA-2", "SO-2")
        session.add_all(
            [
                m.RmaTracking(rma=a, tracking_number="1Z999AA10123456784"),
                m.RmaTracking(rma=b, tracking_number="1Z999AA10123456784"),
            ]
        )
        with pytest.raises(sqlalchemy.exc.IntegrityError):
            session.commit()


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO orders (order_number, channel) VALUES ('SO-9', 'fax')",
        "INSERT INTO products (sku, name, description, category, unit_cost_cents, price_cents)"
        " VALUES ('X', 'x', '', 'toys', 0, 0)",
        "INSERT INTO bins (code, disposition, description, active) VALUES ('B', 'SELL', '', true)",
    ],
)
def test_enumerations_are_checked_by_the_database(warehouse, statement):
    with pytest.raises(sqlalchemy.exc.IntegrityError), warehouse.engine.begin() as connection:
        connection.execute(text(statement))


REQUEST = (
    "INSERT INTO return_requests (shop_return_id, name, order_name, requested_at, facts, verdict,"
    " rule, reason, lines, policy_hash, judged_at, state, overridden) VALUES ('{id}', 'R', 'O',"
    " '2026-11-30 10:00:00', '{{}}', 'APPROVE', 'r', '{{}}', '{{}}', 'h', '2026-11-30 10:00:00',"
    " '{state}', false)"
)


def test_a_request_may_be_withdrawn_or_settled_in_the_shop_and_nothing_else(warehouse):
    """Migration 0013 widened the request's states: both new ones are taken, a made-up one not."""
    with warehouse.engine.begin() as connection:
        for n, state in enumerate(("WAITING", "WITHDRAWN", "SETTLED_IN_SHOP")):
            connection.execute(text(REQUEST.format(id=f"gid://r/{n}", state=state)))
    with pytest.raises(sqlalchemy.exc.IntegrityError), warehouse.engine.begin() as connection:
        connection.execute(text(REQUEST.format(id="gid://r/9", state="LOST")))


def test_foreign_keys_are_enforced(warehouse):
    with pytest.raises(sqlalchemy.exc.IntegrityError), warehouse.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO rmas (rma_number, order_id, status, created_on) "
                "VALUES ('RMA-X', 424242, 'OPEN', '2026-11-01')"
            )
        )


@pytest.mark.sqlite_only
def test_sqlite_pragmas_are_set(tmp_path):
    opened = open_warehouse(f"sqlite:///{tmp_path / 'x.db'}")
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    opened.close()
