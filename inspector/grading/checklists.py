"""Checklists as data: the questions a grader answers for a product category and the rules
that turn the answers into a decision, with the facts about a unit they may use.

A checklist is read from its file by `checklist_format`; the warehouse's set of checklists is
in `checklists_in_use`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from db.vocabulary import CATEGORIES, CHANNELS, RETURN_REASONS
from inspector.grading.conditions import Condition, Name

LANGUAGES = ("en", "ko")
KINDS = ("yes_no", "one", "several", "number", "photo")
REFUNDS = ("full", "partial", "none")

# Facts about the unit that rules and branching may use besides the answers.
FACTS: dict[str, Name] = {
    "reason": Name("choice", frozenset(RETURN_REASONS)),
    "category": Name("choice", frozenset(CATEGORIES)),
    "channel": Name("choice", frozenset(CHANNELS)),
    "days_since_delivery": Name("number"),
    "inside_window": Name("bool"),
    "arrived_in_time": Name("bool"),
    "price": Name("number"),
    "item_matched": Name("bool"),
    "on_rma": Name("bool"),
    "accessories_missing": Name("number"),
}

Text = Mapping[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    ask: Text
    help: Text | None = None
    options: tuple[tuple[str, Text], ...] = ()
    options_from: str | None = None
    when: Condition | None = None
    required: bool = True
    minimum: float | None = None
    maximum: float | None = None
    line: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    when: Condition
    grade: str
    disposition: str
    refund: str
    fee_percent: int
    flags: tuple[str, ...]
    because: Text
    line: int = 0
    name: Text = field(default_factory=dict)  # what graders read; the id stays in the log


@dataclass(frozen=True)
class FlagRule:
    id: str
    when: Condition
    flag: str
    because: Text
    line: int = 0
    name: Text = field(default_factory=dict)


@dataclass(frozen=True)
class Accessories:
    items: tuple[tuple[str, Text], ...]
    by_product: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    default: tuple[str, ...]

    def text_of(self, key: str) -> Text:
        return dict(self.items).get(key, {lang: key for lang in LANGUAGES})

    def for_product(self, product_name: str) -> tuple[str, ...]:
        """The accessories listed for a product: the first entry whose words are in its name."""
        name = product_name.casefold()
        for words, keys in self.by_product:
            if any(w.casefold() in name for w in words):
                return keys
        return self.default


@dataclass(frozen=True)
class Checklist:
    name: str
    version: str
    title: Text
    categories: tuple[str, ...]
    questions: tuple[Question, ...]
    flag_rules: tuple[FlagRule, ...]
    rules: tuple[Rule, ...]
    accessories: Accessories | None
    content: str = field(repr=False)
    content_hash: str
    source: str

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)
