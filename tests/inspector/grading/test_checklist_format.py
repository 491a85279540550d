"""Reading checklist files: a mistake is named with its file, its line and what is wrong;
branching and answers follow the file."""

from __future__ import annotations

import textwrap

import pytest

from inspector.core.yaml_lines import DataFileError
from inspector.grading import answers as walk
from inspector.grading.answers import BadAnswer
from inspector.grading.checklist_format import parse_checklist
from inspector.grading.checklists_in_use import check_set, load_checklists

GOOD = textwrap.dedent(
    """\
    checklist: gadgets
    version: "1"
    title: {en: "Gadgets", ko: "기기"}
    categories: [electronics]
    accessories:
      items:
        cable: {en: "Cable", ko: "케이블"}
        case: {en: "Case", ko: "케이스"}
      by_product:
        - {words: [earbuds], items: [case, cable]}
      default: [cable]
    questions:
      - id: opened
        kind: yes_no
        ask: {en: "Opened?", ko: "개봉?"}
      - id: scratches
        kind: number
        min: 0
        max: 20
        when: {opened: true}
        ask: {en: "How many scratches?", ko: "긁힘 수?"}
      - id: kit
        kind: several
        options_from: accessories
        when: {opened: true}
        ask: {en: "Which are there?", ko: "무엇이 있습니까?"}
    rules:
      - id: many-scratches
        when: {scratches: {ge: 5}}
        grade: C
        disposition: REFURBISH
        refund: partial
        fee: 20
        because: {en: "Scratched.", ko: "긁힘."}
      - id: fine
        grade: A
        disposition: RESTOCK
        refund: full
        because: {en: "Fine.", ko: "양호."}
    """
)


def broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_good_file_is_read():
    checklist = parse_checklist(GOOD, "gadgets.yaml")
    assert [q.id for q in checklist.questions] == ["opened", "scratches", "kit"]
    assert len(checklist.content_hash) == 64


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("grade: C", "grade: E", "grade: E", "grade 'E' is not one of A, B, C, D"),
        ("disposition: REFURBISH", "disposition: RECYCLE", "RECYCLE", "'RECYCLE' is not one of"),
        (
            "when: {scratches: {ge: 5}}",
            "when: {scrathces: {ge: 5}}",
            "scrathces",
            "'scrathces' is neither",
        ),
        (
            'when: {opened: true}\n    ask: {en: "How',
            'when: {kit: [cable]}\n    ask: {en: "How',
            "kit: [cable]",
            "'kit' is neither an earlier question",
        ),
        ("when: {scratches: {ge: 5}}", "when: {scratches: {ge: lots}}", "lots", "is a number"),
        (
            "when: {scratches: {ge: 5}}",
            "when: {opened: {gt: 1}}",
            "opened: {gt",
            "cannot be compared with 'gt'",
        ),
        ("kind: yes_no", "kind: maybe", "kind: maybe", "kind 'maybe' is not one of"),
        ("fee: 20", "fee: 120", "fee: 120", "a percentage from 1 to 99"),
        (
            'ask: {en: "Opened?", ko: "개봉?"}',
            'ask: {en: "Opened?"}',
            'ask: {en: "Opened?"}',
            "has no 'ko' text",
        ),
        (
            "default: [cable]",
            "default: [charger]",
            "default: [charger]",
            "accessory 'charger' is not among the items",
        ),
        (
            "  - id: fine\n",
            "  - id: fine\n    when: {opened: false}\n",
            "id: fine",
            "must have no 'when:'",
        ),
        (
            "  - id: kit\n",
            "  - id: opened  # again\n",
            "# again",
            "already an earlier question",
        ),
        (
            "    kind: yes_no\n",
            "    kind: yes_no\n    colour: red\n",
            "colour: red",
            "unknown field 'colour'",
        ),
        (
            'title: {en: "Gadgets", ko: "기기"}',
            'title: {en: "Gadgets", ko: "기기"',
            "questions:",
            "not valid YAML",
        ),
    ],
)
def test_a_mistake_is_named_with_its_line(old, new, needle, words):
    text = broken(old, new)
    with pytest.raises(DataFileError) as caught:
        parse_checklist(text, "gadgets.yaml")
    error = caught.value
    assert words in str(error)
    assert str(error).startswith("gadgets.yaml, line ")
    assert error.line is not None
    # The line named is the one with the mistake (YAML syntax errors: where the parser stopped).
    if "YAML" not in words:
        assert error.line == line_of(text, needle), str(error)


def test_a_rule_after_a_catch_all_is_refused():
    text = broken("    when: {scratches: {ge: 5}}\n", "")
    with pytest.raises(DataFileError, match="rules after it never fire"):
        parse_checklist(text, "g.yaml")


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
