"""The Scan page through a real database outage: scans are kept on the station with an amber
tile and their own sound, the status bar counts them, and when the database is back they are
written and listed with what to do with each parcel (in English and in Korean)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models as m
from inspector.core.station_journal import StationJournal
from inspector.people.station_session import StationSession
from tests.helpers.clock import at_the_demo
from tests.helpers.outage import Dock, dock_with_outage
from ui.main_window import MainWindow

STRANGER = "1Z999AA10123456784"  # a well-formed UPS number no RMA names
KEPT_MS = 30_000  # on SQLite each kept scan first waits out the busy timeout (5 s)


@pytest.fixture
def dock(database_url: str) -> Iterator[Dock]:
    with dock_with_outage(database_url, StationJournal(), rmas=80) as opened:
        yield opened


@pytest.fixture
def window(qtbot, dock, settings, background):
    win = MainWindow(dock.warehouse, settings, background, StationSession(), clock=at_the_demo())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    with qtbot.waitSignal(win.operator_changed, timeout=5000):
        win.handle_scan("BADGE-1001")  # Dana, dock
    assert win.pages.currentWidget() is win.scan_page
    return win


def an_open_tracking(dock: Dock) -> tuple[str, str]:
    with dock.warehouse.sessions() as session:
        rma = session.scalars(
            select(m.Rma).where(m.Rma.status == "OPEN", m.Rma.trackings.any()).order_by(m.Rma.id)
        ).first()
        return rma.rma_number, rma.trackings[0].tracking_number


def kept(qtbot, win, code):
    with qtbot.waitSignal(win.scan_page.kept_offline, timeout=KEPT_MS) as shown:
        win.handle_scan(code)
    return shown.args[0]


def test_an_outage_keeps_scans_in_amber_and_lists_them_when_written(qtbot, window, dock):
    number, tracking = an_open_tracking(dock)
    page = window.scan_page
    with dock.outage():
        first = kept(qtbot, window, tracking)
        assert first.waiting == 1
        assert page.banner.property("outcome") == "kept_offline"
        assert page.banner.text().startswith("Recorded offline, 1 waiting.")
        assert "#f2a900" in page.banner.styleSheet()  # amber
        assert page.sounds.last == "offline"
        assert page.scanned.text() == f"Scanned: {tracking}"
        assert window.waiting_label.isVisible()
        assert window.waiting_label.text() == "1 scan waits for the database"
        second = kept(qtbot, window, STRANGER)
        assert second.waiting == 2
        assert page.banner.text().startswith("Recorded offline, 2 waiting.")
        assert not page.replayed_list.isVisible()

    # Back: the retry writes them without anyone asking.
    with qtbot.waitSignal(window.offline_replay.replayed, timeout=20_000) as written:
        pass
    entries = written.args[0]
    assert [e.outcome for e in entries] == ["received", "unknown"]
    qtbot.waitUntil(lambda: not window.waiting_label.isVisible(), timeout=5000)
    assert page.replayed_list.isVisible() and page.replayed_title.isVisible()
    assert page.banner.property("outcome") == "replayed"
    assert page.banner.text().startswith("The database is back: 2 scans kept on this station")
    items = [page.replayed_list.item(i) for i in range(page.replayed_list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == ["unknown", "received"]
    quarantine = entries[1].quarantine_id
    assert (
        items[0]
        .text()
        .endswith(f"Unknown parcel: put it in quarantine and write {quarantine} on it.")
    )
    assert items[1].text().endswith(f"Received: {number}")
    # Scans work again as usual.
    with qtbot.waitSignal(page.receipt_shown, timeout=5000) as shown:
        window.handle_scan(tracking)
    assert shown.args[0].outcome.value == "already_received"


def test_the_amber_tile_and_the_list_in_korean(qtbot, window, dock, korean):
    page = window.scan_page
    number, tracking = an_open_tracking(dock)
    with dock.outage():
        kept(qtbot, window, tracking)
    text = page.banner.text()
    assert "Recorded offline" not in text and "1" in text
    assert any("\uac00" <= ch <= "\ud7a3" for ch in text)  # Hangul
    with qtbot.waitSignal(window.offline_replay.replayed, timeout=20_000):
        pass
    line = page.replayed_list.item(0).text()
    assert number in line and "Received" not in line
    assert any("\uac00" <= ch <= "\ud7a3" for ch in line)
