"""Shared fixtures: a private home folder per test, and real databases to test against."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from inspector.core.clock import Clock, system_clock
from inspector.core.warehouse import Warehouse, open_warehouse

PG_URL = os.environ.get("INSPECTOR_TEST_PG_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture
def clock() -> Clock:
    """The clock a test's pages and services are given, and that the test reads "today" from
    (never date.today() of its own): the wall clock unless a test overrides this fixture."""
    return system_clock


@pytest.fixture(autouse=True)
def inspector_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders, and no INSPECTOR_DB."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("INSPECTOR_HOME", str(home))
    monkeypatch.delenv("INSPECTOR_DB", raising=False)
    return home


def _pg_schema_url(schema: str) -> str:
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of the kind the test is parametrized with."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'inspector.db'}"
        return
    # PostgreSQL: a schema of our own per test, dropped afterwards. Unreachable is a failure,
    # not a skip: CI provides the server and must exercise it.
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach it is the test's failure
        admin.dispose()
        pytest.fail(f"PostgreSQL at INSPECTOR_TEST_PG_URL is unreachable: {exc}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that use `database_url` (directly or through `warehouse`) run on every backend."""
    if "database_url" in metafunc.fixturenames and not any(
        mark.name == "sqlite_only" for mark in metafunc.definition.iter_markers()
    ):
        metafunc.parametrize("database_url", BACKENDS, indirect=True)


@pytest.fixture
def warehouse(database_url: str) -> Iterator[Warehouse]:
    """An empty warehouse with the newest schema."""
    opened = open_warehouse(database_url)
    yield opened
    opened.close()


@pytest.fixture
def staff(warehouse: Warehouse):
    """One signed-in operator per role (role name -> Actor) in the test's warehouse."""
    from tests.helpers.people import staff as make_staff

    return make_staff(warehouse)
