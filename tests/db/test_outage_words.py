"""A database that cannot be reached is said in one line of words: that it cannot be reached,
that nothing was saved, and what to do; never the driver's text."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from db.errors import DatabaseUnavailable
from inspector.core.warehouse import open_warehouse
from tests.conftest import PG_URL
from tests.helpers.cli import run_cli


def _one_line_in_words(message: str, why: str) -> None:
    assert "\n" not in message.strip(), message
    assert message.startswith(f"the database cannot be reached ({why}); nothing was saved"), message
    assert "check the network and the database server, then try again" in message
    assert "psycopg" not in message and "DETAIL" not in message


def test_a_server_that_refuses_is_said_in_words():
    with pytest.raises(DatabaseUnavailable) as refused:
        open_warehouse("postgresql://postgres@127.0.0.1:1/inspector")
    _one_line_in_words(str(refused.value), "the server refused the connection")
    ran = run_cli("--db", "postgresql://postgres@127.0.0.1:1/inspector", "lookup", "R-1")
    assert ran.code == 1 and len(ran.err.strip().splitlines()) == 1
    assert "the database cannot be reached" in ran.err and "Traceback" not in ran.err


def test_a_connection_the_server_closes_mid_work_is_said_in_words(warehouse):
    if warehouse.kind != "postgresql":
        pytest.skip("SQLite has no server to close the connection")
    from db.engine import explained_errors

    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with (
            pytest.raises(DatabaseUnavailable) as cut,
            explained_errors(),
            warehouse.sessions.begin() as session,
        ):
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.begin() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))
    finally:
        admin.dispose()
    _one_line_in_words(str(cut.value), "the server closed the connection")
