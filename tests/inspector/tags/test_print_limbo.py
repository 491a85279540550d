"""Print jobs never left in limbo: a job claimed by a station that was killed before a byte went
out goes back to the queue (and prints once; one that had begun sending waits for a person:
test_printing); a job whose outcome the database did not take (it was out) is settled when the
database is back."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from db import models as m
from inspector.tags.print_worker import PrintWorker
from tests.conftest import PG_URL
from tests.helpers.fake_printer import FakePrinter
from tests.inspector.tags.test_printing import graded, job_status  # noqa: F401 - fixture

__all__ = ["graded"]


def _station(database_url, printer) -> subprocess.Popen:
    station = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.print_station", database_url, printer.uri],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert station.stdout.readline().strip() == "started"
    return station


def _until(condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _kill(station: subprocess.Popen) -> None:
    station.send_signal(signal.SIGKILL)
    station.wait(10)
    station.stdout.close()


def test_a_job_claimed_by_a_killed_station_before_any_byte_is_queued_again(
    warehouse,
    graded,
    database_url,  # noqa: F811
):
    printer = FakePrinter("silent")  # the station waits for the printer's status: no byte out
    try:
        job = graded(printer.uri).print_job
        station = _station(database_url, printer)
        try:
            _until(lambda: job_status(warehouse, job).status == "SENDING")
            time.sleep(0.3)
        finally:
            _kill(station)
        assert job_status(warehouse, job).send_started_at is None
        printer.set_mode("ready")
        worker = PrintWorker(warehouse, printer.uri, status_timeout=2, send_timeout=2)
        worker.start()  # the next start at the bench
        try:
            _until(lambda: job_status(warehouse, job).status == "SENT")
        finally:
            assert worker.stop(5)
        assert len(printer.printed(1)) == 1
    finally:
        printer.close()


def _outage_at_the_outcome(warehouse):
    """At the moment the worker writes a job's outcome, the database goes out: SQLite is
    locked by another program for longer than the busy timeout; PostgreSQL closes the
    worker's connection."""
    fired = threading.Event()

    def before(conn, _cursor, statement, _params, _context, _many):
        if fired.is_set() or "sent_at=" not in statement.replace(" ", "").replace(
            "send_started_at", ""
        ):
            return
        fired.set()
        if warehouse.kind == "sqlite":
            blocker = sqlite3.connect(make_url(warehouse.url).database, check_same_thread=False)
            blocker.execute("BEGIN EXCLUSIVE")
            threading.Timer(6.5, blocker.close).start()  # the busy timeout is 5 s
        else:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
            with admin.begin() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            admin.dispose()

    event.listen(warehouse.engine, "before_cursor_execute", before)
    return fired


def test_a_job_whose_outcome_met_an_outage_is_settled_when_the_database_is_back(
    warehouse,
    graded,  # noqa: F811
):
    printer = FakePrinter("ready")
    try:
        job = graded(printer.uri).print_job
        fired = _outage_at_the_outcome(warehouse)
        worker = PrintWorker(warehouse, printer.uri, status_timeout=2, send_timeout=2)
        worker.idle_poll_s = 0.1
        worker.start()
        try:
            _until(fired.is_set)
            _until(lambda: job_status(warehouse, job).status == "SENT", seconds=30)
        finally:
            assert worker.stop(10)
        assert len(printer.printed(1)) == 1 and worker.unsettled is None
        assert isinstance(job_status(warehouse, job), m.PrintJob)
    finally:
        printer.close()
