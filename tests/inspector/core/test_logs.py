"""Secrets never reach the log: every way a sign-in or an operator's change can fail, run as the
command line runs it, leaves no PIN and no PIN hash in the log file or on stderr."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from db import models as m
from inspector.core.logs import setup_logging
from inspector.core.paths import log_dir
from tests.helpers.cli import run_cli

ADMIN = {"INSPECTOR_PIN": "9000"}
NEW_PIN = "48151623"


def _trip_wire(warehouse) -> None:
    """A trigger that makes any write of the operator 'tripwire' fail unexpectedly (a bug, as
    the app sees it), with the PIN hash among the statement's values."""
    with warehouse.engine.begin() as connection:
        if warehouse.kind == "sqlite":
            for when in ("INSERT", "UPDATE"):
                connection.execute(
                    text(
                        f"CREATE TRIGGER trip_{when.lower()} BEFORE {when} ON operators "
                        "WHEN NEW.login = 'tripwire' OR NEW.display_name = 'Trip Wire' "
                        "BEGIN SELECT abs(-9223372036854775807 - 1); END"
                    )
                )
        else:
            connection.execute(
                text(
                    "CREATE FUNCTION trip() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION 'tripwire'; END $$ LANGUAGE plpgsql"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER trip BEFORE INSERT OR UPDATE ON operators FOR EACH ROW "
                    "WHEN (NEW.login = 'tripwire' OR NEW.display_name = 'Trip Wire') "
                    "EXECUTE FUNCTION trip()"
                )
            )


def _hashes(warehouse) -> list[str]:
    with warehouse.sessions() as session:
        return [h for h in session.scalars(select(m.Operator.pin_hash)) if h]


def test_no_failure_path_puts_a_pin_or_its_hash_in_the_log(warehouse, staff, database_url):
    _trip_wire(warehouse)
    db = ("--db", database_url)
    runs = [
        # an insert that fails unexpectedly: the new operator's PIN hash is one of its values
        run_cli(
            *db,
            "--operator",
            "admin",
            "operators",
            "add",
            "tripwire",
            "--name",
            "T",
            "--role",
            "dock",
            env={**ADMIN, "INSPECTOR_NEW_PIN": NEW_PIN},
        ),
        # an update that fails unexpectedly, with the new hash
        run_cli(
            *db,
            "--operator",
            "admin",
            "operators",
            "add",
            "wired",
            "--name",
            "W",
            "--role",
            "dock",
            env={**ADMIN, "INSPECTOR_NEW_PIN": NEW_PIN},
        ),
        run_cli(
            *db, "--operator", "admin", "operators", "set-badge", "wired", "B-WIRED", env=ADMIN
        ),
        # a display name longer than its column, and wrong and locked PINs
        run_cli(
            *db,
            "--operator",
            "admin",
            "operators",
            "add",
            "longname",
            "--name",
            "N" * 121,
            "--role",
            "dock",
            env={**ADMIN, "INSPECTOR_NEW_PIN": NEW_PIN},
        ),
        *[
            run_cli(*db, "--operator", "grader", "db", "check", env={"INSPECTOR_PIN": "7777"})
            for _ in range(6)
        ],
    ]
    with warehouse.engine.begin() as connection:  # the update: set-pin of an operator now wired
        connection.execute(
            text("UPDATE operators SET display_name = 'Wired' WHERE login = 'wired'")
        )
    runs.append(
        run_cli(
            *db,
            "--operator",
            "admin",
            "operators",
            "set-pin",
            "wired",
            env={**ADMIN, "INSPECTOR_NEW_PIN": NEW_PIN},
        )
    )
    assert runs[0].code == 70 and "unexpected error" in runs[0].err  # the trip wire went off
    assert runs[1].code == 0, runs[1].err
    assert runs[3].code == 1 and "at most 120 fit" in runs[3].err
    assert any("locked" in r.err for r in runs[4:10]), [r.err for r in runs[4:10]]
    logged = (log_dir() / "inspector.log").read_text(encoding="utf-8")
    assert "Traceback" in logged  # the bugs were logged with their tracebacks
    said = logged + "".join(r.err + r.out for r in runs)
    assert "scrypt$" not in said.replace("scrypt$(hidden)", "")
    for secret in (NEW_PIN, *_hashes(warehouse)):
        assert secret not in said
    assert "7777" not in said and "9000" not in said


def test_a_rows_values_in_a_postgresql_detail_are_hidden(warehouse, staff):
    """PostgreSQL repeats a failing row in its DETAIL line: logged, the row is hidden."""
    hashes = _hashes(warehouse)
    path = setup_logging()
    with pytest.raises(sqlalchemy.exc.IntegrityError) as failed, warehouse.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO operators (login, display_name, pin_hash, active, failed_pins, "
                "created_at) SELECT login, NULL, pin_hash, active, failed_pins, created_at "
                "FROM operators WHERE login = 'admin'"
            )
        )
    logging.getLogger("test").error("insert failed", exc_info=failed.value)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "insert failed" in logged
    if warehouse.kind == "postgresql":
        assert "Failing row contains (hidden)" in logged
    for secret in hashes:
        assert secret not in logged
