"""The keyboard-wedge scanner filter: fast bursts are scans, slow keys stay typing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from ui.common.wedge import WedgeScanner


@pytest.fixture
def scanner(qapp):
    wedge = WedgeScanner(gap_ms=35)
    qapp.installEventFilter(wedge)
    yield wedge
    qapp.removeEventFilter(wedge)


@pytest.fixture
def field(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_a_fast_burst_ending_in_enter_is_a_scan_and_never_reaches_the_field(qtbot, scanner, field):
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        QTest.keyClicks(field, "1Z999AA10123456784")  # no delay between keys: a scanner
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert scanned.args == ["1Z999AA10123456784"]
    qtbot.wait(60)
    assert field.text() == ""


def test_tab_ends_a_scan_too(qtbot, scanner, field):
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        QTest.keyClicks(field, "BADGE-1001")
        QTest.keyClick(field, Qt.Key.Key_Tab)
    assert scanned.args == ["BADGE-1001"]


def test_slow_typing_stays_typing(qtbot, scanner, field):
    with qtbot.assertNotEmitted(scanner.scanned, wait=100):
        QTest.keyClicks(field, "rma12", delay=90)  # 90 ms between keys: a person
        QTest.keyClick(field, Qt.Key.Key_Return, delay=90)
    qtbot.waitUntil(lambda: field.text() == "rma12", timeout=1000)


def test_a_short_fast_burst_is_typing(qtbot, scanner, field):
    with qtbot.assertNotEmitted(scanner.scanned, wait=100):
        QTest.keyClicks(field, "ab")
        QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.text() == "ab", timeout=1000)


def test_a_burst_without_enter_is_handed_on_as_typing(qtbot, scanner, field):
    with qtbot.assertNotEmitted(scanner.scanned, wait=100):
        QTest.keyClicks(field, "pasted-by-a-fast-hand")
    qtbot.waitUntil(lambda: field.text() == "pasted-by-a-fast-hand", timeout=1000)


def test_keys_count_as_activity(qtbot, scanner, field):
    with qtbot.waitSignal(scanner.activity, timeout=1000):
        QTest.keyClick(field, Qt.Key.Key_A, delay=50)


def test_shift_pressed_for_capitals_does_not_break_a_scan(qtbot, scanner, field):
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        for char in "BADGE-1005":
            if char.isupper():
                QTest.keyPress(field, Qt.Key.Key_Shift)
            QTest.keyClick(field, char)
            if char.isupper():
                QTest.keyRelease(field, Qt.Key.Key_Shift)
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert scanned.args == ["BADGE-1005"]
