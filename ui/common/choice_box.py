"""A drop-down list for a scrolling page: the wheel scrolls the page unless the list was
touched first, and the open list shows every choice, the current one included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget


class ChoiceBox(QComboBox):
    """A QComboBox that takes the wheel only while it has focus (a tap or Tab gives it).

    Its items are drawn as a list's items: the default delegate of a styled combo draws them
    as menu items, with the combo's own style sheet (white, bordered), which left the current
    choice blank in the open list.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel
        self.setItemDelegate(QStyledItemDelegate(self))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page under it scrolls
