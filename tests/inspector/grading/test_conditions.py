"""`may_hold`, the three-valued `holds` behind the grader's "question 1 of 2-7": True or False
once the answers decide it, None while it depends on a question not answered yet. Written out
as a truth table, not computed from the function under test."""

import pytest

from inspector.grading import conditions
from inspector.grading.conditions import AllOf, AnyOf, Not, may_hold

YES = conditions.Test("sealed", "eq", True)  # holds for the values below
NO = conditions.Test("powers_on", "eq", True)  # fails for the values below
OPEN = conditions.Test("cosmetic", "in", ("damaged",))  # not answered yet
VALUES = {"sealed": True, "powers_on": False}
UNKNOWN = {"cosmetic"}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (YES, True),
        (NO, False),
        (OPEN, None),
        (AllOf(()), True),
        (AllOf((YES, YES)), True),
        (AllOf((YES, NO)), False),
        (AllOf((YES, OPEN)), None),
        (AllOf((OPEN, NO)), False),  # one false part decides it, whatever the open one says
        (AnyOf(()), False),
        (AnyOf((NO, NO)), False),
        (AnyOf((NO, YES)), True),
        (AnyOf((NO, OPEN)), None),
        (AnyOf((OPEN, YES)), True),  # one true part decides it
        (Not(YES), False),
        (Not(NO), True),
        (Not(OPEN), None),
        (Not(AllOf((YES, OPEN))), None),
        (AllOf((YES, AnyOf((NO, OPEN)))), None),
        (AnyOf((NO, AllOf((YES, Not(NO))))), True),
    ],
)
def test_may_hold_is_decided_only_when_the_answers_decide_it(condition, expected):
    assert may_hold(condition, VALUES, UNKNOWN) is expected


def test_a_name_answered_since_is_judged_by_its_answer():
    answered = {**VALUES, "cosmetic": "damaged"}
    assert may_hold(OPEN, answered, set()) is True
    assert may_hold(OPEN, {**VALUES, "cosmetic": "good"}, set()) is False
    # still listed as unknown, it stays undecided even with a value in hand
    assert may_hold(OPEN, answered, UNKNOWN) is None
