"""Deciding a unit: the checklist's rules turn answers and facts into a grade, a disposition,
flags and a refund, and say which rule fired and why (a pure function)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.grading import conditions
from inspector.grading.answers import values_of
from inspector.grading.checklists import Checklist, Text

NO_PHOTO_RULE = "no-photo"
NO_PHOTO_BECAUSE: Text = {
    "en": "A photo the checklist asks for was skipped: the bench had no camera.",
    "ko": "체크리스트가 요구하는 사진을 건너뛰었습니다. 작업대에 카메라가 없었습니다.",
}


@dataclass(frozen=True)
class Decision:
    grade: str
    disposition: str
    refund: str  # "full", "partial" or "none"
    fee_percent: int
    flags: tuple[str, ...]
    rule: str
    because: Text
    flag_reasons: tuple[tuple[str, str, Text], ...]  # (flag, rule id, why)
    rule_name: Text = field(default_factory=dict)  # the rule in words, for the grader

    def rule_in_words(self, lang: str = "en") -> str:
        """The rule as a grader reads it: its name, or its id if the checklist gives none."""
        return self.rule_name.get(lang) or self.rule

    def in_words(self, lang: str = "en") -> str:
        """The decision as a supervisor reads it in the log."""
        text = f"{self.rule}: {self.because[lang]}"
        for flag, _rule, why in self.flag_reasons:
            text += f" [{flag}: {why[lang]}]"
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "grade": self.grade,
            "disposition": self.disposition,
            "refund": self.refund,
            "restocking_fee_percent": self.fee_percent,
            "flags": list(self.flags),
            "rule": self.rule,
            "rule_name": dict(self.rule_name),
            "because": dict(self.because),
            "flag_reasons": [
                {"flag": f, "rule": r, "because": dict(why)} for f, r, why in self.flag_reasons
            ],
        }


def decide(
    checklist: Checklist,
    answers: Mapping[str, Any],
    facts: Mapping[str, Any],
    product_name: str = "",
) -> Decision:
    """Every flag rule that holds adds its flag; the first rule that holds decides."""
    values = values_of(checklist, answers, facts, product_name)
    flags: list[str] = []
    reasons: list[tuple[str, str, Text]] = []
    for flag_rule in checklist.flag_rules:
        if conditions.holds(flag_rule.when, values) and flag_rule.flag not in flags:
            flags.append(flag_rule.flag)
            reasons.append((flag_rule.flag, flag_rule.id, flag_rule.because))
    skipped = [q for q in facts.get("photos_skipped", ()) if answers.get(q) == 0]
    if skipped and "NO_PHOTO" not in flags:  # whatever the checklist says: a person looks
        flags.append("NO_PHOTO")
        reasons.append(("NO_PHOTO", NO_PHOTO_RULE, NO_PHOTO_BECAUSE))
    rule = next(r for r in checklist.rules if conditions.holds(r.when, values))
    for flag in rule.flags:
        if flag not in flags:
            flags.append(flag)
            reasons.append((flag, rule.id, rule.because))
    return Decision(
        grade=rule.grade,
        disposition=rule.disposition,
        refund=rule.refund,
        fee_percent=rule.fee_percent,
        flags=tuple(flags),
        rule=rule.id,
        because=rule.because,
        flag_reasons=tuple(reasons),
        rule_name=rule.name,
    )
