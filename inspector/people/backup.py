"""Backing up the database while the stations keep working."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require

PAGES_PER_STEP = 1024  # copy in steps so that writers are held up for moments, not minutes


def backup(warehouse: Warehouse, target: Path, actor: Actor | None) -> int:
    """Copy a SQLite database to `target` with SQLite's online backup; return its size.

    Needs the admin role. PostgreSQL databases are backed up with the server's own tools,
    and the message says how.
    """
    require(actor, Action.BACKUP)
    url = make_url(warehouse.url)
    if url.get_backend_name() != "sqlite":
        raise InspectorError(
            "this station uses PostgreSQL; back it up on the server with "
            f"pg_dump --format=custom --file={target} {url.database}"
        )
    if target.exists():
        raise InspectorError(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise InspectorError(f"the folder {target.parent} does not exist")
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(str(url.database))
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination, pages=PAGES_PER_STEP)
                check = destination.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                destination.close()
        finally:
            source.close()
        if check != "ok":
            raise InspectorError(f"the backup failed its integrity check ({check}); try again")
        partial.rename(target)
        with warehouse.sessions.begin() as session:
            record(
                session,
                actor,
                "database_backed_up",
                "warehouse",
                url.database or "",
                after={"file": str(target)},
            )
    except sqlite3.Error as exc:
        raise InspectorError(f"the backup could not be written: {exc}") from None
    except OSError as exc:
        raise InspectorError(f"the backup could not be written: {exc.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size
