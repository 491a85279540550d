"""Reading checklist files: a mistake is named with its file, its line and what is wrong."""

from __future__ import annotations

import pytest

from inspector.core.yaml_lines import DataFileError
from inspector.grading.checklist_format import parse_checklist
from tests.helpers.checklist_text import GOOD


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
