"""Walking a checklist: branching asks only what the answers call for, accessories per product,
answers that do not fit are refused."""

from __future__ import annotations

import pytest

from inspector.grading import answers as walk
from inspector.grading.answers import BadAnswer
from inspector.grading.checklist_format import parse_checklist
from inspector.grading.checklists_in_use import load_checklists
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


def _paths(checklist, facts, product, answers=None):
    """Every way through a checklist (each choice of a one-of answer, none or all of several),
    as the answers given one by one."""
    answers = answers or {}
    question = walk.next_question(checklist, answers, facts, product)
    if question is None:
        yield []
        return
    offered = walk.options_for(checklist, question, product)
    if question.kind == "yes_no":
        values = [True, False]
    elif question.kind == "one":
        values = list(offered)
    elif question.kind == "several":
        values = [[], list(offered)]
    else:
        values = [question.minimum if question.minimum is not None else 1]
    for value in values:
        for rest in _paths(checklist, facts, product, {**answers, question.id: value}):
            yield [(question.id, value), *rest]


def test_the_question_count_of_every_shipped_checklist_never_jumps_outside_what_it_said():
    """The grader reads "1 of 2-7", then "2 of 2" or "2 of 7": each count stays inside the
    range said before, and the last says exactly how many were asked."""
    facts = {"reason": "UNWANTED", "inside_window": True, "on_rma": True, "item_matched": True}
    walked = 0
    for checklist in load_checklists().by_name.values():
        product = "Voltra Wireless Earbuds"
        for path in _paths(checklist, facts, product):
            answers: dict = {}
            said = walk.question_count(checklist, answers, facts, product)
            for question_id, value in path:
                answers[question_id] = value
                now = walk.question_count(checklist, answers, facts, product)
                assert said[0] <= now[0] <= now[1] <= said[1], (checklist.name, path, said, now)
                said = now
            assert said == (len(path), len(path)), (checklist.name, path, said)
            walked += 1
    assert walked > 50


BRANCHES = GOOD.replace(
    "\nrules:\n",
    """
  - id: deep
    kind: yes_no
    when: {scratches: {ge: 5}}
    ask: {en: "Deep scratches?", ko: "깊은 긁힘?"}
  - id: missing_note
    kind: yes_no
    when: {accessories_missing: {gt: 0}}
    ask: {en: "Noted on the RMA?", ko: "RMA에 적혀 있습니까?"}
rules:
""",
)
assert "missing_note" in BRANCHES


@pytest.mark.parametrize(
    ("answers", "least", "most"),
    [
        ({}, 1, 5),  # everything after "opened" may still be asked
        # Not opened: scratches and kit are never asked, so "deep" (which needs scratches) is
        # closed too; what is missing is not known, so missing_note still may be asked.
        ({"opened": False}, 1, 2),
        # Seven scratches open "deep"; missing_note waits for the accessories' answer.
        ({"opened": True, "scratches": 7}, 4, 5),
        # Everything there, two scratches: the checklist is three questions long.
        ({"opened": True, "scratches": 2, "kit": ["case", "cable"]}, 3, 3),
        ({"opened": True, "scratches": 2, "kit": ["case"]}, 4, 4),
    ],
)
def test_the_count_of_questions_opens_and_closes_with_each_answer(answers, least, most):
    checklist = parse_checklist(BRANCHES, "b.yaml")
    assert walk.question_count(checklist, answers, {}, "Voltra Wireless Earbuds") == (least, most)
    may = walk.may_be_asked(checklist, answers, {}, "Voltra Wireless Earbuds")
    assert len(may) == most
