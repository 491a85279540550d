"""The Operators page: admins add and change operators from the GUI; others never see it."""

import pytest
from PySide6.QtCore import Qt

from inspector.people.operators import sign_in_with_badge, sign_in_with_pin
from inspector.people.station_session import StationSession
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background, StationSession())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    return win


def badge_in(qtbot, win, code):
    with qtbot.waitSignal(win.scan_handled, timeout=5000) as handled:
        win.handle_scan(code)
    return handled.args[0]


def test_only_admins_see_the_operators_page(qtbot, window):
    assert badge_in(qtbot, window, "BADGE-1005") == "badge"  # Sofia, supervisor
    assert not window.nav_buttons["operators"].isVisible()
    assert badge_in(qtbot, window, "BADGE-1006") == "badge"  # the admin
    assert window.nav_buttons["operators"].isVisible()


def test_an_admin_adds_an_operator_and_scans_their_badge(qtbot, window, demo_warehouse):
    badge_in(qtbot, window, "BADGE-1006")
    page = window.operators_page
    with qtbot.waitSignal(page.loaded, timeout=5000) as loaded:
        window.show_page("operators")
    assert loaded.args[0] == 6
    page.name.setText("Lee Ji-ho")
    page.login.setText("jiho")
    page.role_boxes["grader"].setChecked(True)
    page.pin.setText("8080")
    page.badge.setFocus()
    assert badge_in(qtbot, window, "BADGE-2001") == "page"  # a scan fills the badge box
    assert page.badge.text() == "BADGE-2001"
    with qtbot.waitSignal(page.loaded, timeout=5000) as loaded:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0] == 7
    assert page.message.text() == "Lee Ji-ho added."
    assert sign_in_with_pin(demo_warehouse, "jiho", "8080", None).roles == {"grader"}
    assert sign_in_with_badge(demo_warehouse, "BADGE-2001", None).login == "jiho"


def test_an_admin_disables_an_operator(qtbot, window, demo_warehouse):
    badge_in(qtbot, window, "BADGE-1006")
    page = window.operators_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("operators")
    row = [v.login for v in page.views].index("gus")
    page.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.disable_button.click()
    assert page.table.item([v.login for v in page.views].index("gus"), 3).text() == "disabled"


def test_a_bad_pin_is_explained(qtbot, window):
    badge_in(qtbot, window, "BADGE-1006")
    page = window.operators_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("operators")
    page.name.setText("Short Pin")
    page.login.setText("short")
    page.role_boxes["dock"].setChecked(True)
    page.pin.setText("12")
    page.add_button.click()
    qtbot.waitUntil(lambda: "4 to 8 digits" in page.message.text(), timeout=5000)
