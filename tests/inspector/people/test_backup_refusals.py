"""Every refusal of a backup (inspector.people.backup) a caller can provoke: the words an
admin reads, no row changed (no 'backed up' audit event), and no file left behind. A backup
that fails SQLite's integrity check cannot be provoked from outside (the copy is SQLite's
own online backup of a sound file)."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError
from inspector.people.backup import backup
from inspector.people.roles import NotAllowed
from tests.helpers.unchanged import refused


def test_a_supervisor_may_not_back_up(warehouse, staff, tmp_path):
    refused(
        warehouse,
        NotAllowed,
        "may not back up the database: that needs the admin role",
        lambda: backup(warehouse, tmp_path / "copy.db", staff["supervisor"]),
    )
    assert not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("taken.db", "taken.db already exists; choose a new file name"),
        ("gone/copy.db", "gone does not exist"),
    ],
)
def test_a_target_that_cannot_be_used(warehouse, staff, tmp_path, name, words):
    (tmp_path / "taken.db").write_bytes(b"an earlier backup")
    if warehouse.kind == "postgresql":
        words = "this station uses PostgreSQL; back it up on the server with pg_dump"
    refused(
        warehouse, InspectorError, words, lambda: backup(warehouse, tmp_path / name, staff["admin"])
    )
    assert (tmp_path / "taken.db").read_bytes() == b"an earlier backup"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("inspector.db")) == [
        "home",
        "taken.db",
    ]
