"""No answer is cut: every option of every shipped checklist, the yes/no answers, the override's
dispositions and reasons, in English and in Korean, laid out as the Inspect page lays them out
on a 1280x800 bench screen, each fit whole in its button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton

from inspector.grading.checklists_in_use import load_checklists
from tests.helpers.inspect_bench import make_page

PAGE_SIZE = (1125, 740)  # what the main window leaves the Inspect page at 1280x800


def _cut(button: QPushButton) -> str | None:
    """What is wrong with a button's label, or None if it is all there: the room the button
    gives its label against the room the words need, laid out as the button lays them out."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(button.font())
    text = button.text()
    if button.property("wraps"):
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), flags, text)
        words_fit = all(metrics.horizontalAdvance(w) <= room.width() for w in text.split())
        if needed.height() <= room.height() and words_fit:
            return None
        return f"needs {needed.width()}x{needed.height()}, has {room.width()}x{room.height()}"
    needed_width = metrics.horizontalAdvance(text)
    if needed_width <= room.width():
        return None
    return f"needs {needed_width} px across, has {room.width()}"


def _settle(page) -> None:
    for _ in range(3):
        QApplication.processEvents()
        page.layout().activate()


@pytest.fixture
def themed(qapp):
    """The dock's theme, as the app loads it: its answers are set large."""
    from ui.app import THEME

    qapp.setStyleSheet(THEME.read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_answer_and_override_reason_fits_whole(
    qtbot, bench, background, themed, language, request
):
    if language == "ko":
        request.getfixturevalue("korean")
    from ui.common import words

    assert words.language() == language
    warehouse, staff = bench
    page = make_page(qtbot, warehouse, background, staff["boss"])
    page.resize(*PAGE_SIZE)
    page.show_step("question:any")
    view = page.unit_view.question_view
    cut: list[str] = []
    measured = 0
    for checklist in load_checklists().by_name.values():
        for question in checklist.questions:
            if question.kind not in ("yes_no", "one", "several", "photo"):
                continue
            if question.options_from == "accessories" and checklist.accessories:
                options = list(checklist.accessories.items)
            else:
                options = list(question.options)
            view.show_question(question, options)
            _settle(page)
            for button in view.buttons.values():
                measured += 1
                problem = _cut(button)
                if problem:
                    cut.append(f"{checklist.name}/{question.id}: {button.text()!r} {problem}")
    # The override panel: the four dispositions and the reasons a finger can give.
    decision = page.unit_view.decision_view
    page.show_step("decision")
    decision.override_panel.setVisible(True)
    _settle(page)
    for button in [*decision.choice_buttons.values(), *decision.preset_buttons]:
        measured += 1
        problem = _cut(button)
        if problem:
            cut.append(f"override: {button.text()!r} {problem}")
    assert measured > 60
    assert not cut, "\n".join(cut)
