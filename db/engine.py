"""Engines and sessions: built by a function at start-up, never at import."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DatabaseBusy, DatabaseProblem, DatabaseUnavailable

BUSY_TIMEOUT_MS = 5000

# synchronous=FULL: in WAL mode this costs one fsync per commit. The dock commits a few
# times a minute (a receipt, an answer, a decision), so the cost is invisible, and a power
# cut at the bench then never loses a receipt or a grade that the screen showed as saved.
# NORMAL would be faster for bulk writes but may roll back the last commits on power loss.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous=FULL",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Build the engine for a database URL; SQLite files get their folder and pragmas."""
    try:
        parsed = make_url(url)
    except sqlalchemy.exc.ArgumentError:
        raise DatabaseUnavailable(
            f"'{url}' is not a database URL; give a file path's URL like "
            "sqlite:///path/inspector.db or postgresql://user@host/dbname"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed.database)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # GSSAPI encryption is off unless the URL asks for it: stations never use Kerberos,
        # and libpq's GSS start-up has crashed the process when two threads connect at once
        # (psycopg issue #1213; seen here as a segfault in a test that connects from the
        # UI's two background threads to a server that is not there).
        connect_args: dict[str, object] = {"connect_timeout": 5}
        if "gssencmode" not in parsed.query:
            connect_args["gssencmode"] = "disable"
        # hide_parameters: an error's text never carries the values bound to the statement (a
        # PIN's hash among them), so it may be logged.
        return create_engine(
            parsed, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True
        )
    raise DatabaseUnavailable(
        f"the database kind '{parsed.get_backend_name()}' is not supported; use SQLite or "
        "PostgreSQL"
    )


def _sqlite_engine(database: str | None) -> Engine:
    if not database or database == ":memory:":
        raise DatabaseUnavailable("an in-memory database keeps nothing; give a file path")
    path = Path(database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"cannot create the folder {path.parent} ({exc.strerror}); choose another --db path"
        ) from None
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseUnavailable(
            f"the database {path} cannot be written by this user; fix its permissions or "
            "choose another --db path"
        )
    if not path.exists() and not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(
            f"the folder {path.parent} is not writable; choose another --db path"
        )
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # an error's text never carries the bound values (PIN hashes)
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling would defer BEGIN; keep it, but set the
        # pragmas outside any transaction.
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def explain(exc: BaseException) -> DatabaseProblem | None:
    """Turn a driver error into a known database problem, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusy(
            "the database is busy (another program holds a lock); wait a moment and try "
            "again, or close the other program"
        )
    if "unable to open database" in text or "readonly database" in text:
        return DatabaseUnavailable(
            "the database file cannot be opened for writing; check the path and its permissions"
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseUnavailable("the disk holding the database is full; free some space")
    if "file is not a database" in text or "malformed" in text:
        return DatabaseUnavailable(
            "the file is not an Inspector database (or is damaged); restore it from a backup "
            "or choose another --db path"
        )
    if isinstance(exc, sqlalchemy.exc.OperationalError) and (
        "connection" in text or "could not" in text or "timeout" in text
    ):
        return DatabaseUnavailable(
            f"the database cannot be reached ({_why_unreachable(text)}); nothing was saved: "
            "check the network and the database server, then try again"
        )
    return None


# The driver's words for an unreachable server, said in ours: one short line, never its
# multi-line text (which may also name hosts and users).
_UNREACHABLE = (
    ("password authentication failed", "the server refused the password"),
    ("does not exist", "the server has no such database or user"),
    ("could not translate host name", "the server's name is unknown"),
    ("name or service not known", "the server's name is unknown"),
    ("connection refused", "the server refused the connection"),
    ("server closed the connection", "the server closed the connection"),
    ("terminating connection", "the server closed the connection"),
    ("timeout", "the server did not answer in time"),
    ("timed out", "the server did not answer in time"),
    ("no route to host", "the network has no way to the server"),
    ("network is unreachable", "the network is down"),
)


def _why_unreachable(text: str) -> str:
    for words, meaning in _UNREACHABLE:
        if words in text:
            return meaning
    return "the connection failed"


@contextmanager
def explained_errors() -> Iterator[None]:
    """Re-raise known driver errors as DatabaseProblem, leave bugs alone."""
    try:
        yield
    except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.DatabaseError) as exc:
        problem = explain(exc)
        if problem is None:
            raise
        raise problem from exc
