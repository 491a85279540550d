"""A tag belongs to its bench, not to an address: a corrected printer address takes the tags
waiting for the old one (audited), another station's tags stay with it even on a shared
printer, and tags left for an old address are counted and sent on. Real loopback printers,
both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db import models as m
from inspector.grading import units as grading
from inspector.people.audit import history
from inspector.people.roles import NotAllowed
from inspector.station.settings import StationSettings, change_station_settings
from inspector.tags.bench_tags import send_stranded, stranded
from inspector.tags.print_worker import PrintWorker
from inspector.tags.printers import PrinterStatus, State
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.parcels import bench_grader, grade_unit, line, received_rma


@pytest.fixture
def printers():
    made = []

    def printer(mode: str = "ready") -> FakePrinter:
        fake = FakePrinter()
        fake.set_mode(mode)
        made.append(fake)
        return fake

    yield printer
    for fake in made:
        fake.close()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def bench(warehouse, staff, tmp_path):
    """Units to grade at two benches; grade(bench, uri, profile) commits one with its tag."""
    graders = {name: bench_grader(warehouse, staff, name) for name in ("BENCH-1", "BENCH-2")}
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 6)])
    pieces = iter(grading.open_rma(warehouse, graders["BENCH-1"], rma).pieces)

    def grade(name: str, uri: str, profile: str = "80mm-576") -> grading.Committed:
        answers = {"tags_attached": True, "packaging": True}
        return grade_unit(
            warehouse, graders[name], next(pieces), answers, "apparel", printer=(uri, profile)
        )

    grade.graders = graders
    grade.admin = staff["admin"]
    return grade


def job(warehouse, job_id) -> m.PrintJob:
    with warehouse.sessions() as session:
        found = session.get(m.PrintJob, job_id)
        assert found is not None
        return found


def worker(warehouse, uri, station_id) -> PrintWorker:
    reports = []
    made = PrintWorker(
        warehouse,
        uri,
        on_report=reports.append,
        clock=Clock(),
        status_timeout=0.5,
        send_timeout=1.0,
        station_id=station_id,
    )
    made.reports = reports
    return made


def settings(printer: str, profile: str = "80mm-576", name: str = "BENCH-1") -> StationSettings:
    return StationSettings(station_name=name, printer=printer, printer_profile=profile)


def test_a_corrected_printer_address_takes_the_waiting_tag_and_prints_it(
    warehouse, bench, printers
):
    wrong, right = printers("refuse"), printers()
    station = bench.graders["BENCH-1"].station_id
    committed = bench("BENCH-1", wrong.uri)
    old = worker(warehouse, wrong.uri, station)
    assert old.run_once() is True
    assert old.reports[-1].state is State.UNREACHABLE and old.reports[-1].waiting == 1
    saved = change_station_settings(
        warehouse, bench.admin, settings(wrong.uri), settings(right.uri)
    )
    assert (saved.station_id, saved.tags_moved, saved.tags_stranded) == (station, 1, 0)
    moved = job(warehouse, committed.print_job)
    assert (moved.printer_uri, moved.status, moved.next_attempt_at) == (right.uri, "QUEUED", None)
    events = [e for e in history(warehouse, "station", "BENCH-1") if e.action == "tags_moved"]
    assert len(events) == 1
    assert events[0].before == {"printers": [wrong.uri], "jobs": [committed.print_job]}
    assert events[0].after == {"printer": right.uri}
    new = worker(warehouse, right.uri, station)
    assert new.run_once() is True
    assert new.reports[-1].outcome == "sent" and new.reports[-1].waiting == 0
    assert new.reports[-1].stranded == 0
    assert decoded(read(right.printed(1)[0], 576))["Code 128"] == [committed.unit_code]
    assert old.run_once() is False  # nothing is left for the old address


def test_another_station_s_tags_stay_with_it_on_a_shared_printer(warehouse, bench, printers):
    shared, own = printers(), printers()
    one, two = (bench.graders[name].station_id for name in ("BENCH-1", "BENCH-2"))
    first = bench("BENCH-1", shared.uri)
    second = bench("BENCH-2", shared.uri)
    saved = change_station_settings(
        warehouse,
        bench.admin,
        settings(shared.uri, name="BENCH-2"),
        settings(own.uri, name="BENCH-2"),
    )
    assert saved.tags_moved == 1
    assert job(warehouse, first.print_job).printer_uri == shared.uri
    assert job(warehouse, second.print_job).printer_uri == own.uri
    # Each bench's worker prints its own tag only, however the addresses look.
    assert worker(warehouse, shared.uri, one).run_once() is True
    assert worker(warehouse, shared.uri, one).run_once() is False
    assert worker(warehouse, own.uri, two).run_once() is True
    assert decoded(read(shared.printed(1)[0], 576))["Code 128"] == [first.unit_code]
    assert decoded(read(own.printed(1)[0], 576))["Code 128"] == [second.unit_code]


def test_a_tag_left_for_an_old_address_is_counted_and_sent_on(warehouse, bench, printers):
    """A tag that went back to the old address after the change (its send was put back)
    is not printed by the bench now using that address; its own bench sees it and sends it."""
    shared, own = printers(), printers()
    one, two = (bench.graders[name].station_id for name in ("BENCH-1", "BENCH-2"))
    left = bench("BENCH-2", shared.uri)  # BENCH-2's printer is `own` by now
    assert stranded(warehouse, two, own.uri)[0].printer_uri == shared.uri
    assert stranded(warehouse, two, own.uri)[0].tags == 1
    neighbour = worker(warehouse, shared.uri, one)
    assert neighbour.run_once() is False
    assert shared.printed() == []
    bench_worker = worker(warehouse, own.uri, two)
    bench_worker._report(PrinterStatus(State.READY))
    report = bench_worker.reports[-1]
    assert (report.waiting, report.stranded) == (0, 1)  # the screen says both
    dock = dataclasses.replace(bench.graders["BENCH-2"], roles=frozenset({"dock"}))
    with pytest.raises(NotAllowed):
        send_stranded(warehouse, dock, two, own.uri, "80mm-576")
    assert send_stranded(warehouse, bench.graders["BENCH-2"], two, own.uri, "80mm-576") == 1
    assert stranded(warehouse, two, own.uri) == []
    assert bench_worker.run_once() is True
    assert decoded(read(own.printed(1)[0], 576))["Code 128"] == [left.unit_code]
    moved = [e for e in history(warehouse, "station", "BENCH-2") if e.action == "tags_moved"]
    assert moved[0].who == bench.graders["BENCH-2"].display_name


def test_no_printer_leaves_the_tags_waiting_and_says_so(warehouse, bench, printers):
    old = printers("paper_out")
    station = bench.graders["BENCH-1"].station_id
    bench("BENCH-1", old.uri)
    bench("BENCH-1", old.uri)
    saved = change_station_settings(warehouse, bench.admin, settings(old.uri), settings(""))
    assert (saved.tags_moved, saved.tags_stranded) == (0, 2)
    assert [(s.printer_uri, s.tags) for s in stranded(warehouse, station, "")] == [(old.uri, 2)]


def test_a_new_paper_lays_the_waiting_tags_out_again(warehouse, bench, printers):
    wide, narrow = printers("cover_open"), printers()
    station = bench.graders["BENCH-1"].station_id
    committed = bench("BENCH-1", wide.uri, "80mm-576")
    change_station_settings(
        warehouse, bench.admin, settings(wide.uri), settings(narrow.uri, "58mm")
    )
    assert job(warehouse, committed.print_job).profile == "58mm"
    assert worker(warehouse, narrow.uri, station).run_once() is True
    paper = read(narrow.printed(1)[0], 384)  # drawn for 384 dots, and it scans there
    assert decoded(paper)["Code 128"] == [committed.unit_code]
    assert all(len(text) <= 32 for text in paper.lines)


def test_a_renamed_station_keeps_its_waiting_tags(warehouse, bench, printers):
    old, new = printers("offline"), printers()
    committed = bench("BENCH-1", old.uri)
    saved = change_station_settings(
        warehouse, bench.admin, settings(old.uri), settings(new.uri, name="BENCH-1A")
    )
    assert saved.tags_moved == 1
    moved = job(warehouse, committed.print_job)
    assert (moved.station_id, moved.printer_uri) == (saved.station_id, new.uri)
    with warehouse.sessions() as session:
        name = session.scalar(select(m.Station.name).where(m.Station.id == moved.station_id))
    assert name == "BENCH-1A"
