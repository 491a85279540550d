"""A unit's steps on the Inspect page: Back and a swipe go to the previous question; the card
beside them is drawn as its style sheet says."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import line, received_rma


def test_back_and_a_swipe_go_to_the_previous_question_with_its_answer(
    qtbot, bench, background, tmp_path
):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    grader.tap(page.unit_view.item_view.matches)
    grader.answer(False)
    grader.answer("normal")
    assert page.step == "question:powers_on"
    assert (
        page.unit_view.progress_text.text() == "Question 3 of 7–8"
    )  # account lock is asked only if it powers on: 7 or 8 questions
    grader.tap(page.unit_view.back_button)
    assert page.step == "question:battery"
    assert page.unit_view.question_view.buttons["normal"].isChecked()
    # A finger swiped to the right over the question: back once more.
    view = page.unit_view.question_view
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(420, 310))
    grader.settle()
    assert page.step == "question:sealed"
    assert page.unit_view.question_view.buttons[False].isChecked()
    # Where the grader stands is stored: a restart would come back here.
    assert the_unit(warehouse).at_question == "sealed"
    # Answering differently drops the branch the old answer opened.
    grader.answer(True)
    assert page.step == "decision"
    assert the_unit(warehouse).answers == {"sealed": True}


def test_the_card_beside_the_steps_is_drawn_white(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    card = page.unit_view.card
    below_the_words = card.mapTo(page, QPoint(card.width() // 2, card.height() - 20))
    assert page.grab().toImage().pixelColor(below_the_words).name() == "#ffffff"


def test_the_question_count_says_both_ends_until_the_answers_decide(
    qtbot, bench, background, tmp_path
):
    """Footwear: unworn shoes skip five questions. The count said "1 of 7" and then "2 of 2";
    it says "1 of 2–7" first, so the next count stays inside it."""
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma)
    assert page.unit_view.progress_text.text() == "Question 1 of 2–7"
    grader.answer(True)  # unworn: only the box is left
    assert page.unit_view.progress_text.text() == "Question 2 of 2"
    assert page.unit_view.progress.maximum() == 2
