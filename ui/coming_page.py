"""A page whose work arrives in a later version: says so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        heading = QLabel(title, objectName="title")
        body = QLabel(what, objectName="muted")
        body.setWordWrap(True)
        body.setFixedWidth(560)
        note = QLabel(self.tr("This page is not in this version yet."), objectName="chip")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.setSpacing(16)
        for widget in (heading, body, note):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
