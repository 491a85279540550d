"""The Scan page: a scanned label receives its parcel; the outcome is big and coloured."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from db import models as m
from inspector.people.station_session import StationSession
from inspector.receiving.receipts import Outcome
from tests.helpers.clock import at_the_demo
from ui.common.wedge import WedgeScanner
from ui.main_window import MainWindow

MIN_TOUCH_PX = 48


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background, StationSession(), clock=at_the_demo())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    with qtbot.waitSignal(win.operator_changed, timeout=5000):
        win.handle_scan("BADGE-1001")  # Dana, dock
    assert win.pages.currentWidget() is win.scan_page
    return win


def an_open_rma(warehouse):
    with warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.status == "OPEN")).first()
        return rma.rma_number, rma.trackings[0].tracking_number


def scan(qtbot, win, code):
    with qtbot.waitSignal(win.scan_page.receipt_shown, timeout=5000) as shown:
        win.handle_scan(code)
    return shown.args[0]


def test_a_label_receives_its_parcel_then_says_already_received(qtbot, window, demo_warehouse):
    number, tracking = an_open_rma(demo_warehouse)
    receipt = scan(qtbot, window, tracking)
    page = window.scan_page
    assert receipt.outcome is Outcome.RECEIVED
    assert page.banner.text().startswith(f"Received: {number}.")
    assert page.banner.property("outcome") == "received"
    assert page.sounds.last == "good"
    assert page.detail.title.text() == number
    assert scan(qtbot, window, number).outcome is Outcome.ALREADY_RECEIVED
    assert page.banner.property("outcome") == "already_received"
    assert page.sounds.last == "again"


def test_an_unknown_label_says_quarantine_with_its_id(qtbot, window):
    receipt = scan(qtbot, window, "1Z999AA10123456784")
    assert receipt.outcome is Outcome.UNKNOWN
    assert receipt.quarantine_id in window.scan_page.banner.text()
    assert window.scan_page.sounds.last == "bad"
    assert not window.scan_page.detail.title.isVisible()


def test_a_wedge_scanner_burst_receives_through_the_same_path(qtbot, qapp, window, demo_warehouse):
    _number, tracking = an_open_rma(demo_warehouse)
    wedge = WedgeScanner()
    qapp.installEventFilter(wedge)
    wedge.scanned.connect(window.handle_scan)
    try:
        window.scan_page.entry.setFocus()
        with qtbot.waitSignal(window.scan_page.receipt_shown, timeout=5000) as shown:
            QTest.keyClicks(window.scan_page.entry, tracking)
            QTest.keyClick(window.scan_page.entry, Qt.Key.Key_Return)
    finally:
        qapp.removeEventFilter(wedge)
    assert shown.args[0].outcome is Outcome.RECEIVED
    assert window.scan_page.entry.text() == ""


def test_typing_a_number_and_tapping_receive_works_too(qtbot, window, demo_warehouse):
    number, _tracking = an_open_rma(demo_warehouse)
    page = window.scan_page
    page.entry.setText(number)
    with qtbot.waitSignal(page.receipt_shown, timeout=5000) as shown:
        qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    assert shown.args[0].outcome is Outcome.RECEIVED
    assert page.receive_button.height() >= MIN_TOUCH_PX and page.entry.height() >= MIN_TOUCH_PX


def test_a_grader_may_not_receive(qtbot, window, demo_warehouse):
    with qtbot.waitSignal(window.operator_changed, timeout=5000):
        window.handle_scan("BADGE-1002")  # Gus, grader
    number, tracking = an_open_rma(demo_warehouse)
    # A grader's scan opens the parcel on Inspect, wherever it happens; it receives nothing.
    window.show_page("scan")
    window.handle_scan(tracking)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.inspect_page, timeout=5000)
    # Typed on the Scan page itself, the service refuses it in words.
    window.scan_page.scan(tracking)
    qtbot.waitUntil(
        lambda: "may not receive parcels" in window.scan_page.banner.text(), timeout=5000
    )
    with demo_warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == number)).one()
        assert rma.status == "OPEN"
        assert session.scalars(select(m.Parcel).where(m.Parcel.rma_id == rma.id)).all() == []


def parcel_count(warehouse):
    with warehouse.sessions() as session:
        return len(session.scalars(select(m.Parcel.id)).all())


def refused(qtbot, win, code):
    with qtbot.waitSignal(win.scan_page.scan_refused, timeout=5000) as said:
        win.handle_scan(code)
    return said.args[0]


def test_a_misread_rma_number_says_check_character_and_records_nothing(
    qtbot, window, demo_warehouse
):
    number, _tracking = an_open_rma(demo_warehouse)
    misread = number[:-1] + ("0" if number[-1] != "0" else "1")
    before = parcel_count(demo_warehouse)
    page = window.scan_page
    said = refused(qtbot, window, misread)
    assert said == "Check character wrong: scan again or retype. Nothing was recorded."
    assert page.scanned.text() == f"Scanned: {misread}"
    assert page.banner.property("outcome") == "refused" and page.sounds.last == "look"
    assert parcel_count(demo_warehouse) == before


def test_a_junk_burst_is_refused_and_its_length_said(qtbot, window, demo_warehouse):
    before = parcel_count(demo_warehouse)
    said = refused(qtbot, window, "X" * 250 + "Y" * 250)
    assert said.startswith("This cannot be a parcel's label")
    assert window.scan_page.scanned.text() == f"Scanned: {'X' * 32}… (500 characters)"
    assert parcel_count(demo_warehouse) == before
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280  # the long code never widens the window
    assert window.width() == 1280


def test_two_unknown_parcels_in_a_row_do_not_look_the_same(qtbot, window):
    page = window.scan_page
    seen = []
    for code in ("PARCEL-FROM-NOWHERE-0001", "PARCEL-FROM-NOWHERE-0002"):
        receipt = scan(qtbot, window, code)
        assert receipt.outcome is Outcome.UNKNOWN
        assert page.scanned.text() == f"Scanned: {code}"
        seen.append((page.banner.text(), page.scanned.text()))
    assert seen[0][0] != seen[1][0] and seen[0][1] != seen[1][1]


def test_every_outcome_shows_what_was_scanned(qtbot, window, demo_warehouse):
    number, tracking = an_open_rma(demo_warehouse)
    for code in (tracking, number):
        scan(qtbot, window, code)
        assert window.scan_page.scanned.text() == f"Scanned: {code}"


def test_a_misread_in_korean(qtbot, korean, window, demo_warehouse):
    number, _tracking = an_open_rma(demo_warehouse)
    said = refused(qtbot, window, number[:-1] + ("0" if number[-1] != "0" else "1"))
    assert (
        said
        == "검사 문자가 틀렸습니다: 다시 스캔하거나 다시 입력하세요. 아무것도 기록하지 않았습니다."
    )
    assert window.scan_page.scanned.text().startswith("스캔한 코드: RMA")


def test_in_korean_the_quarantine_id_takes_the_particle_its_last_sound_wants(qtbot, window, korean):
    receipt = scan(qtbot, window, "1Z999AA10123456784")  # an unknown parcel
    assert receipt.outcome is Outcome.UNKNOWN
    qid = receipt.quarantine_id
    said = window.scan_page.banner.text()
    wanted = "을" if qid[-1] in "0136780LMNR" else "를"
    assert f"{qid}{wanted} " in said, said
    assert "(" not in said.replace(qid, "")


def _drop(page, path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    return event


def test_a_photo_of_a_label_dropped_on_the_page_receives_its_parcel(
    qtbot, window, demo_warehouse, tmp_path
):
    import cv2
    import zxingcpp

    from tests.helpers.frames import label_frame

    number, tracking = an_open_rma(demo_warehouse)
    photo = label_frame(tracking, angle=33, size=(1920, 1080))
    path = tmp_path / "label.jpg"
    cv2.imwrite(str(path), photo)
    with qtbot.waitSignal(window.scan_page.receipt_shown, timeout=10000) as shown:
        assert _drop(window.scan_page, path).isAccepted()
    assert shown.args[0].outcome is Outcome.RECEIVED
    assert shown.args[0].rma.rma_number == number
    qr_only = tmp_path / "portal.png"
    portal = "https://returns.example-shop.com/start"
    cv2.imwrite(str(qr_only), label_frame(portal, fmt=zxingcpp.BarcodeFormat.QRCode))
    with qtbot.waitSignal(window.scan_page.scan_refused, timeout=10000) as refused:
        _drop(window.scan_page, qr_only)
    assert refused.args[0].startswith("No barcode in this photo names a parcel")
