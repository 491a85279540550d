"""The shop on screen: the status bar's words, the Supervisor page's Shop tab, the Settings
page's Shop section, and a scan that matches nothing looking in the shop first."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models as m
from inspector.people.operators import sign_in_with_pin
from inspector.people.station_session import StationSession
from inspector.receiving.lookup import lookup
from inspector.receiving.receipts import Outcome
from inspector.shop.connecting import connect_shopify
from inspector.shop.delivery import push
from inspector.shop.outbox import list_events
from inspector.shop.shop_settings import load_shop_settings
from inspector.shop.status import shop_status
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import item, shop_connector
from ui.main_window import MainWindow
from ui.shop.shop_monitor import ShopMonitor

TOKEN_ENV = "UI_SHOPIFY_TOKEN"
TRACKING = "1Z999AA10123456784"


@pytest.fixture
def fake():
    with FakeShopify() as shop:
        yield shop


@pytest.fixture
def connected(demo_warehouse, fake, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, fake.token)
    admin = sign_in_with_pin(demo_warehouse, "admin", "9999", None)
    connect_shopify(demo_warehouse, admin, fake.url, f"env:{TOKEN_ENV}", "Main warehouse")
    return demo_warehouse


@pytest.fixture
def window(qtbot, connected, settings, background):
    win = MainWindow(connected, settings, background, StationSession())
    win.attach_shop(ShopMonitor(connected, settings.station_name))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    return win


def badge(qtbot, win, code):
    with qtbot.waitSignal(win.operator_changed, timeout=5000):
        win.handle_scan(code)


def test_a_return_approved_a_minute_ago_is_pulled_not_quarantined(qtbot, window, connected, fake):
    assert lookup(connected, TRACKING) is None
    ret = fake.state.add_return([(item(1), 1)], tracking=TRACKING)
    badge(qtbot, window, "BADGE-1001")  # Dana, dock
    with qtbot.waitSignal(window.scan_page.receipt_shown, timeout=10_000) as shown:
        window.handle_scan(TRACKING)
    receipt = shown.args[0]
    assert receipt.outcome is Outcome.RECEIVED and receipt.rma.rma_number == ret.name
    with connected.sessions() as session:
        assert (
            session.scalars(
                select(m.Parcel)
                .where(m.Parcel.status == "UNKNOWN")
                .where(m.Parcel.tracking_number == TRACKING)
            ).first()
            is None
        )


def test_a_label_the_shop_does_not_know_either_is_quarantined(qtbot, window, fake):
    badge(qtbot, window, "BADGE-1001")
    with qtbot.waitSignal(window.scan_page.receipt_shown, timeout=10_000) as shown:
        window.handle_scan("1Z12345E0205271688")
    assert shown.args[0].outcome is Outcome.UNKNOWN
    assert fake.operations["OrdersWithReturns"] == 1  # it looked once


def _refused_event(connected, fake):
    ret = fake.state.add_return([(item(1), 1)], tracking=TRACKING)
    connector = shop_connector(connected)
    from inspector.shop.pulling import pull

    pull(connected, connector, "x")
    with connected.sessions.begin() as session:
        unit_line = session.scalars(
            select(m.RmaLine).join(m.Rma).where(m.Rma.rma_number == ret.name)
        ).one()
        parcel = m.Parcel(rma_id=unit_line.rma_id, status="RECEIVED", received_at=ret_time())
        session.add(parcel)
        session.flush()
        unit = m.Unit(
            unit_code="U-SHOP-TEST",
            parcel_id=parcel.id,
            rma_line_id=unit_line.id,
            slot=1,
            product_id=unit_line.product_id,
            status="DECIDED",
            disposition="RESTOCK",
            answers={},
            facts={},
        )
        session.add(unit)
        session.add(
            m.OutboxEvent(
                at=ret_time(),
                kind="return.unit_dispositioned",
                payload={
                    "rma_number": ret.name,
                    "unit_id": "U-SHOP-TEST",
                    "disposition": "RESTOCKED",
                },
            )
        )
    fake.inject("user_error", on="Dispose")
    push(connected, connector, "x")
    connector.close()
    return ret


def ret_time():
    import datetime as dt

    return dt.datetime(2026, 11, 26, 12, 30)


def test_the_status_bar_says_what_needs_a_person_in_red(qtbot, window, connected, fake):
    assert window.shop_status.text() == "Shop: not connected"
    window.shop_monitor.status_changed.emit(shop_status(connected))
    assert window.shop_status.text().startswith("Shop: ")
    _refused_event(connected, fake)
    window.shop_monitor.status_changed.emit(shop_status(connected))
    assert window.shop_status.text() == "Shop: needs attention (1)"
    assert window.shop_status.property("alarm") is True


def test_the_shop_tab_shows_the_refusal_in_words_and_retries_it(qtbot, window, connected, fake):
    _refused_event(connected, fake)
    badge(qtbot, window, "BADGE-1005")  # Sofia, supervisor
    window.show_page("supervisor")
    tab = window.shop_tab
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        window.supervisor_page.tabs.setCurrentWidget(tab)
    rows = {tab.table.item(r, 3).text(): r for r in range(tab.table.rowCount())}
    assert "needs attention" in rows
    row = rows["needs attention"]
    assert "does not allow this. (INVALID_STATE)" in tab.table.item(row, 5).text()
    assert "1 needing attention" in tab.summary.text()
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.retry_button, Qt.MouseButton.LeftButton)
    assert "Say why first" in tab.message.text()
    tab.reason.setText("the shop fixed the return")
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        qtbot.mouseClick(tab.retry_button, Qt.MouseButton.LeftButton)
    assert [e.state for e in list_events(connected) if e.kind == "return.unit_dispositioned"] == [
        "PENDING"
    ]


def test_the_settings_shop_section_tests_and_saves_a_connection(qtbot, window, connected, fake):
    badge(qtbot, window, "BADGE-1006")  # the admin
    window.show_page("settings")
    box = window.shop_settings
    assert box.isVisible()
    qtbot.waitUntil(lambda: box.address.text() == fake.url, timeout=5000)
    assert box.secret_name.text() == TOKEN_ENV
    # A tap in the scrolling form (QScroller takes the press to tell a tap from a flick).
    box.test_button.click()
    qtbot.waitUntil(lambda: box.location.count() == 2, timeout=10_000)
    assert "Connected to Fake Outfitters: 2 locations." in box.message.text()
    box.location.setCurrentIndex(box.location.findData("Outlet"))
    with qtbot.waitSignal(box.saved, timeout=10_000):
        box.save_button.click()
    assert load_shop_settings(connected).location_name == "Outlet"
    box.secret_name.setText("NOT_SET_HERE")
    box.test_button.click()
    qtbot.waitUntil(lambda: "NOT_SET_HERE is not set" in box.message.text(), timeout=10_000)


def test_the_shop_section_is_for_admins_only(qtbot, window):
    badge(qtbot, window, "BADGE-1005")
    window.show_page("settings")
    assert not window.shop_settings.isVisible()


def test_the_shop_words_in_korean(qtbot, window, connected, fake, korean):
    _refused_event(connected, fake)
    window.shop_monitor.status_changed.emit(shop_status(connected))
    assert window.shop_status.text() == "쇼핑몰: 확인 필요 1건"
    assert "1" in window.shop_status.text()
