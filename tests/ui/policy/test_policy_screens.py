"""The policy on screen: the Supervisor page's Requests tab (verdict, reason, history,
Approve, Decline with a reason, Open the order), the Settings page's Return policy section
(the file in force, its hash, a refused file in red) and the Scan page's verdict."""

import pytest
from PySide6.QtCore import Qt

from inspector.core.resources import shipped_policy
from inspector.people.operators import sign_in_with_pin
from inspector.people.station_session import StationSession
from inspector.shop.connecting import connect_shopify
from inspector.shop.requests import authorize
from inspector.shop.shop_settings import map_category
from tests.helpers.clock import at_the_demo
from tests.helpers.fake_shop_state import ShopItem
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import shop_connector
from ui.main_window import MainWindow

TOKEN_ENV = "UI_SHOPIFY_TOKEN"
SHIRT = ShopItem(sku="AP-SHIRT-1", title="Linen shirt", price="59.00", product_type="Shirts")
GIFT = ShopItem(sku="GC-25", title="Gift card", price="25.00", product_type="Shirts")


@pytest.fixture
def fake():
    with FakeShopify() as shop:
        yield shop


@pytest.fixture
def requested(demo_warehouse, fake, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, fake.token)
    admin = sign_in_with_pin(demo_warehouse, "admin", "9999", None)
    connect_shopify(demo_warehouse, admin, fake.url, f"env:{TOKEN_ENV}", "Main warehouse")
    sofia = sign_in_with_pin(demo_warehouse, "sofia", "3333", None)
    map_category(demo_warehouse, sofia, "Shirts", "apparel")
    made = {
        "fits": fake.state.add_return([(SHIRT, 1)], status="REQUESTED"),
        "gift": fake.state.add_return([(GIFT, 1)], status="REQUESTED"),
        "wrong": fake.state.add_return(
            [(SHIRT, 1)], status="REQUESTED", reason=("wrong_item", "Wrong")
        ),
    }
    connector = shop_connector(demo_warehouse)
    authorize(demo_warehouse, connector, "test/requests")
    connector.close()
    return made


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background, StationSession(), clock=at_the_demo())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    return win


def badge(qtbot, win, code):
    with qtbot.waitSignal(win.operator_changed, timeout=5000):
        win.handle_scan(code)


def _requests_tab(qtbot, window):
    badge(qtbot, window, "BADGE-1005")  # Sofia, supervisor
    window.show_page("supervisor")
    tab = window.requests_tab
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        window.supervisor_page.tabs.setCurrentWidget(tab)
    return tab


def test_the_requests_tab_lists_verdicts_and_decides_in_one_tap(qtbot, window, requested, fake):
    tab = _requests_tab(qtbot, window)
    names = [tab.table.item(r, 1).text().split("\n")[0] for r in range(tab.table.rowCount())]
    assert names[0] == requested["wrong"].name  # a person must look: first
    assert set(names) == {r.name for r in requested.values()}
    row_of = {n: i for i, n in enumerate(names)}
    gift = row_of[requested["gift"].name]
    assert tab.table.item(gift, 2).text() == "Not returnable"
    assert "gift cards cannot be returned" in tab.table.item(gift, 3).text()
    assert "earlier return" in tab.table.item(gift, 4).text()
    tab.table.selectRow(gift)
    assert tab.decline_reason.currentData() == "FINAL_SALE"
    assert tab.note.text() == "Final sale: gift cards cannot be returned"
    with qtbot.waitSignal(tab.decided, timeout=10_000):
        qtbot.mouseClick(tab.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=5000)
    tab.select(requested["fits"].name)
    with qtbot.waitSignal(tab.order_opened) as opened:
        tab.open_button.clicked.disconnect()
        tab.open_button.clicked.connect(lambda: tab.order_opened.emit(tab.selected().order_url))
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert (
        opened.args[0] == f"{fake.url}/admin/orders/{requested['fits'].order.id.rsplit('/', 1)[-1]}"
    )
    with qtbot.waitSignal(tab.decided, timeout=10_000):
        qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    window.grab().save("/tmp/policy-requests-tab.png")


def test_a_decline_needs_a_note_for_the_customer(qtbot, window, requested):
    tab = _requests_tab(qtbot, window)
    tab.select(requested["wrong"].name)
    tab.note.clear()
    qtbot.mouseClick(tab.decline_button, Qt.MouseButton.LeftButton)
    assert "the customer reads the note" in tab.message.text()
    assert tab.table.rowCount() == 3


def test_the_requests_tab_in_korean(qtbot, korean, window, requested):
    tab = _requests_tab(qtbot, window)
    assert tab.approve_button.text() != "Approve" and tab.decline_button.text() != "Decline"
    verdicts = {tab.table.item(r, 2).text() for r in range(tab.table.rowCount())}
    assert "Not returnable" not in verdicts and all(verdicts)
    reasons = [tab.table.item(r, 3).text() for r in range(tab.table.rowCount())]
    assert any("기프트 카드" in text for text in reasons)


def test_settings_shows_the_policy_in_force_and_a_refused_file(qtbot, window, inspector_home):
    badge(qtbot, window, "BADGE-1006")  # the admin
    window.show_page("settings")
    box = window.policy_box
    assert box.isVisible()
    with qtbot.waitSignal(box.shown, timeout=5000) as shown:
        box.load()
    assert shown.args[0].path == str(shipped_policy()) and not box.errors.isVisible()
    assert shown.args[0].content_hash[:12] in box.path.text()
    (inspector_home / "policy.yaml").write_text("policy: [", encoding="utf-8")
    box.check_button.click()
    qtbot.waitUntil(box.errors.isVisible, timeout=5000)  # (a load from signing in may come first)
    assert "was refused" in box.errors.text()
    assert "not valid YAML" in box.errors.text() and "demo-returns" in box.in_force.text()


def test_the_policy_section_is_for_admins_only(qtbot, window):
    badge(qtbot, window, "BADGE-1005")
    assert not window.policy_box.isVisible() or not window.policy_box.isVisibleTo(window)


def test_the_scan_page_says_the_verdict_in_words_and_colour(
    qtbot, window, demo_warehouse, tmp_path
):
    import datetime as dt

    from inspector.rmas.rma_import import import_file
    from tests.helpers.rma_files import row, write_csv

    sofia = sign_in_with_pin(demo_warehouse, "sofia", "3333", None)
    today = dt.date.today()
    dates = {
        "rma_created": today.isoformat(),
        "order_date": (today - dt.timedelta(days=9)).isoformat(),
        "delivered_date": (today - dt.timedelta(days=5)).isoformat(),
    }
    rows = [
        row(
            rma_number="R-9001",
            sku="AP-TEE-9",
            category="apparel",
            upc="",
            tracking_numbers="1Z12345E0205271688",
            **dates,
        ),
        row(
            rma_number="R-9001",
            sku="GC-25",
            category="apparel",
            upc="",
            reason="UNWANTED",
            tracking_numbers="1Z12345E0205271688",
            **dates,
        ),
    ]
    import_file(demo_warehouse, write_csv(tmp_path / "r.csv", rows), sofia)
    badge(qtbot, window, "BADGE-1001")  # Dana, dock
    page = window.scan_page
    with qtbot.waitSignal(page.receipt_shown, timeout=10_000) as shown:
        page.scan("1Z12345E0205271688")
    assert shown.args[0].rma.policy.verdict == "REVIEW"
    assert "Policy: A person must look." in page.banner.text()
    assert page.banner.property("outcome") == "received"
    detail = page.detail
    assert detail.policy_verdict.text() == "Policy: A person must look"
    assert detail.policy_verdict.objectName() == "chipWarn"
    cell = detail.lines.item(1, 5)
    assert cell.text().startswith("Not returnable: Final sale: gift cards")
    assert cell.background().color().name() == "#fbdcdc"
    assert "Confirm: apparel: only unworn with its tags" in detail.lines.item(0, 5).text()
