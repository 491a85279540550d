"""Walking a checklist: which questions are asked given the answers so far, which comes next,
and whether an answer fits its question (pure functions over plain data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspector.core.errors import InspectorError
from inspector.grading import conditions
from inspector.grading.checklists import Checklist, Question


class BadAnswer(InspectorError):
    """An answer that does not fit its question (an unknown choice, a number out of range)."""


def options_for(checklist: Checklist, question: Question, product_name: str) -> tuple[str, ...]:
    """The choice keys a question offers for this product."""
    if question.options_from == "accessories" and checklist.accessories is not None:
        return checklist.accessories.for_product(product_name)
    return tuple(k for k, _ in question.options)


def derived_facts(
    checklist: Checklist, answers: Mapping[str, Any], product_name: str
) -> dict[str, Any]:
    """Facts that come from the answers: how many listed accessories are not in the box."""
    missing = 0
    for q in checklist.questions:
        if q.options_from == "accessories" and q.id in answers:
            listed = set(options_for(checklist, q, product_name))
            missing += len(listed - set(answers[q.id]))
    return {"accessories_missing": missing}


def values_of(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> dict[str, Any]:
    """Everything a condition may look at: facts, derived facts, then the answers."""
    values = dict(facts)
    values.update(derived_facts(checklist, answers, product_name))
    values.update(answers)
    return values


def asked(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> list[Question]:
    """The questions asked, in order, given the answers so far (branches that do not apply
    are left out)."""
    out = []
    so_far: dict[str, Any] = {}
    values = values_of(checklist, so_far, facts, product_name)
    for q in checklist.questions:
        if q.when is None or conditions.holds(q.when, values):
            out.append(q)
            if q.id in answers:
                so_far[q.id] = answers[q.id]
                values = values_of(checklist, so_far, facts, product_name)
    return out


def may_be_asked(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> list[Question]:
    """The questions asked so far plus those later answers may still call for: how long the
    checklist can still get (the grader's progress bar)."""
    held = _whether_asked(checklist, answers, facts, product_name)
    return [q for q, asked in held if asked is not False]


def _whether_asked(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> list[tuple[Question, bool | None]]:
    """Each question with whether it is asked: True, False, or None while that depends on
    answers not given yet."""
    values = values_of(checklist, answers, facts, product_name)
    unknown = {q.id for q in checklist.questions if q.id not in answers}
    if any(q.options_from for q in checklist.questions if q.id in unknown):
        unknown.add("accessories_missing")
    out: list[tuple[Question, bool | None]] = []
    for q in checklist.questions:
        held = True if q.when is None else conditions.may_hold(q.when, values, unknown)
        if held is False:
            unknown.discard(q.id)  # never asked, so never answered: its branches are closed too
        out.append((q, held))
    return out


def question_count(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> tuple[int, int]:
    """(the fewest, the most) questions this unit can be asked in all, given the answers so
    far: the grader's count says both while later answers may still open or close a branch,
    so a count never jumps outside what it said before ("1 of 2-7", then "2 of 2")."""
    held = [asked for _q, asked in _whether_asked(checklist, answers, facts, product_name)]
    least, most = held.count(True), len(held) - held.count(False)
    return least, most


def pruned(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> dict[str, Any]:
    """The answers without those to questions no longer asked (after an earlier answer
    changed)."""
    keep = {q.id for q in asked(checklist, answers, facts, product_name)}
    return {k: v for k, v in answers.items() if k in keep}


def next_question(
    checklist: Checklist, answers: Mapping[str, Any], facts: Mapping[str, Any], product_name: str
) -> Question | None:
    """The first asked question without an answer, or None when the checklist is done."""
    for q in asked(checklist, answers, facts, product_name):
        if q.id not in answers:
            return q
    return None


def checked_answer(checklist: Checklist, question: Question, value: Any, product_name: str) -> Any:
    """The answer in its stored form, or BadAnswer saying why it does not fit."""
    if question.kind == "yes_no":
        if not isinstance(value, bool):
            raise BadAnswer(f"'{question.id}' takes yes or no")
        return value
    if question.kind in ("number", "photo"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise BadAnswer(f"'{question.id}' takes a number")
        if question.kind == "photo" and question.required and value < 1:
            raise BadAnswer(f"'{question.id}' needs a photo")
        low, high = question.minimum, question.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise BadAnswer(f"'{question.id}' must be between {low} and {high}")
        return value
    offered = options_for(checklist, question, product_name)
    if question.kind == "one":
        if value not in offered:
            raise BadAnswer(f"'{question.id}' has no choice '{value}'")
        return value
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise BadAnswer(f"'{question.id}' takes a list of choices")
    unknown = [v for v in value if v not in offered]
    if unknown:
        raise BadAnswer(f"'{question.id}' has no choice '{unknown[0]}'")
    return [k for k in offered if k in value]  # in the checklist's order, no repeats
