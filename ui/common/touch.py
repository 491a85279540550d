"""Touch sizes: at least 9 mm targets (about 48 px at 96 dpi), more for gloved hands."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QScroller, QWidget

TARGET_PX = 56  # 9 mm is 48 px at 96 dpi; the dock's gloves want a little more
NAV_PX = 64


def make_touchable(widget: QWidget, height: int = TARGET_PX, width: int = TARGET_PX) -> QWidget:
    """Give a control a touch-sized minimum, whatever style sheet is (or is not) loaded."""
    widget.setMinimumHeight(max(widget.minimumHeight(), height))
    widget.setMinimumWidth(max(widget.minimumWidth(), width))
    return widget


def make_touch_scrollable(view: QAbstractItemView) -> None:
    """Flick to scroll with a finger (or a glove), pixel by pixel."""
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
