"""Settings' drop-down lists on a page that scrolls: the wheel scrolls the page unless the list
was touched first, and the open list shows the current choice (with the dock's theme)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from inspector.core.warehouse import open_warehouse
from inspector.station.settings import StationSettings
from ui.app import THEME
from ui.station.settings_page import SettingsPage


@pytest.fixture
def themed(qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(THEME.read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def page(qtbot, tmp_path, background, themed):
    warehouse = open_warehouse(f"sqlite:///{tmp_path / 's.db'}")
    widget = SettingsPage(
        warehouse, background, StationSettings(station_name="DOCK-1"), lambda: None
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 420)  # shorter than the form: it scrolls
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    warehouse.close()


def wheel_down(widget) -> bool:
    """Turn the wheel one notch down over `widget`; whether the widget took the event (one it
    leaves is passed on, as Qt does with a real wheel, to the page under it)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_list_is_left_to_the_page_and_keeps_the_choice(qtbot, page):
    assert page.findChild(QScrollArea).verticalScrollBar().maximum() > 0  # the page scrolls
    boxes = page.findChildren(QComboBox)
    assert len(boxes) >= 6
    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
        chosen = box.currentIndex()
        assert not wheel_down(box)
        assert box.currentIndex() == chosen
    box = page.resolution
    chosen = box.currentIndex()
    # A list the worker touched first takes the wheel.
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert wheel_down(box)
    assert box.currentIndex() == chosen + 1


def dark_pixels(image, rect) -> int:
    """Dark pixels (words) inside a row, its edges left out."""
    rect = rect.intersected(image.rect()).adjusted(4, 4, -4, -4)
    count = 0
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom(), 2):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform's popup
@pytest.mark.parametrize("name", ["resolution", "idle_minutes", "profile"])
def test_the_open_list_shows_the_current_choice(qtbot, page, name):
    box = getattr(page, name)
    box.setCurrentIndex(1)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    view.window().activateWindow()  # as on a real screen: the open list has the keyboard
    view.setFocus()
    qtbot.waitUntil(view.window().isActiveWindow)
    image = view.viewport().grab().toImage()
    rows = [view.visualRect(box.model().index(i, 0)) for i in range(box.count())]
    seen = [dark_pixels(image, r) for r in rows[:3]]
    box.hidePopup()
    # The current row has its words drawn, like its neighbours.
    assert seen[1] > 10, seen
    assert seen[0] > 10 and seen[2] > 10, seen
    assert rows[1].height() >= 44  # a touch-sized row
