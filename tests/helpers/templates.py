"""Databases built once per test process and copied for each test: the schema migrated to the
newest revision, and the same with the standard staff (tests/helpers/people.py) in it.

Migrating costs a few hundred milliseconds and every PIN is a deliberately slow scrypt hash,
so doing both for each of the suite's database tests was most of its time. Each pytest
process (each xdist worker) builds a template the first time a test asks for it:
- SQLite: a file, migrated (and staffed) the ordinary way, then copied byte for byte.
- PostgreSQL: a schema migrated (and staffed) the ordinary way while every statement that
  changed it was recorded; the schema is dropped again and a test's empty schema gets the same
  statements replayed in one transaction. Tables, indexes, constraints, sequences and
  alembic_version come out exactly as the migrations made them, with no tool beyond the
  server.
A test's database is its own copy: nothing a test writes reaches another test or worker.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from inspector.core.warehouse import Warehouse, open_warehouse
from inspector.people.roles import Actor

# The PostgreSQL server the suite tests on (its URL names a database, not a schema).
_SERVER = os.environ.get("INSPECTOR_TEST_PG_URL", "")

# Statements that change nothing in the schema: not recorded, not replayed.
_READS = ("SELECT", "SHOW", "WITH", "SET LOCAL SYNCHRONOUS_COMMIT")


@dataclass
class _Template:
    staff: dict[str, Actor] | None
    sqlite_file: Path | None = None
    statements: list[tuple[str, Any]] = field(default_factory=list)


_lock = threading.RLock()
_sqlite: dict[bool, _Template] = {}
_postgresql: dict[tuple[str, bool], _Template] = {}
_folder: list[Path] = []


def use_folder(folder: Path) -> None:
    """Where this process keeps its SQLite templates (set once by the conftest)."""
    _folder[:] = [folder]


def _build(url: str, staffed: bool) -> dict[str, Actor] | None:
    from tests.helpers.people import staff as make_staff

    warehouse = open_warehouse(url)
    try:
        return make_staff(warehouse) if staffed else None
    finally:
        warehouse.close()


def _sqlite_template(staffed: bool) -> _Template:
    with _lock:
        if staffed not in _sqlite:
            folder = _folder[0] if _folder else Path(tempfile.mkdtemp())
            path = folder / f"template-{'staffed' if staffed else 'empty'}.db"
            path.unlink(missing_ok=True)
            actors = _build(f"sqlite:///{path}", staffed)
            # Closed, so the write-ahead log is folded into the file: the file is the whole.
            for leftover in (
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                assert not leftover.exists() or leftover.stat().st_size == 0, leftover
            _sqlite[staffed] = _Template(actors, sqlite_file=path)
        return _sqlite[staffed]


def _schema_url(server_url: str, schema: str) -> str:
    separator = "&" if "?" in server_url else "?"
    return f"{server_url}{separator}options=-csearch_path%3D{schema}"


def _admin_engine(server_url: str) -> Engine:
    url = make_url(server_url.replace("postgresql://", "postgresql+psycopg://", 1))
    return create_engine(url, connect_args={"connect_timeout": 5})


def _recorded(server_url: str, make: Callable[[str], Any]) -> tuple[Any, list[tuple[str, Any]]]:
    """Run `make` on a new, empty schema's URL, recording every statement that changes the
    schema; drop the schema; return what `make` returned and the statements."""
    schema = f"tmpl_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(server_url)
    statements: list[tuple[str, Any]] = []

    def keep(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if schema not in str(conn.engine.url):
            return
        words = statement.lstrip().upper()
        if not words.startswith(_READS) or "SETVAL(" in words or "NEXTVAL(" in words:
            statements.append((statement, parameters))

    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        event.listen(Engine, "before_cursor_execute", keep)
        try:
            made = make(_schema_url(server_url, schema))
        finally:
            event.remove(Engine, "before_cursor_execute", keep)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()
    return made, statements


def _postgresql_template(server_url: str, staffed: bool) -> _Template:
    with _lock:
        key = (server_url, staffed)
        if key not in _postgresql:
            actors, statements = _recorded(server_url, lambda url: _build(url, staffed))
            _postgresql[key] = _Template(actors, statements=statements)
        return _postgresql[key]


class NotEmpty(Exception):
    """The database to fill already holds tables: it is not a fresh one to copy into."""


def _replay(url: str, statements: list[tuple[str, Any]]) -> None:
    engine = _admin_engine(url)
    try:
        with engine.begin() as connection:
            tables = connection.exec_driver_sql(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            ).scalar()
            if tables:
                raise NotEmpty(url)
            # A test's schema need not survive a server crash: no wait for the disk at commit.
            connection.exec_driver_sql("SET LOCAL synchronous_commit = off")
            for statement, parameters in statements:
                connection.exec_driver_sql(statement, parameters)
    finally:
        engine.dispose()


def fill(url: str, staffed: bool, server_url: str | None = None) -> dict[str, Actor] | None:
    """Make the empty database at `url` a copy of the template: migrated to the newest
    revision, with the standard staff if `staffed` (their actors are returned).

    SQLite: `url` names a file that does not exist yet. PostgreSQL: `url` is an empty schema's
    URL on the server at `server_url` (search_path set), as the conftest makes them. Raises
    NotEmpty, changing nothing, if the database holds anything already."""
    server_url = _SERVER if server_url is None else server_url
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        template = _sqlite_template(staffed)
        target = Path(make_url(url).database or "")
        if target.exists() and target.stat().st_size:
            raise NotEmpty(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        assert template.sqlite_file is not None
        shutil.copyfile(template.sqlite_file, target)
        return dict(template.staff) if template.staff is not None else None
    template = _postgresql_template(server_url, staffed)
    _replay(url, template.statements)
    return dict(template.staff) if template.staff is not None else None


def warehouse_copy(url: str, staffed: bool, server_url: str | None = None) -> Warehouse:
    """The warehouse at `url`, filled from the template and opened (see `fill`)."""
    fill(url, staffed, server_url)
    return open_warehouse(url, migrate=False)


def staffed_sqlite(path: Path) -> tuple[Warehouse, dict[str, Actor]]:
    """A new SQLite warehouse at `path` with the standard staff signed in: what
    `open_warehouse` and tests.helpers.people.staff make, from the template."""
    url = f"sqlite:///{path}"
    actors = fill(url, staffed=True)
    assert actors is not None
    return open_warehouse(url, migrate=False), actors


# What `built` made, by key: a SQLite file.
_built_sqlite: dict[Hashable, Path] = {}


def built(
    warehouse: Warehouse,
    key: Hashable,
    build: Callable[[Warehouse], object],
) -> Warehouse:
    """Fill `warehouse`, a copy of the empty template no one has written to yet, with what
    `build` makes of an empty warehouse (build_demo, say): on SQLite made once per process for
    each `key` and copied after that; on PostgreSQL made in place. `build` must make the same
    thing every time (a seeded demo at a fixed moment). Returns `warehouse`."""
    url = warehouse.url
    with warehouse.engine.connect() as connection:
        operators = connection.execute(text("SELECT count(*) FROM operators")).scalar()
    assert not operators, "built() fills a copy of the empty template, before any other fixture"
    if make_url(url).get_backend_name() == "sqlite":
        with _lock:
            if key not in _built_sqlite:
                folder = _folder[0] if _folder else Path(tempfile.mkdtemp())
                path = folder / f"built-{len(_built_sqlite)}.db"
                made = warehouse_copy(f"sqlite:///{path}", staffed=False)
                try:
                    build(made)
                finally:
                    made.close()
                _built_sqlite[key] = path
        # Every connection closed, the file is replaced; the engine opens new ones on it.
        warehouse.engine.dispose()
        target = Path(make_url(url).database or "")
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(_built_sqlite[key], target)
        return warehouse
    # PostgreSQL: built in the test's own schema. The demo loads its rows with COPY, which
    # no statement recorder sees, and its PostgreSQL build is quick on the client side.
    build(warehouse)
    return warehouse


def demo_sqlite(path: Path, rmas: int, seed: int, now: dt.datetime) -> Warehouse:
    """A new SQLite warehouse at `path` holding build_demo(rmas, seed, now), from a copy."""
    from inspector.demo.build import build_demo

    warehouse = warehouse_copy(f"sqlite:///{path}", staffed=False)
    return built(
        warehouse, ("demo", rmas, seed, now), lambda w: build_demo(w, rmas, seed=seed, now=now)
    )
