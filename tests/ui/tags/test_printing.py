"""The bench printer from the screen: a committed unit's tag prints by itself, a printer that
cannot print is shown with the tags waiting, and the screen never waits for a printer."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from inspector.people.station_session import StationSession
from inspector.people.stations import register_station
from inspector.station.settings import StationSettings
from inspector.tags.print_worker import PrinterReport
from inspector.tags.printers import State
from tests.helpers import templates
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.parcels import line, received_rma
from ui.main_window import MainWindow
from ui.station.settings_page import SettingsPage
from ui.tags.printing import PrinterMonitor


@pytest.fixture
def printer():
    fake = FakePrinter()
    yield fake
    fake.close()


@pytest.fixture
def bench(qtbot, tmp_path, background, printer):
    warehouse, staff = templates.staffed_sqlite(tmp_path / "bench.db")
    station = register_station(warehouse, "BENCH-1")
    settings = StationSettings(
        station_name="BENCH-1", printer=printer.uri, printer_profile="80mm-512"
    )
    window = MainWindow(warehouse, settings, background, StationSession(), station)
    monitor = PrinterMonitor(warehouse)
    window.attach_printer(monitor)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.operator_changed, timeout=5000):
        window.handle_scan("BADGE-GRADER")
    staff["grader"] = dataclasses.replace(staff["grader"], station_id=station)
    yield warehouse, staff, window, monitor
    monitor.stop(5)
    warehouse.close()


def grade_one(qtbot, window, rma):
    page = window.inspect_page

    def tap(button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)

    page.open_code(rma)
    qtbot.waitUntil(lambda: page.step == "sheet", timeout=10_000)
    tap(page.sheet_view.grade_next)
    tap(page.unit_view.item_view.matches)
    tap(page.unit_view.question_view.buttons[True])
    tap(page.unit_view.question_view.buttons[True])
    tap(page.unit_view.decision_view.accept_button)
    assert page.step == "put_away"
    return page.committed


def test_a_committed_unit_prints_its_tag_by_itself(qtbot, bench, printer, tmp_path):
    warehouse, staff, window, monitor = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    committed = grade_one(qtbot, window, rma)
    assert committed.print_job is not None
    jobs = printer.printed(1, timeout=10)
    assert decoded(read(jobs[0], 512))["Code 128"] == [committed.unit_code]
    qtbot.waitUntil(
        lambda: "0 tags waiting" in window.inspect_page.printer_label.text(), timeout=5000
    )
    assert window.inspect_page.printer_label.text() == "Tag printer: ready · 0 tags waiting"


def test_paper_out_is_shown_with_the_tags_waiting_and_the_tag_comes_later(
    qtbot, bench, printer, tmp_path
):
    warehouse, staff, window, monitor = bench
    printer.set_mode("paper_out")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    committed = grade_one(qtbot, window, rma)
    label = window.inspect_page.printer_label
    qtbot.waitUntil(lambda: "out of paper" in label.text(), timeout=10_000)
    assert label.text() == "Tag printer: out of paper · 1 tag waiting"
    assert "7a1717" in label.styleSheet()
    printer.set_mode("ready")  # paper in: the tag comes out at the next try (2 s back-off)
    jobs = printer.printed(1, timeout=15)
    assert decoded(read(jobs[0], 512))["QR Code"] == [committed.unit_code]
    qtbot.waitUntil(lambda: label.text() == "Tag printer: ready · 0 tags waiting", timeout=10_000)


def test_the_screen_never_waits_for_a_printer_that_does_not_answer(qtbot, bench, printer, tmp_path):
    warehouse, staff, window, monitor = bench
    printer.set_mode("silent")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    grade_one(qtbot, window, rma)
    # The event loop ticks every 10 ms while the worker waits on the silent printer.
    gaps, clock, last = [], QElapsedTimer(), [0]
    clock.start()

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    qtbot.waitUntil(
        lambda: "not answering" in window.inspect_page.printer_label.text(), timeout=10_000
    )
    qtbot.wait(3000)  # two more tries, each waiting out the status timeout in its own thread
    timer.stop()
    assert len(gaps) > 150
    assert max(gaps[1:]) < 150, max(gaps)
    # Switching printers does not wait for the stuck one either.
    started = time.monotonic()
    monitor.use("")
    assert time.monotonic() - started < 0.1


def test_reprint_from_the_parcel_and_the_settings_test_print(
    qtbot, bench, printer, tmp_path, background
):
    warehouse, staff, window, monitor = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    committed = grade_one(qtbot, window, rma)
    printer.printed(1, timeout=10)
    page = window.inspect_page
    qtbot.mouseClick(page.put_away_view.next_unit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step == "sheet" and not page.busy, timeout=5000)
    page.sheet_view.pieces.setCurrentRow(0)
    assert page.sheet_view.reprint_button.isEnabled()
    qtbot.mouseClick(page.sheet_view.reprint_button, Qt.MouseButton.LeftButton)
    jobs = printer.printed(2, timeout=10)
    assert "** REPRINT **" in [x.strip() for x in read(jobs[1], 512).lines]
    assert decoded(read(jobs[1], 512))["Code 128"] == [committed.unit_code]

    settings = SettingsPage(warehouse, background, window.settings, lambda: staff["admin"])
    qtbot.addWidget(settings)
    settings.show()
    settings.profile.setCurrentIndex(settings.profile.findData("58mm"))
    settings.test_print_button.click()  # (a press inside the flickable form goes through QScroller)
    qtbot.waitUntil(lambda: "Sample tag printed" in settings.message.text(), timeout=10_000)
    sample = settings.message.text().split("read ")[1].rstrip(".")
    assert decoded(read(printer.printed(3, timeout=10)[2], 384))["Code 128"] == [sample]
    printer.set_mode("cover_open")
    settings.test_print_button.click()  # (a press inside the flickable form goes through QScroller)
    qtbot.waitUntil(lambda: "No sample tag" in settings.message.text(), timeout=10_000)
    assert settings.message.text() == (
        f"No sample tag: The printer at {printer.uri} cannot print now: cover open."
    )


def test_a_waiting_tag_can_be_cancelled_from_the_put_away_screen(qtbot, bench, printer, tmp_path):
    warehouse, staff, window, monitor = bench
    printer.set_mode("cover_open")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    committed = grade_one(qtbot, window, rma)
    page = window.inspect_page
    assert page.put_away_view.cancel_tag.isVisible()
    qtbot.mouseClick(page.put_away_view.cancel_tag, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.put_away_view.cancel_tag.isVisible(), timeout=5000)
    assert page.banner.text() == "The tag will not be printed."
    from inspector.tags import print_queue

    assert [j.status for j in print_queue.jobs(warehouse, unit_code=committed.unit_code)] == [
        "CANCELLED"
    ]
    printer.set_mode("ready")
    # A reprint asked for afterwards comes out; the cancelled tag never does: the worker has
    # tried again by then, so "nothing else printed" is not merely a retry still to come.
    print_queue.print_tag(warehouse, staff["grader"], committed.unit_code, printer.uri, "80mm-512")
    jobs = printer.printed(1, timeout=15)
    assert "** REPRINT **" in [x.strip() for x in read(jobs[0], 512).lines]
    qtbot.wait(500)
    assert len(printer.printed()) == 1


def test_a_replaced_printer_s_last_word_is_not_shown(qtbot, demo_warehouse, printer):
    """After the bench's printer changes, the old worker ends the step in hand and reports it;
    that report is of an address the bench no longer uses and never reaches the screen."""
    other = FakePrinter()
    monitor = PrinterMonitor(demo_warehouse)
    try:
        monitor.use(other.uri, None)
        old = monitor.worker
        monitor.use(printer.uri, None)
        qtbot.waitUntil(lambda: monitor.last is not None, timeout=10_000)
        assert monitor.last.printer_uri == printer.uri
        shown = []
        monitor.reported.connect(shown.append)
        late = PrinterReport(other.uri, State.UNREACHABLE, "gone", 3)
        thread = threading.Thread(target=old.on_report, args=(late,))
        thread.start()
        thread.join()
        qtbot.wait(300)
        assert shown == [] and monitor.last.printer_uri == printer.uri
    finally:
        monitor.stop(5)
        other.close()
