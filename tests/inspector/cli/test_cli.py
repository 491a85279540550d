"""The `inspector` command line, run as a real subprocess: output, exit codes, bad input."""

import json
import os
import sqlite3

import pytest

from tests.helpers.cli import run_cli
from tests.helpers.rma_files import row, write_csv


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_version_and_unknown_option():
    assert run_cli("--version").out.startswith("inspector ")
    ran = run_cli("--bogus", "lookup", "x")
    assert ran.code == 2
    assert "unrecognized arguments: --bogus" in one_line(ran.err)


def test_demo_then_lookup_prints_the_rma_as_json(database_url):
    ran = run_cli("--db", database_url, "demo", "--rmas", "120", "--as-of", "2026-11-26T12:00")
    assert ran.code == 0, ran.err
    assert "120 RMAs" in ran.out
    ran = run_cli("--db", database_url, "lookup", "RMA00000001X")
    assert ran.code == 0, ran.err
    data = json.loads(ran.out)
    assert data["rma_number"] == "RMA00000001X"
    assert set(data) >= {"order_number", "status", "tracking_numbers", "lines"}
    assert {"sku", "quantity", "reason"} <= set(data["lines"][0])
    tracking = data["tracking_numbers"][0]
    assert json.loads(run_cli("--db", database_url, "lookup", tracking).out)["rma_number"] == (
        "RMA00000001X"
    )


def test_lookup_of_nothing_exits_3(database_url):
    ran = run_cli("--db", database_url, "lookup", "1Z999AA10123456784")
    assert ran.code == 3
    assert "no RMA matches" in one_line(ran.err)


SUPERVISOR = ("--operator", "supervisor")
SUPERVISOR_PIN = {"INSPECTOR_PIN": "3000"}


def test_import_reports_every_bad_row_and_exits_non_zero(database_url, staff, tmp_path):
    path = write_csv(
        tmp_path / "r.csv", [row(), row(rma_number="R-2", quantity="x", tracking_numbers="")]
    )
    ran = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=SUPERVISOR_PIN)
    assert ran.code == 1
    assert f"{path}: line 3: quantity 'x' is not a whole number" in ran.err
    assert "nothing imported" in ran.err.splitlines()[-1]
    assert "Traceback" not in ran.err
    assert run_cli("--db", database_url, "lookup", "R-1001").code == 3


def test_import_good_file_twice(database_url, staff, tmp_path):
    path = write_csv(tmp_path / "r.csv", [row()])
    args = ("--db", database_url, *SUPERVISOR, "import", str(path))
    assert "1 new RMAs" in run_cli(*args, env=SUPERVISOR_PIN).out
    assert "1 already imported" in run_cli(*args, env=SUPERVISOR_PIN).out


def test_import_needs_a_supervisor(database_url, staff, tmp_path):
    path = write_csv(tmp_path / "r.csv", [row()])
    ran = run_cli("--db", database_url, "import", str(path))
    assert ran.code == 1 and "needs an operator: give --operator" in one_line(ran.err)
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "dock",
        "import",
        str(path),
        env={"INSPECTOR_PIN": "1000"},
    )
    assert ran.code == 1
    assert "Dock Person (dock) may not import RMAs" in one_line(ran.err)
    ran = run_cli(
        "--db", database_url, *SUPERVISOR, "import", str(path), env={"INSPECTOR_PIN": "0000"}
    )
    assert ran.code == 1 and "wrong PIN" in one_line(ran.err)
    assert run_cli("--db", database_url, "lookup", "R-1001").code == 3


def test_import_of_a_missing_file(database_url, staff, tmp_path):
    ran = run_cli(
        "--db", database_url, *SUPERVISOR, "import", str(tmp_path / "nope.csv"), env=SUPERVISOR_PIN
    )
    assert ran.code == 1 and "no such file" in one_line(ran.err)


@pytest.mark.sqlite_only
def test_unwritable_database_path(tmp_path):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        ran = run_cli(
            "--db", f"sqlite:///{folder}/sub/x.db", "lookup", "x", env={"HOME": str(tmp_path)}
        )
        if os.geteuid() == 0:  # root writes anywhere; a file in /proc it cannot create
            ran = run_cli("--db", "sqlite:////proc/inspector/x.db", "lookup", "x")
        assert ran.code == 1
        assert "choose another --db path" in one_line(ran.err)
    finally:
        folder.chmod(0o700)


@pytest.mark.sqlite_only
def test_not_a_database_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    ran = run_cli("--db", f"sqlite:///{path}", "lookup", "x")
    assert ran.code == 1
    assert "not an Inspector database" in one_line(ran.err)
    assert path.read_text().startswith("these are my notes")


@pytest.mark.sqlite_only
def test_schema_newer_than_the_code(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("--db", url, "db", "upgrade").code == 0
    with sqlite3.connect(tmp_path / "x.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    ran = run_cli("--db", url, "db", "upgrade")
    assert ran.code == 1
    assert "newer than this version" in one_line(ran.err)


@pytest.mark.sqlite_only
def test_locked_database_is_explained_and_nothing_is_half_written(tmp_path):
    from inspector.core.warehouse import open_warehouse
    from tests.helpers.people import staff

    url = f"sqlite:///{tmp_path / 'x.db'}"
    opened = open_warehouse(url)
    staff(opened)
    opened.close()
    holder = sqlite3.connect(tmp_path / "x.db", timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        path = write_csv(tmp_path / "r.csv", [row()])
        ran = run_cli("--db", url, *SUPERVISOR, "import", str(path), timeout=60, env=SUPERVISOR_PIN)
    finally:
        holder.rollback()
        holder.close()
    assert ran.code == 1
    assert "database is busy" in one_line(ran.err)
    assert run_cli("--db", url, "lookup", "R-1001").code == 3


def test_unsupported_database_url():
    ran = run_cli("--db", "mysql://x/y", "lookup", "x")
    assert ran.code == 1 and "not supported" in one_line(ran.err)


def test_backup_says_how_for_postgresql(database_url, staff, tmp_path):
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "admin",
        "db",
        "backup",
        str(tmp_path / "copy.db"),
        env={"INSPECTOR_PIN": "9000"},
    )
    if database_url.startswith("sqlite"):
        assert ran.code == 0, ran.err
    else:
        assert ran.code == 1
        assert "pg_dump" in one_line(ran.err)


def test_receive_says_a_parcel_that_arrived_after_arrive_by_is_late(database_url, staff, tmp_path):
    import datetime as dt

    asked = dt.date.today() - dt.timedelta(days=15)  # "arrive by" was yesterday
    fields = {
        "rma_created": asked.isoformat(),
        "delivered_date": (asked - dt.timedelta(days=3)).isoformat(),
        "order_date": (asked - dt.timedelta(days=6)).isoformat(),
    }
    path = write_csv(tmp_path / "late.csv", [row(**fields)])
    imported = run_cli("--db", database_url, *SUPERVISOR, "import", str(path), env=SUPERVISOR_PIN)
    assert imported.code == 0, imported.err
    ran = run_cli(
        "--db", database_url, "--operator", "dock", "receive", "1Z999AA10123456784",
        env={"INSPECTOR_PIN": "1000"},
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["outcome"] == "arrived_late"
    looked = json.loads(run_cli("--db", database_url, "lookup", "R-1001").out)
    assert looked["request_by"] == (asked + dt.timedelta(days=27)).isoformat()
    assert looked["arrive_by"] == (asked + dt.timedelta(days=14)).isoformat()
    assert looked["arrived_on"] == dt.date.today().isoformat()
