"""The shipped checklists' rules as pure functions: every rule and every flag rule fires for
at least one case below, and every disposition is reached. Each case states the whole decision
it expects (grade, disposition, refund, restocking fee and the exact flags), written from what
the checklists mean to do with such a unit, not read from the rules under test."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from db.vocabulary import DISPOSITIONS
from inspector.grading.answers import next_question
from inspector.grading.checklists_in_use import load_checklists
from inspector.grading.rules import decide

EARBUDS = "Voltra Wireless Earbuds, Black"
OPENED = {
    "sealed": False,
    "battery": "normal",
    "powers_on": True,
    "account_locked": False,
    "cosmetic": "like_new",
    "accessories": ["charging_case", "cable", "ear_tips"],
    "packaging": "original_good",
    "photo": 1,
}
WORN = {"tags_attached": False, "worn_signs": [], "damage": "none", "packaging": True, "photo": 1}
SHOES_WORN = {
    "unworn": False,
    "pair_complete": True,
    "sole_wear": "light",
    "upper_damage": False,
    "odour": False,
    "box": "original_good",
    "photo": 1,
}
HOME_OPEN = {
    "unopened": False,
    "complete": True,
    "condition": "like_new",
    "works": "not_electrical",
    "photo": 1,
}


def opened(**changes: Any) -> dict[str, Any]:
    answers = {**OPENED, **changes}
    if answers["powers_on"] is False:
        answers.pop("account_locked")
    return answers


def worn(**changes: Any) -> dict[str, Any]:
    return {**WORN, **changes}


def shoes(**changes: Any) -> dict[str, Any]:
    return {**SHOES_WORN, **changes}


def home(**changes: Any) -> dict[str, Any]:
    answers = {**HOME_OPEN, **changes}
    if answers["condition"] == "damaged":
        answers.pop("works")
    return answers


# (grade, disposition, refund, restocking fee %)
Outcome = tuple[str, str, str, int]
# (checklist, answers, facts besides the defaults, deciding rule, exactly the flags, outcome)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, set[str], Outcome]] = [
    # electronics
    (
        "electronics",
        {"sealed": False, "battery": "swollen", "photo": 1},
        {},
        "battery-hazard",
        {"HAZARD"},
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "electronics",
        {"sealed": False, "battery": "leaking", "photo": 2},
        {},
        "battery-hazard",
        {"HAZARD"},
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "electronics",
        opened(account_locked=True),
        {},
        "account-locked",
        {"HAZARD"},
        ("C", "REFURBISH", "none", 0),
    ),
    (
        "electronics",
        {"sealed": True},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
        ("C", "REFURBISH", "none", 0),
    ),
    ("electronics", {"sealed": True}, {}, "sealed-new", set(), ("A", "RESTOCK", "full", 0)),
    (
        "electronics",
        {"sealed": True},
        {"reason": "DEFECTIVE"},
        "sealed-new",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "electronics",
        opened(powers_on=False),
        {"reason": "DEFECTIVE"},
        "dead-as-claimed",
        set(),
        ("D", "REFURBISH", "full", 0),
    ),
    (
        "electronics",
        opened(powers_on=False, cosmetic="damaged"),
        {},
        "dead-damaged",
        set(),
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "electronics",
        opened(powers_on=False),
        {},
        "dead-unreported",
        set(),
        ("D", "REFURBISH", "partial", 25),
    ),
    (
        "electronics",
        opened(accessories=["cable"]),
        {},
        "missing-accessories",
        {"MISSING_PARTS"},
        ("C", "REFURBISH", "partial", 15),
    ),
    (
        "electronics",
        opened(),
        {"reason": "DEFECTIVE"},
        "opened-like-new",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "electronics",
        opened(),
        {"inside_window": False},
        "opened-like-new",
        {"OUTSIDE_WINDOW"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "electronics",
        opened(packaging="missing"),
        {},
        "like-new-new-box",
        set(),
        ("B", "REPACKAGE", "full", 0),
    ),
    (
        "electronics",
        opened(cosmetic="light_wear"),
        {},
        "light-wear",
        set(),
        ("C", "REFURBISH", "partial", 15),
    ),
    (
        "electronics",
        opened(cosmetic="damaged"),
        {},
        "works-damaged",
        set(),
        ("D", "REFURBISH", "partial", 30),
    ),
    (
        "electronics",
        opened(cosmetic="heavy_wear"),
        {},
        "technician-check",
        set(),
        ("C", "REFURBISH", "full", 0),
    ),
    (
        "electronics",
        {"sealed": True},
        {"on_rma": False},
        "sealed-new",
        {"UNEXPECTED"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "electronics",
        {"sealed": True},
        {"reason": "WRONG_ITEM"},
        "sealed-new",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    # apparel
    (
        "apparel",
        worn(),
        {"reason": "WRONG_ITEM"},
        "tried-on",
        {"REASON_MISMATCH"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    (
        "apparel",
        worn(worn_signs=["odour"]),
        {},
        "hygiene",
        {"HYGIENE"},
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "apparel",
        worn(worn_signs=["stains", "makeup"]),
        {},
        "hygiene",
        {"HYGIENE"},
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "apparel",
        {"tags_attached": True, "packaging": True},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
        ("C", "REFURBISH", "none", 0),
    ),
    (
        "apparel",
        {"tags_attached": True, "packaging": True},
        {},
        "new-with-tags",
        set(),
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "apparel",
        {"tags_attached": True, "packaging": True},
        {"reason": "DEFECTIVE"},
        "new-with-tags",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "apparel",
        {"tags_attached": True, "packaging": False},
        {},
        "new-with-tags-rebag",
        set(),
        ("A", "REPACKAGE", "full", 0),
    ),
    (
        "apparel",
        worn(damage="major"),
        {"reason": "NOT_AS_DESCRIBED"},
        "major-damage-as-claimed",
        set(),
        ("D", "DISPOSE", "full", 0),
    ),
    ("apparel", worn(damage="major"), {}, "major-damage", set(), ("D", "DISPOSE", "none", 0)),
    (
        "apparel",
        worn(worn_signs=["pilling"]),
        {},
        "marked",
        set(),
        ("C", "REFURBISH", "partial", 20),
    ),
    ("apparel", worn(damage="minor"), {}, "minor-mend", set(), ("C", "REFURBISH", "partial", 10)),
    (
        "apparel",
        worn(),
        {"inside_window": False},
        "tried-on",
        {"OUTSIDE_WINDOW"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    (
        "apparel",
        worn(),
        {"on_rma": False},
        "tried-on",
        {"UNEXPECTED"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    # footwear
    (
        "footwear",
        shoes(),
        {"reason": "WRONG_ITEM"},
        "tried-on",
        {"REASON_MISMATCH"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    (
        "footwear",
        shoes(pair_complete=False),
        {},
        "odd-pair",
        {"MISSING_PARTS"},
        ("D", "DISPOSE", "none", 0),
    ),
    ("footwear", shoes(odour=True), {}, "hygiene", {"HYGIENE"}, ("D", "DISPOSE", "none", 0)),
    (
        "footwear",
        {"unworn": True, "box": "original_good"},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
        ("C", "REFURBISH", "none", 0),
    ),
    (
        "footwear",
        {"unworn": True, "box": "original_good"},
        {},
        "new-in-box",
        set(),
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "footwear",
        {"unworn": True, "box": "original_good"},
        {"reason": "DEFECTIVE"},
        "new-in-box",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "footwear",
        {"unworn": True, "box": "missing"},
        {},
        "new-rebox",
        set(),
        ("A", "REPACKAGE", "full", 0),
    ),
    ("footwear", shoes(sole_wear="heavy"), {}, "worn-out", set(), ("D", "DISPOSE", "none", 0)),
    ("footwear", shoes(upper_damage=True), {}, "scuffed", set(), ("C", "REFURBISH", "partial", 25)),
    (
        "footwear",
        shoes(),
        {"inside_window": False},
        "tried-on",
        {"OUTSIDE_WINDOW"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    (
        "footwear",
        shoes(),
        {"on_rma": False},
        "tried-on",
        {"UNEXPECTED"},
        ("B", "REPACKAGE", "partial", 10),
    ),
    # home
    (
        "home",
        home(),
        {"reason": "WRONG_ITEM"},
        "opened-like-new",
        {"REASON_MISMATCH"},
        ("B", "REPACKAGE", "full", 0),
    ),
    (
        "home",
        home(condition="used", food_contact=True),
        {},
        "food-contact",
        {"HYGIENE"},
        ("D", "DISPOSE", "partial", 50),
    ),
    (
        "home",
        home(works="faulty"),
        {"reason": "DEFECTIVE"},
        "faulty",
        set(),
        ("D", "REFURBISH", "full", 0),
    ),
    (
        "home",
        {"unopened": True},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
        ("C", "REFURBISH", "none", 0),
    ),
    ("home", {"unopened": True}, {}, "sealed", set(), ("A", "RESTOCK", "full", 0)),
    (
        "home",
        {"unopened": True},
        {"reason": "DEFECTIVE"},
        "sealed",
        {"REASON_MISMATCH"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "home",
        home(condition="damaged"),
        {"reason": "DEFECTIVE"},
        "broken-as-claimed",
        set(),
        ("D", "DISPOSE", "full", 0),
    ),
    ("home", home(condition="damaged"), {}, "broken", set(), ("D", "DISPOSE", "none", 0)),
    (
        "home",
        home(complete=False),
        {},
        "incomplete",
        {"MISSING_PARTS"},
        ("C", "REFURBISH", "partial", 20),
    ),
    ("home", home(), {}, "opened-like-new", set(), ("B", "REPACKAGE", "full", 0)),
    (
        "home",
        home(condition="used", food_contact=False, works="works"),
        {},
        "used",
        set(),
        ("C", "REFURBISH", "partial", 15),
    ),
    (
        "home",
        home(),
        {"inside_window": False, "on_rma": False},
        "opened-like-new",
        {"OUTSIDE_WINDOW", "UNEXPECTED"},
        ("B", "REPACKAGE", "full", 0),
    ),
    # default
    (
        "default",
        {"condition": "used", "complete": True, "photo": 1},
        {"reason": "WRONG_ITEM"},
        "used",
        {"REASON_MISMATCH"},
        ("C", "REFURBISH", "partial", 15),
    ),
    (
        "default",
        {"condition": "sealed"},
        {"on_rma": False},
        "not-ours",
        {"UNEXPECTED"},
        ("C", "REFURBISH", "none", 0),
    ),
    (
        "default",
        {"condition": "sealed"},
        {"item_matched": False},
        "not-ours",
        {"WRONG_ITEM"},
        ("C", "REFURBISH", "none", 0),
    ),
    ("default", {"condition": "sealed"}, {}, "sealed", set(), ("A", "RESTOCK", "full", 0)),
    (
        "default",
        {"condition": "sealed"},
        {"reason": "DEFECTIVE", "inside_window": False},
        "sealed",
        {"REASON_MISMATCH", "OUTSIDE_WINDOW"},
        ("A", "RESTOCK", "full", 0),
    ),
    (
        "default",
        {"condition": "damaged", "complete": True, "photo": 1},
        {},
        "damaged",
        set(),
        ("D", "DISPOSE", "none", 0),
    ),
    (
        "default",
        {"condition": "used", "complete": False, "photo": 1},
        {},
        "incomplete",
        {"MISSING_PARTS"},
        ("C", "REFURBISH", "partial", 20),
    ),
    (
        "default",
        {"condition": "like_new", "complete": True, "photo": 1},
        {},
        "like-new",
        set(),
        ("B", "REPACKAGE", "full", 0),
    ),
    (
        "default",
        {"condition": "used", "complete": True, "photo": 1},
        {},
        "used",
        set(),
        ("C", "REFURBISH", "partial", 15),
    ),
]

BASE_FACTS = {
    "reason": "UNWANTED",
    "channel": "web",
    "days_since_delivery": 6,
    "inside_window": True,
    "price": 50.0,
    "item_matched": True,
    "on_rma": True,
}


@pytest.fixture(scope="module")
def checklists():
    return load_checklists()


def _decide(checklists, name, answers, facts):
    checklist = checklists.by_name[name]
    all_facts = {**BASE_FACTS, "category": checklist.categories[0], **facts}
    product = EARBUDS if name == "electronics" else ""
    assert next_question(checklist, answers, all_facts, product) is None, (
        "a case must answer every question asked"
    )
    return decide(checklist, answers, all_facts, product)


@pytest.mark.parametrize(("name", "answers", "facts", "rule", "flags", "outcome"), CASES)
def test_the_case_is_decided_as_expected(checklists, name, answers, facts, rule, flags, outcome):
    decision = _decide(checklists, name, answers, facts)
    assert (decision.grade, decision.disposition, decision.refund, decision.fee_percent) == outcome
    assert decision.rule == rule
    assert set(decision.flags) == flags
    assert len(decision.flags) == len(flags), "a flag is raised once"
    assert decision.because["en"] and decision.because["ko"]


def test_every_rule_and_flag_rule_of_the_shipped_checklists_fires(checklists):
    fired: set[tuple[str, str]] = set()
    for name, answers, facts, _rule, _flags, _outcome in CASES:
        decision = _decide(checklists, name, answers, facts)
        fired.add((name, decision.rule))
        fired.update((name, rule_id) for _flag, rule_id, _why in decision.flag_reasons)
    every = {(c.name, r.id) for c in checklists.by_name.values() for r in (*c.rules, *c.flag_rules)}
    assert every - fired == set()


def test_every_disposition_is_reached(checklists):
    reached = {_decide(checklists, n, a, f).disposition for n, a, f, *_expected in CASES}
    assert reached == set(DISPOSITIONS)


def test_a_flag_rule_and_the_deciding_rule_both_name_their_reasons(checklists):
    decision = _decide(checklists, "electronics", {"sealed": True}, {"reason": "DEFECTIVE"})
    words = decision.in_words("en")
    assert words.startswith("sealed-new: Factory seal unbroken")
    assert "[REASON_MISMATCH: The customer said it was defective" in words
    assert "고객은 불량이라고" in decision.in_words("ko")


def test_every_shipped_rule_has_a_name_in_every_language(checklists):
    """Graders read a rule by its name, in English and Korean; each name says one rule."""
    for checklist in checklists.by_name.values():
        names: dict[str, set[str]] = {"en": set(), "ko": set()}
        for rule in (*checklist.flag_rules, *checklist.rules):
            for lang in ("en", "ko"):
                name = rule.name.get(lang, "")
                assert name.strip() and name != rule.id, (checklist.name, rule.id, lang)
                assert name not in names[lang], (checklist.name, rule.id, lang, name)
                names[lang].add(name)


def test_a_decision_carries_its_rule_name_and_says_its_id_in_the_log(checklists):
    decision = _decide(checklists, "apparel", {"tags_attached": True, "packaging": True}, {})
    assert decision.rule == "new-with-tags"
    assert decision.rule_in_words("ko") == "태그 있는 새 제품, 포장 있음"
    assert decision.in_words("en").startswith("new-with-tags: ")
    assert decision.as_json()["rule_name"]["en"] == "New with tags, in its bag"


def test_a_decision_as_json_says_all_of_it(checklists):
    """What `inspector rules test --json` and the grading log keep of a decision, whole."""
    decision = _decide(checklists, "electronics", {"sealed": True}, {"reason": "DEFECTIVE"})
    assert decision.as_json() == {
        "grade": "A",
        "disposition": "RESTOCK",
        "refund": "full",
        "restocking_fee_percent": 0,
        "flags": ["REASON_MISMATCH"],
        "rule": "sealed-new",
        "rule_name": {"en": "Factory sealed", "ko": "공장 봉인 그대로"},
        "because": {
            "en": "Factory seal unbroken: back to stock as new.",
            "ko": "공장 봉인이 그대로입니다. 새 제품으로 재입고합니다.",
        },
        "flag_reasons": [
            {
                "flag": "REASON_MISMATCH",
                "rule": "defective-but-works",
                "because": {
                    "en": "The customer said it was defective but it works and looks new.",
                    "ko": "고객은 불량이라고 했지만 정상 작동하며 새것 같습니다.",
                },
            }
        ],
    }


def test_a_rule_is_said_by_its_name_or_else_its_id(checklists):
    decision = _decide(checklists, "electronics", {"sealed": True}, {})
    assert decision.rule_in_words("en") == "Factory sealed"
    assert decision.rule_in_words("ko") == "공장 봉인 그대로"
    nameless = dataclasses.replace(decision, rule_name={})
    assert nameless.rule_in_words("ko") == "sealed-new"
