"""Schema migrations: upgrade to the newest revision, refuse a schema newer than the code.

Alembic is loaded only when there is something to do: a database already at the newest
revision (every start but the first after an update) is recognised from the scripts' own
revision lines, which keeps Alembic off the way to the sign-in page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db.engine import explained_errors
from db.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with explained_errors(), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Return the database's revision; raise SchemaTooNew if this code does not know it."""
    revision = current_revision(engine)
    if revision is None:
        return None
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        raise SchemaTooNew(
            f"the database schema ({revision}) is newer than this version of Returns "
            "Inspector; update the app on this station, or use another --db"
        )
    return revision


def newest_on_disk() -> str | None:
    """The one head among the migration scripts, read from their revision lines without
    Alembic; None when that is not plain (a script without them, several heads)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down[1]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped(engine: Engine) -> list[str] | None:
    """The revisions the database says it is at; None when it has no alembic_version table."""
    with explained_errors(), engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return [row[0] for row in rows]


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; return (before, after)."""
    newest = newest_on_disk()
    if newest is not None and _stamped(engine) == [newest]:
        return newest, newest  # up to date: nothing for Alembic to do
    from alembic import command

    before = check_not_newer(engine)
    config = _config()
    with explained_errors(), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return before, head_revision()
