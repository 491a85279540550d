"""Every refusal of the print queue (inspector.tags.print_queue and the printer checks behind
it): the words a grader reads, and not a row changed anywhere: no job queued, none cancelled,
no audit event."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from inspector.core.errors import InspectorError, NotFound
from inspector.grading import units
from inspector.people.roles import NotAllowed
from inspector.tags import print_queue
from inspector.tags.printers import BadPrinterUri, PrinterNotReady
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.grading_floor import grading_floor
from tests.helpers.parcels import bench_grader
from tests.helpers.unchanged import refused

PRINTER = "tcp://127.0.0.1:9"


@dataclass(frozen=True)
class Queue:
    decided: str  # a decided unit's code
    half: str  # a unit still being graded
    sent: int  # a job the printer took
    cancelled: int  # a job cancelled by hand
    paper_out: str  # a printer out of paper


CASES = {
    "cancel by the dock": (
        lambda w, b, q: print_queue.cancel(w, b["dock"], q.sent),
        NotAllowed,
        "may not grade units: that needs the grader role",
    ),
    "cancel signed out": (
        lambda w, b, q: print_queue.cancel(w, None, q.sent),
        NotAllowed,
        "sign in to grade units",
    ),
    "cancel an unknown job": (
        lambda w, b, q: print_queue.cancel(w, b["grader"], 999_999),
        NotFound,
        "no print job 999999",
    ),
    "cancel a job already sent": (
        lambda w, b, q: print_queue.cancel(w, b["grader"], q.sent),
        InspectorError,
        "is sent: it cannot be cancelled",
    ),
    "cancel a job already cancelled": (
        lambda w, b, q: print_queue.cancel(w, b["grader"], q.cancelled),
        InspectorError,
        "is cancelled: it cannot be cancelled",
    ),
    "print by the dock": (
        lambda w, b, q: print_queue.print_tag(w, b["dock"], q.decided, PRINTER),
        NotAllowed,
        "that needs the grader role",
    ),
    "print an unknown unit": (
        lambda w, b, q: print_queue.print_tag(w, b["grader"], "U-NOPE", PRINTER),
        NotFound,
        "no unit U-NOPE",
    ),
    "print a unit not decided yet": (
        lambda w, b, q: print_queue.print_tag(w, b["grader"], q.half, PRINTER),
        InspectorError,
        "has no disposition yet: nothing to print",
    ),
    "print with a profile that does not exist": (
        lambda w, b, q: print_queue.print_tag(w, b["grader"], q.decided, PRINTER, "laser"),
        InspectorError,
        "no printer profile 'laser': use ",
    ),
    "print to an address with no host": (
        lambda w, b, q: print_queue.print_tag(w, b["grader"], q.decided, "tcp://"),
        BadPrinterUri,
        "has no host: write tcp://192.168.1.50:9100",
    ),
    "a sample to a printer out of paper": (
        lambda w, b, q: print_queue.print_sample(q.paper_out, q.decided),
        PrinterNotReady,
        "is not ready",
    ),
}


@pytest.fixture
def bench(warehouse, staff):
    """The grader at a bench, another grader at a second one, and the dock."""
    return {
        "grader": bench_grader(warehouse, staff, "BENCH-1"),
        "grader2": bench_grader(warehouse, staff, "BENCH-2"),
        "dock": staff["dock"],
    }


@pytest.fixture
def queue(warehouse, staff, bench, tmp_path):
    floor = grading_floor(warehouse, staff, bench["grader"], tmp_path)
    grader = bench["grader"]
    sent = print_queue.print_tag(warehouse, grader, floor.decided_code, PRINTER)
    print_queue.mark_sent(warehouse, sent)
    cancelled = print_queue.print_tag(warehouse, grader, floor.decided_code, PRINTER)
    print_queue.cancel(warehouse, grader, cancelled)
    printer = FakePrinter("paper_out")
    yield Queue(
        decided=floor.decided_code,
        half=units.load_draft(warehouse, floor.half).unit_code,
        sent=sent,
        cancelled=cancelled,
        paper_out=printer.uri,
    )
    printer.close()


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, bench, queue, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, bench, queue))


def test_a_queued_job_is_cancelled(warehouse, bench, queue):
    """What the refusals refused is otherwise done: a job not sent is cancelled."""
    job = print_queue.print_tag(warehouse, bench["grader"], queue.decided, PRINTER)
    print_queue.cancel(warehouse, bench["grader"], job)
    assert [j.status for j in print_queue.jobs(warehouse) if j.id == job] == ["CANCELLED"]
