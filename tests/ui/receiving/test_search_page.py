"""The RMA search page, driven with a real keyboard and a real database."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models as m
from inspector.core.warehouse import open_warehouse
from ui.receiving.search_page import SearchPage


@pytest.fixture
def page(qtbot, demo_warehouse, background):
    widget = SearchPage(demo_warehouse, background)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def sample(warehouse):
    with warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.status == "COMPLETE").limit(1)).one()
        return rma.rma_number, rma.trackings[0].tracking_number, rma.order.order_number


def test_typing_a_tracking_number_shows_its_rma(qtbot, page, demo_warehouse):
    rma_number, tracking, order = sample(demo_warehouse)
    with qtbot.waitSignal(page.rma_shown, timeout=5000) as shown:
        qtbot.keyClicks(page.query, tracking)
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert shown.args == [rma_number]
    assert page.detail.title.text() == rma_number
    assert order in page.detail.facts.text()
    assert page.detail.lines.rowCount() >= 1
    assert page.results.count() == 1


def test_part_of_a_number_lists_several_rmas_and_choosing_one_shows_it(qtbot, page):
    with qtbot.waitSignal(page.search_finished, timeout=5000) as finished:
        qtbot.keyClicks(page.query, "RMA0000001")  # typing pauses start the search
    assert finished.args[0] == 10
    with qtbot.waitSignal(page.rma_shown, timeout=5000) as shown:
        page.results.setCurrentRow(3)
    assert shown.args[0] == page.results.item(3).data(Qt.ItemDataRole.UserRole)


def test_nothing_found_says_so(qtbot, page):
    with qtbot.waitSignal(page.search_finished, timeout=5000) as finished:
        qtbot.keyClicks(page.query, "ZZZ-NOTHING")
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert finished.args == [0]
    assert "ZZZ-NOTHING" in page.count.text()
    assert not page.detail.title.isVisible()


def test_an_unreachable_database_is_shown_in_words(qtbot, background):
    # A real connection attempt to a port where no server listens.
    gone = open_warehouse("postgresql://nobody@127.0.0.1:9/none", migrate=False)
    page = SearchPage(gone, background)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.problem, timeout=10_000) as problem:
        qtbot.keyClicks(page.query, "RMA00000001X")
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert problem.args[0].startswith("The database cannot be reached")
    assert page.count.text() == "The search failed."
    gone.close()


def test_korean_screen_shows_reasons_in_korean(qtbot, korean, demo_warehouse, background):
    widget = SearchPage(demo_warehouse, background)
    qtbot.addWidget(widget)
    rma_number, _, _ = sample(demo_warehouse)
    with qtbot.waitSignal(widget.rma_shown, timeout=5000):
        widget.query.setText(rma_number)
        widget.start_search()
    assert widget.search_button.text() == "검색"
    reasons = {widget.detail.lines.item(r, 3).text() for r in range(widget.detail.lines.rowCount())}
    assert reasons and all(any("\uac00" <= ch <= "\ud7a3" for ch in text) for text in reasons)


def test_lists_scroll_by_touch(page):
    from PySide6.QtWidgets import QScroller

    assert QScroller.hasScroller(page.results.viewport())
    assert QScroller.hasScroller(page.detail.lines.viewport())


def test_the_rma_history_shows_who_received_and_graded_it(qtbot, page, demo_warehouse):
    rma_number, _, _ = sample(demo_warehouse)
    with qtbot.waitSignal(page.rma_shown, timeout=5000):
        page.query.setText(rma_number)
        page.start_search()
    lines = [page.detail.history.item(i).text() for i in range(page.detail.history.count())]
    assert any("Parcel received" in line for line in lines), lines
    assert any("Unit graded" in line for line in lines), lines
    assert lines[0] < lines[-1]  # oldest first: the lines start with the time


def _view(arrived_on):
    import datetime as dt

    from inspector.receiving.lookup import RmaView

    return RmaView(
        rma_number="RMA000000132",
        order_number="SO-1",
        status="RECEIVED" if arrived_on else "OPEN",
        created_on=dt.date(2026, 10, 20),
        return_deadline=dt.date(2026, 10, 31),
        channel="web",
        customer_id=None,
        customer_region=None,
        customer_country=None,
        tracking_numbers=(),
        lines=(),
        arrived_on=arrived_on,
    )


@pytest.mark.parametrize(
    ("arrived", "today", "chip"),
    [
        ("2026-11-03", "2026-11-30", "chipGood"),  # on "arrive by": inside
        ("2026-11-04", "2026-11-30", "chipLate"),  # the day after: late, amber
        (None, "2026-11-03", "chipGood"),  # not yet here, still in time
        (None, "2026-11-30", "chipLate"),  # not here, and "arrive by" has passed
    ],
)
def test_the_rma_shows_both_dates_and_judges_the_parcel_by_arrive_by(qtbot, arrived, today, chip):
    import datetime as dt

    from ui.receiving.search_page import RmaDetail

    detail = RmaDetail()
    qtbot.addWidget(detail)
    arrived_on = dt.date.fromisoformat(arrived) if arrived else None
    detail.show_rma(_view(arrived_on), today=dt.date.fromisoformat(today))
    assert detail.window_verdict.objectName() == chip
    assert "Request\u00a0by\u00a02026-10-31" in detail.facts.text()
    assert "Arrive\u00a0by\u00a02026-11-03" in detail.facts.text()
