"""The checklists a warehouse uses: the shipped set is whole; two owners of a category are
refused."""

from __future__ import annotations

from inspector.grading.checklist_format import parse_checklist
from inspector.grading.checklists_in_use import check_set, load_checklists
from tests.helpers.checklist_text import GOOD


def test_the_shipped_set_is_whole_and_two_owners_of_a_category_are_refused():
    shipped = list(load_checklists().by_name.values())
    assert check_set(shipped) == []
    assert {c for x in shipped for c in x.categories} >= {
        "electronics",
        "apparel",
        "footwear",
        "home",
    }
    second = parse_checklist(GOOD, "gadgets.yaml")
    errors = check_set([*shipped, second])
    assert any("category 'electronics' is already graded by" in str(e) for e in errors)
