"""`inspector db backup`: a consistent copy while another station keeps writing."""

import sqlite3
import threading

import pytest

from inspector.core.errors import InspectorError
from inspector.core.warehouse import open_warehouse
from inspector.demo.build import build_demo
from inspector.people.backup import backup
from inspector.people.operators import sign_in_with_pin
from inspector.people.roles import Actor
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.sqlite_only


ADMIN = Actor(1, "admin", "Ada Admin", frozenset({"admin"}))


def test_backup_while_a_writer_keeps_committing(tmp_path):
    source = tmp_path / "live.db"
    warehouse = open_warehouse(f"sqlite:///{source}")
    build_demo(warehouse, 1500, seed=1)
    admin = sign_in_with_pin(warehouse, "admin", "9999", None)
    stop = threading.Event()
    written = []

    def writer():
        connection = sqlite3.connect(source, timeout=10)
        number = 0
        while not stop.is_set():
            number += 1
            with connection:
                connection.execute(
                    "INSERT INTO outbox_events (at, kind, payload) VALUES "
                    "('2026-11-26 10:00:00.000000', 'test', ?)",
                    (f'{{"n": {number}}}',),
                )
            written.append(number)
            stop.wait(0.002)  # a busy station, not a tight loop that starves other writers
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        target = tmp_path / "copy.db"
        before = len(written)
        size = backup(warehouse, target, admin)
        after = len(written)
        # The writer goes on committing after the backup: 20 more, not merely one.
        deadline = threading.Event()
        for _ in range(1000):
            if len(written) >= after + 20:
                break
            deadline.wait(0.01)
        assert len(written) >= after + 20, "the writer stopped committing after the backup"
    finally:
        stop.set()
        thread.join()
    assert size > 0
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM rmas").fetchone()[0] == 1500
    # The copy is one moment of the live file: every write committed before the backup
    # began, none from after it ended (one may be committed and not yet counted by the writer).
    copied = copy.execute("SELECT count(*) FROM outbox_events WHERE kind = 'test'").fetchone()[0]
    assert before <= copied <= after + 1
    copy.close()
    warehouse.close()


def test_backup_refuses_to_overwrite(tmp_path):
    warehouse = open_warehouse(f"sqlite:///{tmp_path / 'a.db'}")
    (tmp_path / "exists.db").write_text("keep me")
    with pytest.raises(InspectorError, match="already exists"):
        backup(warehouse, tmp_path / "exists.db", ADMIN)
    assert (tmp_path / "exists.db").read_text() == "keep me"
    warehouse.close()


def test_backup_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    run_cli("--db", url, "demo", "--rmas", "50")
    ran = run_cli(
        "--db",
        url,
        "--operator",
        "admin",
        "db",
        "backup",
        str(tmp_path / "b.db"),
        env={"INSPECTOR_PIN": "9999"},
    )
    assert ran.code == 0, ran.err
    assert "backed up" in ran.out
    assert run_cli("--db", f"sqlite:///{tmp_path / 'b.db'}", "lookup", "RMA00000001X").code == 0
