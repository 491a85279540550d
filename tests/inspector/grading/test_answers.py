"""Walking a checklist: branching asks only what the answers call for, accessories per product,
answers that do not fit are refused."""

from __future__ import annotations

import pytest

from inspector.grading import answers as walk
from inspector.grading.answers import BadAnswer
from inspector.grading.checklist_format import parse_checklist
from tests.helpers.checklist_text import GOOD


def test_branching_asks_only_what_the_answers_call_for():
    checklist = parse_checklist(GOOD, "g.yaml")
    asked = walk.asked(checklist, {"opened": False}, {}, "Earbuds")
    assert [q.id for q in asked] == ["opened"]
    asked = walk.asked(checklist, {"opened": True}, {}, "Earbuds")
    assert [q.id for q in asked] == ["opened", "scratches", "kit"]
    assert walk.next_question(checklist, {"opened": True}, {}, "Earbuds").id == "scratches"
    # Changing an earlier answer drops the answers of questions no longer asked.
    kept = walk.pruned(checklist, {"opened": False, "scratches": 3, "kit": ["cable"]}, {}, "")
    assert kept == {"opened": False}


def test_accessories_are_listed_per_product_and_missing_ones_counted():
    checklist = parse_checklist(GOOD, "g.yaml")
    kit = checklist.question("kit")
    assert walk.options_for(checklist, kit, "Voltra Wireless Earbuds") == ("case", "cable")
    assert walk.options_for(checklist, kit, "Action Camera") == ("cable",)
    facts = walk.derived_facts(checklist, {"kit": ["cable"]}, "Voltra Wireless Earbuds")
    assert facts == {"accessories_missing": 1}


@pytest.mark.parametrize(
    ("question", "value", "words"),
    [
        ("opened", "yes", "takes yes or no"),
        ("scratches", 40, "between 0 and 20"),
        ("scratches", True, "takes a number"),
        ("kit", ["charger"], "no choice 'charger'"),
        ("kit", "cable", "a list of choices"),
    ],
)
def test_an_answer_that_does_not_fit_is_refused(question, value, words):
    checklist = parse_checklist(GOOD, "g.yaml")
    with pytest.raises(BadAnswer, match=words):
        walk.checked_answer(checklist, checklist.question(question), value, "Earbuds")


def test_several_answers_keep_the_checklist_order_without_repeats():
    checklist = parse_checklist(GOOD, "g.yaml")
    kit = checklist.question("kit")
    assert walk.checked_answer(checklist, kit, ["cable", "case", "cable"], "Earbuds") == [
        "case",
        "cable",
    ]


def test_the_progress_counts_the_questions_later_answers_may_still_call_for():
    checklist = parse_checklist(GOOD, "g.yaml")
    assert len(walk.may_be_asked(checklist, {}, {}, "Earbuds")) == 3
    assert len(walk.may_be_asked(checklist, {"opened": False}, {}, "Earbuds")) == 1
    assert len(walk.may_be_asked(checklist, {"opened": True}, {}, "Earbuds")) == 3
