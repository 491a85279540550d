"""The Settings page and the bench printer, on the main window with a real loopback printer:
a corrected address takes the waiting tag and the screen's count follows the queue; tags
left for an old address are said and sent on; an address that is no printer is said so."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import models as m
from inspector.people.operators import sign_in_with_pin
from inspector.people.station_session import StationSession
from inspector.people.stations import register_station
from inspector.station.settings import StationSettings
from inspector.tags import print_queue
from tests.helpers.clock import at_the_demo
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.http_service import HttpService
from ui.main_window import MainWindow
from ui.tags.printing import PrinterMonitor


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


@pytest.fixture
def bench(qtbot, demo_warehouse, background):
    """The main window at BENCH-9 with its printer monitor: open(printer_uri) -> window."""
    station = register_station(demo_warehouse, "BENCH-9")
    made = []

    def open_window(printer: str) -> MainWindow:
        settings = StationSettings(station_name="BENCH-9", camera="", printer=printer)
        window = MainWindow(
            demo_warehouse, settings, background, StationSession(), station, clock=at_the_demo()
        )
        monitor = PrinterMonitor(demo_warehouse)
        window.attach_printer(monitor)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(monitor)
        return window

    open_window.station = station
    yield open_window
    for monitor in made:
        monitor.stop(5)


def sign_in(window, warehouse, login, pin):
    window.sign_in(sign_in_with_pin(warehouse, login, pin, window.station_id))


def a_decided_unit(warehouse) -> str:
    with warehouse.sessions() as session:
        return session.scalars(
            select(m.Unit.unit_code).where(m.Unit.status.in_(("DECIDED", "PUT_AWAY")))
        ).first()


def printer_line(window) -> str:
    return window.inspect_page.printer_label.text()


def test_a_corrected_address_takes_the_waiting_tag_and_the_count_follows(
    qtbot, bench, demo_warehouse, printers
):
    wrong, right = printers("refuse"), printers()
    window = bench(wrong.uri)
    gus = sign_in_with_pin(demo_warehouse, "gus", "2222", bench.station)
    unit = a_decided_unit(demo_warehouse)
    print_queue.print_tag(demo_warehouse, gus, unit, wrong.uri, "80mm-576")
    window.printer_monitor.wake()
    qtbot.waitUntil(
        lambda: printer_line(window) == "Tag printer: not reachable · 1 tag waiting",
        timeout=10_000,
    )
    sign_in(window, demo_warehouse, "admin", "9999")
    window.show_page("settings")
    page = window.settings_page
    page.printer.setText(right.uri)
    with qtbot.waitSignal(page.settings_saved, timeout=10_000):
        page.save_button.click()
    assert page.message.text() == (
        f"Saved. 1 waiting tag of this bench moved to its printer {right.uri}."
    )
    jobs = right.printed(1, timeout=10)
    assert decoded(read(jobs[0], 576))["Code 128"] == [unit]
    qtbot.waitUntil(
        lambda: printer_line(window) == "Tag printer: ready · 0 tags waiting", timeout=10_000
    )
    assert wrong.printed() == []


def test_tags_left_for_an_old_address_are_said_and_sent_on(qtbot, bench, demo_warehouse, printers):
    old, current = printers("refuse"), printers()
    window = bench(current.uri)
    gus = sign_in_with_pin(demo_warehouse, "gus", "2222", bench.station)
    unit = a_decided_unit(demo_warehouse)
    print_queue.print_tag(demo_warehouse, gus, unit, old.uri, "80mm-576")
    window.printer_monitor.wake()
    qtbot.waitUntil(
        lambda: printer_line(window).endswith(
            "· 1 more waits for an old printer address: send it from Settings"
        ),
        timeout=15_000,
    )
    window.sign_in(gus)  # the grader at the bench sends it on
    page = window.settings_page
    with qtbot.waitSignal(page.stranded_shown, timeout=10_000) as shown:
        window.show_page("settings")
    assert shown.args[0] == 1 and page.stranded_row.isVisible()
    assert page.stranded.text() == (
        f"1 tag of this bench waits for {old.uri}, which is not its printer: it will not "
        "print there."
    )
    with qtbot.waitSignal(page.stranded_shown, timeout=10_000) as shown:
        page.send_stranded_button.click()
    assert shown.args[0] == 0 and not page.stranded_row.isVisible()
    assert page.message.text() == f"1 tag sent to {current.uri}."
    jobs = current.printed(1, timeout=10)
    assert decoded(read(jobs[0], 576))["Code 128"] == [unit]


def test_tags_left_for_an_old_address_in_korean(qtbot, korean, bench, demo_warehouse, printers):
    old, current = printers("refuse"), printers()
    window = bench(current.uri)
    gus = sign_in_with_pin(demo_warehouse, "gus", "2222", bench.station)
    print_queue.print_tag(demo_warehouse, gus, a_decided_unit(demo_warehouse), old.uri, "58mm")
    window.sign_in(gus)
    page = window.settings_page
    with qtbot.waitSignal(page.stranded_shown, timeout=10_000):
        window.show_page("settings")
    assert page.stranded.text().startswith("이 검수대의 태그 1개가 ")
    assert old.uri in page.stranded.text()
    assert page.send_stranded_button.text() == "이 프린터로 보내기"


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "answers, but it is not an ESC/POS printer"), ("ko", "ESC/POS 프린터가 아닙니다")],
)
def test_a_test_print_to_an_address_that_is_no_printer_says_so(
    qtbot, qapp, bench, demo_warehouse, language, words
):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translators

    service = HttpService()
    translators = install_translators(qapp, "ko") if language == "ko" else []
    try:
        window = bench("")
        sign_in(window, demo_warehouse, "admin", "9999")
        window.show_page("settings")
        page = window.settings_page
        page.printer.setText(service.uri)
        page.test_print_button.click()
        qtbot.waitUntil(lambda: page.test_print_button.isEnabled(), timeout=10_000)
        said = page.message.text()
    finally:
        service.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert service.uri in said and words in said
    assert "paper" not in said and "용지" not in said


def test_the_longest_printer_line_fits_the_bench_screen(qtbot, korean, bench, demo_warehouse):
    from inspector.tags.print_worker import PrinterReport
    from inspector.tags.printers import State

    window = bench("tcp://127.0.0.1:9")
    window.printer_monitor.stop(5)  # this test says what the worker would have said
    qtbot.wait(50)
    report = PrinterReport("tcp://127.0.0.1:9", State.NOT_ESCPOS, "", 12, None, "failed", 3)
    window.inspect_page.show_printer(report)
    window.show_page("inspect")
    qtbot.wait(50)
    assert "ESC/POS" in printer_line(window) and "3개" in printer_line(window)
    assert window.minimumSizeHint().width() <= 1280 and window.width() == 1280
