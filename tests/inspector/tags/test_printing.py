"""Bin tags through the queue to a real TCP printer on loopback: the bytes it receives are
read back and scanned; each printer fault has its outcome; no tag is lost or printed twice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.grading import committing, units
from inspector.tags import print_queue
from inspector.tags.bin_tags import PROFILES
from inspector.tags.print_worker import PrintWorker
from inspector.tags.printers import State
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.http_service import HttpService
from tests.helpers.parcels import bench_grader, grade_unit, line, received_rma


@pytest.fixture
def printer():
    fake = FakePrinter()
    yield fake
    fake.close()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def graded(warehouse, staff, tmp_path):
    """Grade units and queue their tags for a printer: returns a function(uri, profile)."""
    grader = bench_grader(warehouse, staff)
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 4)])
    pieces = iter(units.open_rma(warehouse, grader, rma).pieces)

    def grade(uri: str, profile: str = "80mm-576") -> committing.Committed:
        answers = {"tags_attached": True, "packaging": True}
        return grade_unit(
            warehouse, grader, next(pieces), answers, "apparel", printer=(uri, profile)
        )

    grade.grader = grader
    return grade


def job_status(warehouse, job_id):
    with warehouse.sessions() as session:
        return session.get(m.PrintJob, job_id)


def worker_for(warehouse, printer, clock, **timeouts):
    return PrintWorker(
        warehouse,
        printer.uri,
        clock=clock,
        status_timeout=timeouts.get("status", 0.5),
        send_timeout=timeouts.get("send", 1.0),
    )


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_a_committed_unit_prints_a_tag_that_scans(warehouse, graded, printer, profile):
    committed = graded(printer.uri, profile)
    assert committed.print_job is not None
    worker = worker_for(warehouse, printer, Clock())
    assert worker.run_once() is True
    assert worker.run_once() is False  # nothing more to do
    assert len(printer.printed(1)) == 1
    paper = read(printer.printed(1)[0], PROFILES[profile].dots)
    assert decoded(paper)["Code 128"] == [committed.unit_code]
    assert decoded(paper)["QR Code"] == [committed.unit_code]
    assert f"BIN {committed.bin_code}" in [x.strip() for x in paper.lines]
    job = job_status(warehouse, committed.print_job)
    assert (job.status, job.attempts, job.sent_at is not None) == ("SENT", 1, True)


@pytest.mark.parametrize(
    ("fault", "state", "words"),
    [
        ("paper_out", State.PAPER_OUT, "out of paper"),
        ("cover_open", State.COVER_OPEN, "cover is open"),
        ("offline", State.OFFLINE, "offline"),
        ("refuse", State.UNREACHABLE, ""),
        ("silent", State.NO_ANSWER, "no answer"),
    ],
)
def test_a_printer_that_cannot_print_delays_the_tag_and_prints_it_once_back(
    warehouse, graded, printer, fault, state, words
):
    printer.set_mode(fault)
    committed = graded(printer.uri)
    clock = Clock()
    worker = worker_for(warehouse, printer, clock)
    reports = []
    worker.on_report = reports.append
    assert worker.run_once() is True
    assert reports[-1].state is state and words in reports[-1].detail
    assert reports[-1].outcome == "retry" and reports[-1].waiting == 1
    job = job_status(warehouse, committed.print_job)
    assert job.status == "QUEUED" and job.next_attempt_at == clock.now + dt.timedelta(seconds=2)
    assert worker.run_once() is False  # backing off: not yet
    clock.wait(2)
    assert worker.run_once() is True  # still down: a longer wait now
    assert job_status(warehouse, committed.print_job).next_attempt_at == clock.now + dt.timedelta(
        seconds=5
    )
    printer.set_mode("ready")
    clock.wait(5)
    assert worker.run_once() is True
    assert reports[-1].outcome == "sent" and reports[-1].waiting == 0
    assert len(printer.printed(1)) == 1
    assert decoded(read(printer.printed(1)[0], 576))["Code 128"] == [committed.unit_code]
    clock.wait(60)
    assert worker.run_once() is False
    assert len(printer.printed(1)) == 1


def test_a_tag_for_an_address_that_is_no_printer_waits_and_says_so(warehouse, graded):
    service = HttpService()
    try:
        committed = graded(service.uri)
        reports = []
        worker = PrintWorker(warehouse, service.uri, on_report=reports.append, clock=Clock())
        assert worker.run_once() is True
    finally:
        service.close()
    assert reports[-1].state is State.NOT_ESCPOS and reports[-1].outcome == "retry"
    assert "not an ESC/POS printer" in reports[-1].detail
    job = job_status(warehouse, committed.print_job)
    assert job.status == "QUEUED" and "HTTP/1.1 400 Bad Request" in job.last_error
    assert len(service.requests) == 1  # asked for its status; the tag itself never went


@pytest.mark.parametrize("fault", ["stall", "reset"])
def test_a_printer_that_stops_mid_tag_is_left_for_a_person_not_resent(
    warehouse, graded, printer, fault
):
    printer.set_mode(fault)
    committed = graded(printer.uri, "58mm")  # the 58 mm tag is a raster: many kilobytes
    clock = Clock()
    worker = worker_for(warehouse, printer, clock, send=0.5)
    reports = []
    worker.on_report = reports.append
    assert worker.run_once() is True
    job = job_status(warehouse, committed.print_job)
    assert job.status == "FAILED"
    assert "stopped taking the tag after" in job.last_error
    assert reports[-1].outcome == "failed"
    printer.set_mode("ready")
    clock.wait(3600)
    assert worker.run_once() is False  # never by itself: it may have printed
    assert printer.printed() == []
    # The person reprints it: a new job, marked as a reprint.
    job_id = print_queue.print_tag(
        warehouse, graded.grader, committed.unit_code, printer.uri, "58mm"
    )
    assert worker.run_once() is True
    assert len(printer.printed(1)) == 1
    assert "** REPRINT **" in [x.strip() for x in read(printer.printed(1)[0], 384).lines]
    assert job_status(warehouse, job_id).reprint is True


def test_the_queue_survives_a_restart_and_an_interrupted_send_is_not_repeated(
    warehouse, graded, printer
):
    first = graded(printer.uri)
    second = graded(printer.uri)
    # A station took the first job and died while sending it.
    claimed = print_queue.claim_next(warehouse, printer.uri)
    assert claimed is not None and print_queue.begin_send(warehouse, claimed[0])
    # The next start: the interrupted job waits for a person; the other prints.
    worker = worker_for(warehouse, printer, Clock())
    worker.start()
    try:
        deadline = dt.datetime.now() + dt.timedelta(seconds=10)
        while job_status(warehouse, second.print_job).status != "SENT":
            assert dt.datetime.now() < deadline
            worker.wake()
            worker._stop.wait(0.05)
    finally:
        assert worker.stop(5)
    assert job_status(warehouse, first.print_job).status == "FAILED"
    assert "stopped while sending" in job_status(warehouse, first.print_job).last_error
    assert len(printer.printed(1)) == 1
    assert decoded(read(printer.printed(1)[0], 576))["Code 128"] == [second.unit_code]


def test_a_queued_tag_can_be_cancelled_and_a_sent_one_cannot(warehouse, graded, printer):
    printer.set_mode("paper_out")
    committed = graded(printer.uri)
    worker = worker_for(warehouse, printer, Clock())
    worker.run_once()
    print_queue.cancel(warehouse, graded.grader, committed.print_job)
    printer.set_mode("ready")
    worker.clock.wait(600)
    assert worker.run_once() is False
    assert printer.printed() == []
    sent = graded(printer.uri)
    worker.run_once()
    with pytest.raises(print_queue.InspectorError, match="is sent: it cannot be cancelled"):
        print_queue.cancel(warehouse, graded.grader, sent.print_job)
    listed = print_queue.jobs(warehouse, printer_uri=printer.uri)
    assert [(j.unit_code, j.status) for j in listed] == [
        (sent.unit_code, "SENT"),
        (committed.unit_code, "CANCELLED"),
    ]


def test_a_bad_printer_address_refuses_the_commit_and_keeps_the_draft(warehouse, graded):
    with pytest.raises(print_queue.InspectorError, match="is not a printer address"):
        graded("lpt1")
    with warehouse.sessions() as session:
        assert session.scalars(select(m.Unit.status)).all() == ["DRAFT"]
        assert session.scalars(select(m.PrintJob)).all() == []


def test_a_tag_cancelled_while_its_printer_is_asked_is_not_sent_or_requeued(
    warehouse, graded, printer
):
    committed = graded(printer.uri)
    job_id, _payload = print_queue.claim_next(warehouse, printer.uri)
    assert job_id == committed.print_job
    print_queue.cancel(warehouse, graded.grader, job_id)  # the grader changed their mind
    assert print_queue.still_wanted(warehouse, job_id) is False
    print_queue.put_back(warehouse, job_id, "out of paper")  # the worker's answer, too late
    assert job_status(warehouse, job_id).status == "CANCELLED"
    assert worker_for(warehouse, printer, Clock()).run_once() is False
    assert printer.printed() == []
