"""The station's own journal: a small SQLite file beside the settings that keeps the dock's
work while the warehouse's database cannot be reached (scans, a grader's answers), until it
is written there.

Every write is its own transaction, committed with `synchronous=FULL` in WAL mode: one fsync
per entry, so an entry the screen showed as "recorded offline" survives a killed process or
a power cut. Entries are kept after they are written (marked done, with what came of them),
so the dock worker can read the outcomes back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from inspector.core.errors import DatabaseBusy, DatabaseUnavailable, InspectorError
from inspector.core.paths import data_dir

# What a database that cannot take the work now raises: the work is kept here, not lost.
OUTAGES = (DatabaseUnavailable, DatabaseBusy)
FILE_NAME = "station-journal.db"
BUSY_TIMEOUT_S = 5.0

SCHEMA = (
    # One row per scan made while the database was out, in the order scanned (seq).
    """CREATE TABLE IF NOT EXISTS scans (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL UNIQUE,
        scanned_at TEXT NOT NULL,
        code TEXT NOT NULL,
        rma_number TEXT,
        operator_id INTEGER,
        login TEXT NOT NULL,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        station_id INTEGER,
        station TEXT NOT NULL,
        photo BLOB,
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'done')),
        outcome TEXT,
        rma_found TEXT,
        quarantine_id TEXT,
        detail TEXT,
        replayed_at TEXT
    )""",
    # One row per answer a grader gave while the database was out, in the order given.
    """CREATE TABLE IF NOT EXISTS answers (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        unit_id INTEGER NOT NULL,
        unit_code TEXT NOT NULL,
        question_id TEXT NOT NULL,
        value TEXT NOT NULL,
        given_at TEXT NOT NULL,
        operator_id INTEGER NOT NULL,
        login TEXT NOT NULL,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        station_id INTEGER,
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'done')),
        written_at TEXT,
        detail TEXT
    )""",
)


class StationJournal:
    """The journal file: opened per use (cheap), so the GUI's threads and a command line
    process can share it; SQLite's own locking keeps their writes apart."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode; use `with connection:` for a transaction."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise InspectorError(
                f"the station's journal {self.path} cannot be opened ({exc}); the scan was not "
                "recorded: write it down and scan it again later"
            ) from None
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            for statement in SCHEMA:
                connection.execute(statement)
            yield connection
        except sqlite3.Error as exc:
            raise InspectorError(
                f"the station's journal {self.path} cannot be written ({exc}); free some disk "
                "space or check the folder's permissions"
            ) from None
        finally:
            connection.close()
