"""The main window: navigation by touch, the status bar, start-up and the crash dialog."""

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main_window import MainWindow

MIN_TOUCH_PX = 48  # 9 mm at 96 dpi


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_status_bar_names_station_operator_and_database(window, demo_warehouse):
    assert window.station_label.text() == "Station: BENCH-9"
    assert window.operator_label.text() == "No one signed in"
    assert demo_warehouse.describe() in window.database_label.text()


def test_navigation_buttons_switch_pages_and_are_big_enough(qtbot, window):
    from PySide6.QtCore import Qt

    for key, button in window.nav_buttons.items():
        assert button.height() >= MIN_TOUCH_PX and button.width() >= MIN_TOUCH_PX, key
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
    window.show_page("search")
    assert window.pages.currentWidget() is window.search_page
    window.show_page("settings")
    assert window.pages.currentWidget() is window.settings_page


def test_saving_station_settings_updates_the_status_bar(qtbot, window):
    from inspector.station import load_settings

    window.show_page("settings")
    page = window.settings_page
    page.station_name.setText("DOCK-4")
    page.language.setCurrentIndex(page.language.findData("ko"))
    with qtbot.waitSignal(page.settings_saved):
        page.save_button.click()
    assert window.station_label.text() == "Station: DOCK-4"
    assert load_settings().station_name == "DOCK-4"
    assert "restarted" in page.message.text()


def test_an_empty_station_name_is_refused(window):
    page = window.settings_page
    page.station_name.setText("   ")
    page.save_button.click()
    assert page.message.text() == "Give the station a name."


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
    from inspector.logs import setup_logging
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


def test_start_up_with_an_unusable_database_explains_and_exits(qtbot, qapp):
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


def test_start_up_on_the_demo_opens_the_window_with_data(qtbot, qapp, inspector_home):
    import main

    shown = {}

    def look_then_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, look_then_quit)
            return
        win = windows[0]
        shown["database"] = win.database_label.text()
        win.search_page.query.setText("RMA00000001X")
        win.search_page.start_search()

        def finished(hits: int) -> None:
            shown["hits"] = hits
            shown["window"] = win
            win.hide()  # hide, not close: closing the last window would post a second quit
            qapp.quit()

        win.search_page.search_finished.connect(finished)

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
