"""The main window: sign-in, navigation by touch, the status bar, start-up, crash dialog."""

import datetime as dt
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector.people.operators import sign_in_with_pin
from inspector.people.station_session import StationSession
from tests.helpers.clock import at_the_demo
from tests.inspector.people.test_pins_and_roles import FakeClock
from ui.main_window import MainWindow

MIN_TOUCH_PX = 48  # 9 mm at 96 dpi


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background, clock):
    session = StationSession(dt.timedelta(minutes=5), clock)
    win = MainWindow(demo_warehouse, settings, background, session, clock=at_the_demo())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    return win


def sign_in(qtbot, win, login, pin):
    qtbot.mouseClick(win.sign_in_page.name_buttons[login], Qt.MouseButton.LeftButton)
    pad = win.sign_in_page.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.operator_changed, timeout=5000) as changed:
        qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)
    return changed.args[0]


def test_nothing_but_sign_in_until_someone_signs_in(qtbot, window):
    assert window.pages.currentWidget() is window.sign_in_page
    assert not window.rail.isEnabled()
    assert window.operator_label.text() == "No one signed in"
    assert "dana 1111" in window.sign_in_page.demo_hint.text()  # the demo shows its PINs
    actor = sign_in(qtbot, window, "dana", "1111")
    assert actor.login == "dana"
    assert window.rail.isEnabled()
    assert window.pages.currentWidget() is window.scan_page  # the dock's page
    assert window.operator_label.text() == "Signed in: Dana Whitfield (dock)"


def test_a_wrong_pin_is_said_and_counted(qtbot, window):
    page = window.sign_in_page
    qtbot.mouseClick(page.name_buttons["gus"], Qt.MouseButton.LeftButton)
    for digit in "0000":
        page.pin_pad.press(digit)
    with qtbot.waitSignal(page.problem_shown, timeout=5000) as shown:
        page.pin_pad.press("OK")
    assert shown.args[0] == "Wrong PIN, 4 tries left."
    assert window.session.actor is None


def test_status_bar_names_station_and_database(window, demo_warehouse):
    assert window.station_label.text() == "Station: BENCH-9"
    assert demo_warehouse.describe() in window.database_label.text()


def test_navigation_buttons_switch_pages_and_are_big_enough(qtbot, window):
    sign_in(qtbot, window, "sofia", "3333")
    for key, button in window.nav_buttons.items():
        assert button.height() >= MIN_TOUCH_PX and button.width() >= MIN_TOUCH_PX, key
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
    for key in window.sign_in_page.name_buttons.values():
        assert key.height() >= MIN_TOUCH_PX
    assert window.sign_out_button.height() >= MIN_TOUCH_PX
    window.show_page("settings")
    assert window.pages.currentWidget() is window.settings_page


def test_idle_station_signs_out(qtbot, window, clock):
    sign_in(qtbot, window, "dana", "1111")
    clock.advance(minutes=4)
    window._on_idle_timer_timeout()
    assert window.session.actor is not None
    clock.advance(minutes=1)
    with qtbot.waitSignal(window.operator_changed) as changed:
        window._on_idle_timer_timeout()
    assert changed.args == [None]
    assert window.pages.currentWidget() is window.sign_in_page
    assert "Signed out after 5 minutes" in window.sign_in_page.message.text()


def test_a_badge_scan_switches_operator_in_one_scan(qtbot, window):
    sign_in(qtbot, window, "dana", "1111")
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as handled:
        window.handle_scan("BADGE-1005")
    assert handled.args == ["badge"]
    assert window.session.actor.login == "sofia"
    assert "Sofia Lindqvist" in window.operator_label.text()


def test_a_scan_while_signed_out_asks_to_sign_in(qtbot, window):
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as handled:
        window.handle_scan("RMA00000001X")
    assert handled.args == ["refused"]
    assert "Sign in first" in window.sign_in_page.message.text()


def test_a_scan_on_the_find_page_finds_the_rma(qtbot, window):
    sign_in(qtbot, window, "admin", "9999")  # neither receives nor grades: the scan looks up
    window.show_page("search")
    with qtbot.waitSignal(window.search_page.rma_shown, timeout=5000) as shown:
        window.handle_scan("RMA00000001X")
    assert shown.args == ["RMA00000001X"]
    assert window.pages.currentWidget() is window.search_page


def test_station_settings_need_an_admin(qtbot, window):
    sign_in(qtbot, window, "sofia", "3333")
    window.show_page("settings")
    page = window.settings_page
    # A supervisor may look, and is told in one line who may change them.
    assert page.locked.isVisible() and "Only a system admin" in page.locked.text()
    assert not page.save_button.isEnabled() and not page.station_name.isEnabled()
    assert page.test_print_button.isEnabled()
    window.sign_out()
    sign_in(qtbot, window, "admin", "9999")
    window.show_page("settings")
    assert not page.locked.isVisible() and page.save_button.isEnabled()
    page.station_name.setText("DOCK-4")
    page.language.setCurrentIndex(page.language.findData("ko"))
    page.idle_minutes.setCurrentIndex(page.idle_minutes.findData(10))
    with qtbot.waitSignal(page.settings_saved, timeout=5000):
        page.save_button.click()
    assert window.station_label.text() == "Station: DOCK-4"
    assert window.session.idle_limit == dt.timedelta(minutes=10)  # applies at once
    from inspector.people.stations import register_station

    dock4 = register_station(window.warehouse, "DOCK-4")
    assert window.station_id == dock4 and window.session.actor.station_id == dock4
    assert "after a restart" in page.message.text()


def test_the_first_start_of_a_fresh_database_asks_for_an_admin(
    qtbot, tmp_path, settings, background
):
    from inspector.core.warehouse import open_warehouse

    fresh = open_warehouse(f"sqlite:///{tmp_path / 'fresh.db'}")
    win = MainWindow(fresh, settings, background, StationSession())
    qtbot.addWidget(win)
    page = win.sign_in_page
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.first_admin, timeout=5000)
    page.admin_name.setText("Ada Admin")
    page.admin_login.setText("ada")
    page.admin_pin.setText("4711")
    page.admin_pin_again.setText("4712")
    page.create_admin.click()
    assert page.message.text() == "The two PINs differ."
    page.admin_pin_again.setText("4711")
    with qtbot.waitSignal(win.operator_changed, timeout=5000) as changed:
        page.create_admin.click()
    assert changed.args[0].roles == frozenset({"admin"})
    assert sign_in_with_pin(fresh, "ada", "4711", None).login == "ada"
    fresh.close()


def _answer_next_dialog(seen: list[str]) -> None:
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.text() if isinstance(dialog, QMessageBox) else "")
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_an_uncaught_exception_is_logged_and_shown_naming_the_log(qtbot, qapp, inspector_home):
    from inspector.core.logs import setup_logging
    from ui.crash import CrashReporter

    log_file = setup_logging()
    reporter = CrashReporter(log_file)
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    reporter.install()
    seen: list[str] = []
    try:
        _answer_next_dialog(seen)
        try:
            raise RuntimeError("printer said no")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert "RuntimeError: printer said no" in seen[0]
    assert str(log_file) in seen[0]
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "printer said no" in log_file.read_text()


def test_start_up_with_an_unusable_database_explains_and_exits(qtbot, qapp, restored_application):
    import main

    seen: list[str] = []
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        _answer_next_dialog(seen)
        status = main.main(["inspector-gui", "--db", "mysql://somewhere/else"])
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
        qapp.setStyleSheet("")
    assert status == 1
    assert "not supported" in seen[0]


def test_start_up_on_the_demo_signs_in_and_finds_an_rma(
    qtbot, qapp, inspector_home, restored_application
):
    import main

    shown = {}

    def look_then_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible() or not windows[0].sign_in_page.name_buttons:
            QTimer.singleShot(50, look_then_quit)
            return
        win = windows[0]
        shown["database"] = win.database_label.text()
        shown["window"] = win

        def finished(hits: int) -> None:
            shown["hits"] = hits
            win.hide()  # hide, not close: closing the last window would post a second quit
            qapp.quit()

        def signed_in(actor) -> None:
            win.search_page.search_finished.connect(finished)
            win.search_page.query.setText("RMA00000001X")
            win.search_page.start_search()

        win.operator_changed.connect(signed_in)
        win.handle_scan("BADGE-1001")  # Dana's badge

    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        QTimer.singleShot(50, look_then_quit)
        status = main.main(["inspector-gui", "--demo"])
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
        qapp.setStyleSheet("")
    shown["window"].deleteLater()
    assert status == 0
    assert "demo.db" in shown["database"]
    assert shown["hits"] == 1
    assert (inspector_home / "demo.db").exists()


def test_the_window_fits_a_1280_by_800_bench_screen(qtbot, window, korean, qapp):
    # Every page counts (a stacked layout is as wide as its widest page), in both languages,
    # with the dock's theme (its touch sizes make controls taller than Qt's own).
    from ui.app import THEME

    qapp.setStyleSheet(THEME.read_text(encoding="utf-8"))
    window.ensurePolished()
    for page in window.findChildren(QWidget):
        page.ensurePolished()
    try:
        assert window.minimumSizeHint().width() <= 1280
        assert window.minimumSizeHint().height() <= 800
    finally:
        qapp.setStyleSheet("")
    assert window.minimumSizeHint().width() <= 1280
    window.resize(1280, 800)
    assert window.width() == 1280


def an_unreceived_rma(warehouse):
    from sqlalchemy import select

    from db import models as m

    with warehouse.sessions() as session:
        return session.scalars(select(m.Rma.rma_number).where(m.Rma.status == "OPEN")).first()


def test_a_message_is_gone_after_a_badge_switch_and_after_leaving_its_page(qtbot, window):
    sign_in(qtbot, window, "gus", "2222")  # a grader: his home is Inspect
    assert window.pages.currentWidget() is window.inspect_page
    page = window.inspect_page
    number = an_unreceived_rma(window.warehouse)
    page.open_code(number)
    qtbot.waitUntil(lambda: "has not been received" in page.banner.text(), timeout=5000)
    # Leaving the page: the message stays behind with it.
    window.show_page("search")
    window.show_page("inspect")
    assert page.banner.text() == "" and not page.banner.isVisible()
    page.open_code(number)
    qtbot.waitUntil(lambda: "has not been received" in page.banner.text(), timeout=5000)
    # Another badge: the next operator does not read Gus's message.
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.handle_scan("BADGE-1003")  # Kim Min-ji, another grader
    assert window.session.actor.login == "minji"
    assert page.banner.text() == ""
    # Settings: a message there goes when its page is left.
    window.show_page("settings")
    window.settings_page.printer.clear()
    window.settings_page.test_print_button.click()
    assert window.settings_page.message.text() == "Type the printer's address first."
    window.show_page("search")
    assert window.settings_page.message.text() == ""


def test_signing_in_clears_what_the_scan_page_said_to_the_last_operator(qtbot, window):
    sign_in(qtbot, window, "dana", "1111")
    page = window.scan_page
    with qtbot.waitSignal(page.receipt_shown, timeout=5000):
        window.handle_scan("1Z999AA10123456784")  # unknown: quarantined, its id on screen
    assert "quarantine" in page.banner.text()
    window.sign_out()
    sign_in(qtbot, window, "ravi", "2424")  # dock and grader: the Scan page again
    assert window.pages.currentWidget() is page
    assert page.banner.text() == "Ready: scan a return label."
    assert page.scanned.text() == "" and not page.detail.title.isVisible()


@pytest.mark.parametrize(
    ("login", "pin", "offered"),
    [
        ("dana", "1111", {"search", "scan", "settings"}),
        ("gus", "2222", {"search", "inspect", "settings"}),
        ("ravi", "2424", {"search", "scan", "inspect", "settings"}),
        ("sofia", "3333", {"search", "inspect", "supervisor", "settings"}),
        ("admin", "9999", {"search", "settings", "operators"}),
    ],
)
def test_the_rail_offers_only_the_pages_the_role_can_use(qtbot, window, login, pin, offered):
    sign_in(qtbot, window, login, pin)
    shown = {key for key, button in window.nav_buttons.items() if button.isVisible()}
    assert shown == offered
    window.show_page("settings")
    locked = window.settings_page.locked
    assert locked.isVisible() is (login != "admin")


def test_a_dock_worker_on_settings_sees_why_nothing_can_be_changed(qtbot, window):
    sign_in(qtbot, window, "dana", "1111")
    window.show_page("settings")
    page = window.settings_page
    assert page.locked.isVisible()
    assert page.locked.text() == (
        "Only a system admin can change these settings: you can look, and print a test tag."
    )
    for control in (page.station_name, page.language, page.printer, page.save_button):
        assert not control.isEnabled()
    assert page.locked.height() <= 2 * page.locked.fontMetrics().height() + 8  # one line


def test_a_dock_workers_scan_on_another_page_receives_the_parcel(qtbot, window):
    sign_in(qtbot, window, "dana", "1111")
    number = an_unreceived_rma(window.warehouse)
    window.show_page("settings")
    with qtbot.waitSignal(window.scan_page.receipt_shown, timeout=5000) as shown:
        window.handle_scan(number)
    assert shown.args[0].outcome.value == "received"
    assert window.pages.currentWidget() is window.scan_page
    assert window.scan_page.banner.text().startswith(f"Received: {number}.")


def test_a_graders_scan_on_another_page_opens_the_parcel_on_inspect(qtbot, window):
    from sqlalchemy import select

    from db import models as m

    with window.warehouse.sessions() as session:
        number = session.scalars(
            select(m.Rma.rma_number).where(m.Rma.status == "COMPLETE").order_by(m.Rma.id)
        ).first()
    sign_in(qtbot, window, "gus", "2222")
    window.show_page("search")
    with qtbot.waitSignal(window.inspect_page.step_shown, timeout=5000) as shown:
        window.handle_scan(number)
    assert shown.args == ["sheet"]
    assert window.pages.currentWidget() is window.inspect_page
    assert window.inspect_page.sheet.rma_number == number


def test_a_badge_switch_goes_to_the_new_operators_home_page(qtbot, window):
    sign_in(qtbot, window, "sofia", "3333")
    window.show_page("supervisor")
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.handle_scan("BADGE-1001")  # Dana, dock
    assert window.pages.currentWidget() is window.scan_page
    window.show_page("search")
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.handle_scan("BADGE-1002")  # Gus, grader
    assert window.pages.currentWidget() is window.inspect_page
    window.show_page("settings")
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.handle_scan("BADGE-1002")  # Gus again: no switch, he stays where he is
    assert window.pages.currentWidget() is window.settings_page
