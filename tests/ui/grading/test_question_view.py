"""The question screen for each kind of question, alone: what a tap answers."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt

from inspector.grading.checklist_format import parse_checklist
from ui.grading.question_view import QuestionView

CHECKLIST = parse_checklist(
    textwrap.dedent(
        """\
        checklist: t
        version: "1"
        title: {en: "T", ko: "티"}
        categories: []
        questions:
          - id: scratches
            kind: number
            min: 0
            max: 3
            ask: {en: "How many scratches?", ko: "긁힘은 몇 개입니까?"}
          - id: marks
            kind: several
            ask: {en: "Which marks?", ko: "어떤 자국입니까?"}
            options:
              ink: {en: "Ink", ko: "잉크"}
              dent: {en: "Dent", ko: "찍힘"}
          - id: photo
            kind: photo
            required: false
            ask: {en: "A photo, if you like", ko: "원하면 사진"}
        rules:
          - id: any
            grade: A
            disposition: RESTOCK
            refund: full
            because: {en: "ok", ko: "좋음"}
        """
    ),
    "t.yaml",
)


def show(qtbot, question_id, current=None, photos=0):
    view = QuestionView()
    qtbot.addWidget(view)
    question = CHECKLIST.question(question_id)
    view.show_question(question, list(question.options), current, photos)
    view.show()
    return view


def test_a_number_is_stepped_within_its_bounds(qtbot):
    view = show(qtbot, "scratches")
    for _ in range(5):
        qtbot.mouseClick(view.buttons["+"], Qt.MouseButton.LeftButton)
    assert view.value_label.text() == "3"
    qtbot.mouseClick(view.buttons["-"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.answered) as answered:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert answered.args == [2]


def test_several_answers_with_the_ticked_ones_and_none_is_an_answer(qtbot):
    view = show(qtbot, "marks", current=["dent"])
    assert view.buttons["dent"].isChecked() and not view.buttons["ink"].isChecked()
    qtbot.mouseClick(view.buttons["ink"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.answered) as answered:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert answered.args == [["ink", "dent"]]
    view = show(qtbot, "marks")
    with qtbot.waitSignal(view.answered) as answered:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert answered.args == [[]]


def test_an_optional_photo_may_be_skipped_and_a_photo_is_asked_for(qtbot):
    view = show(qtbot, "photo")
    assert view.next_button.isEnabled()
    with qtbot.waitSignal(view.photo_wanted):
        qtbot.mouseClick(view.buttons["photo"], Qt.MouseButton.LeftButton)
    view.set_photo_count(2)
    assert view.note.text() == "2 photos taken."
