"""A grader at the Inspect page, for its tests: the page on a real database, and a grader
who taps it and counts the taps."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from db import models as m
from ui.grading.inspect_page import InspectPage


class Grader:
    """Drives the page and counts the taps."""

    def __init__(self, qtbot, page: InspectPage) -> None:
        self.qtbot, self.page, self.taps = qtbot, page, 0

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.page.busy, timeout=10_000)

    def tap(self, button: QPushButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.taps += 1
        self.settle()

    def answer(self, value) -> None:
        """Tap the answer button showing this value (yes/no: True/False; an option key)."""
        buttons = self.page.unit_view.question_view.buttons
        self.tap(buttons[value])

    def several(self, keys) -> None:
        for key in keys:
            self.tap(self.page.unit_view.question_view.buttons[key])
        self.tap(self.page.unit_view.question_view.next_button)

    def photo(self) -> None:
        self.tap(self.page.unit_view.question_view.buttons["photo"])
        self.tap(self.page.unit_view.question_view.next_button)

    def to_decision(self, rma: str, *answers) -> None:
        """Open the RMA, start its next unit, confirm the item by eye, answer in order."""
        self.open(rma)
        self.tap(self.page.sheet_view.grade_next)
        self.tap(self.page.unit_view.item_view.matches)
        for value in answers:
            self.answer(value)

    def open(self, rma: str) -> None:
        self.page.open_code(rma)
        self.settle()
        assert self.page.step == "sheet"


def a_jpeg() -> bytes:
    image = np.full((240, 320, 3), 200, np.uint8)
    cv2.putText(image, "unit", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 3)
    return cv2.imencode(".jpg", image)[1].tobytes()


def make_page(qtbot, warehouse, background, actor) -> InspectPage:
    page = InspectPage(warehouse, background, lambda: actor)
    page.snapshot = a_jpeg
    page.camera_live = True  # a camera that gives pictures
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def the_unit(warehouse) -> m.Unit:
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit).order_by(m.Unit.id.desc())).first()
        session.expunge(unit)
        return unit
