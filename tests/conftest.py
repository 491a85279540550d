"""Shared fixtures: a private home folder per test, and real databases to test against; the
suite's locale, hypothesis profile, and its report of whether PostgreSQL was tested."""

from __future__ import annotations

import gc
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import hypothesis.configuration
import pytest
from hypothesis.database import DirectoryBasedExampleDatabase
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from inspector.core.clock import Clock, system_clock
from inspector.core.collection import collect_if_due
from inspector.core.warehouse import Warehouse, open_warehouse
from tests.helpers import templates

PG_URL = os.environ.get("INSPECTOR_TEST_PG_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])

# One locale whatever the machine's (the suite passes under LANG=ko_KR.UTF-8 and LANG=C alike):
# Qt's system locale, and every subprocess a test starts, see C.UTF-8. The screens' own
# language is chosen by each test (tests/ui/conftest.py installs English for the session).
for _name in ("LANGUAGE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_CTYPE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"

# Hypothesis: the same examples on every run and no example database ("ci", the default), and
# nothing of its own written into the repository: its home folder is a temporary one.
# HYPOTHESIS_PROFILE=dev searches afresh each run and keeps failures found (in that folder).
_HYPOTHESIS_HOME = Path(tempfile.gettempdir()) / "returns-inspector-hypothesis"
hypothesis.configuration.set_hypothesis_home_dir(_HYPOTHESIS_HOME)
hypothesis.settings.register_profile("ci", derandomize=True, database=None)
hypothesis.settings.register_profile(
    "dev",
    database=DirectoryBasedExampleDatabase(_HYPOTHESIS_HOME / "examples"),
)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist each worker gets its own INSPECTOR_HOME (below the one given), so
    nothing that runs outside a test's own home folder is shared between workers."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    home = os.environ.get("INSPECTOR_HOME")
    if worker and home:
        own = Path(home) / worker
        own.mkdir(parents=True, exist_ok=True)
        os.environ["INSPECTOR_HOME"] = str(own)


@pytest.fixture(autouse=True, scope="session")
def collection_on_the_main_thread() -> Iterator[None]:
    """Python collects cycles in whichever thread crosses a threshold: in a test, often a
    worker thread (a Background runner, a station thread), which then deletes an earlier
    test's Qt page from the wrong thread and can crash the worker. In the suite, collection
    runs on the main thread only: between tests here, and during a UI test on the GUI
    thread's timer (ui/common/collector.py), as in the app."""
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def collected_between_tests(collection_on_the_main_thread: None) -> Iterator[None]:
    yield
    collect_if_due()


_ON_POSTGRESQL = re.compile(r"[\[-]postgresql[\]-]")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # noqa: ANN001
    """One line saying whether the PostgreSQL cases ran, and how many."""
    reports = [
        report
        for kind in ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
        for report in terminalreporter.stats.get(kind, [])
        if getattr(report, "when", "call") == "call" and _ON_POSTGRESQL.search(report.nodeid)
    ]
    if PG_URL:
        where = make_url(PG_URL).render_as_string(hide_password=True)
        terminalreporter.write_line(
            f"PostgreSQL: {len(reports)} database cases ran on {where} (INSPECTOR_TEST_PG_URL)"
            if reports
            else f"PostgreSQL: {where} was given, but no database case was in this run"
        )
    else:
        terminalreporter.write_line(
            "PostgreSQL: NOT tested: INSPECTOR_TEST_PG_URL is not set, the database cases ran "
            "on SQLite only"
        )


@pytest.fixture(autouse=True, scope="session")
def _template_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """This process's database templates live in its own temporary folder."""
    templates.use_folder(tmp_path_factory.mktemp("templates"))


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
    admin = create_engine(
        PG_URL.replace("postgresql://", "postgresql+psycopg://", 1),
        connect_args={"connect_timeout": 5},  # a server that does not answer fails in 5 s
    )
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
def warehouse(database_url: str, request: pytest.FixtureRequest) -> Iterator[Warehouse]:
    """An empty warehouse with the newest schema: a copy of this process's template (see
    tests/helpers/templates.py), with the standard staff in it already when the test also
    asks for `staff`. A database that is not empty (a test's own `database_url`) is opened and
    migrated as it is."""
    staffed = "staff" in request.fixturenames
    try:
        actors = templates.fill(database_url, staffed, PG_URL)
        opened = open_warehouse(database_url, migrate=False)
    except templates.NotEmpty:  # a `database_url` of the test's own, with data: migrated
        actors, opened = None, open_warehouse(database_url)
    if actors is not None:
        _STAFF[id(opened)] = actors
    yield opened
    _STAFF.pop(id(opened), None)
    opened.close()


# The staff each `warehouse` was copied with, by the warehouse's id, for `staff` to hand out.
_STAFF: dict[int, dict] = {}


@pytest.fixture
def staff(warehouse: Warehouse):
    """One signed-in operator per role (role name -> Actor) in the test's warehouse: an admin
    (the first operator) and a dock worker, a grader and a supervisor (tests/helpers/people.py)."""
    actors = _STAFF.get(id(warehouse))
    if actors is not None:
        return actors
    # A `warehouse` of the test's own making: the staff are made in it the ordinary way.
    from tests.helpers.people import staff as make_staff

    return make_staff(warehouse)
