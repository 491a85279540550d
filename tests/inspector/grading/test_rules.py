"""The shipped checklists' rules as pure functions: every rule and every flag rule fires for
at least one case below, and every disposition is reached."""

from __future__ import annotations

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


# (checklist, answers, facts besides the defaults, expected rule, flags expected among them)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, set[str]]] = [
    # electronics
    (
        "electronics",
        {"sealed": False, "battery": "swollen", "photo": 1},
        {},
        "battery-hazard",
        {"HAZARD"},
    ),
    (
        "electronics",
        {"sealed": False, "battery": "leaking", "photo": 2},
        {},
        "battery-hazard",
        {"HAZARD"},
    ),
    ("electronics", opened(account_locked=True), {}, "account-locked", {"HAZARD"}),
    ("electronics", {"sealed": True}, {"item_matched": False}, "wrong-item-hold", {"WRONG_ITEM"}),
    ("electronics", {"sealed": True}, {}, "sealed-new", set()),
    ("electronics", {"sealed": True}, {"reason": "DEFECTIVE"}, "sealed-new", {"REASON_MISMATCH"}),
    ("electronics", opened(powers_on=False), {"reason": "DEFECTIVE"}, "dead-as-claimed", set()),
    ("electronics", opened(powers_on=False, cosmetic="damaged"), {}, "dead-damaged", set()),
    ("electronics", opened(powers_on=False), {}, "dead-unreported", set()),
    ("electronics", opened(accessories=["cable"]), {}, "missing-accessories", {"MISSING_PARTS"}),
    ("electronics", opened(), {"reason": "DEFECTIVE"}, "opened-like-new", {"REASON_MISMATCH"}),
    ("electronics", opened(), {"inside_window": False}, "opened-like-new", {"OUTSIDE_WINDOW"}),
    ("electronics", opened(packaging="missing"), {}, "like-new-new-box", set()),
    ("electronics", opened(cosmetic="light_wear"), {}, "light-wear", set()),
    ("electronics", opened(cosmetic="damaged"), {}, "works-damaged", set()),
    ("electronics", opened(cosmetic="heavy_wear"), {}, "technician-check", set()),
    ("electronics", {"sealed": True}, {"on_rma": False}, "sealed-new", {"UNEXPECTED"}),
    ("electronics", {"sealed": True}, {"reason": "WRONG_ITEM"}, "sealed-new", {"REASON_MISMATCH"}),
    # apparel
    ("apparel", worn(), {"reason": "WRONG_ITEM"}, "tried-on", {"REASON_MISMATCH"}),
    ("apparel", worn(worn_signs=["odour"]), {}, "hygiene", {"HYGIENE"}),
    ("apparel", worn(worn_signs=["stains", "makeup"]), {}, "hygiene", {"HYGIENE"}),
    (
        "apparel",
        {"tags_attached": True, "packaging": True},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
    ),
    ("apparel", {"tags_attached": True, "packaging": True}, {}, "new-with-tags", set()),
    (
        "apparel",
        {"tags_attached": True, "packaging": True},
        {"reason": "DEFECTIVE"},
        "new-with-tags",
        {"REASON_MISMATCH"},
    ),
    ("apparel", {"tags_attached": True, "packaging": False}, {}, "new-with-tags-rebag", set()),
    (
        "apparel",
        worn(damage="major"),
        {"reason": "NOT_AS_DESCRIBED"},
        "major-damage-as-claimed",
        set(),
    ),
    ("apparel", worn(damage="major"), {}, "major-damage", set()),
    ("apparel", worn(worn_signs=["pilling"]), {}, "marked", set()),
    ("apparel", worn(damage="minor"), {}, "minor-mend", set()),
    ("apparel", worn(), {"inside_window": False}, "tried-on", {"OUTSIDE_WINDOW"}),
    ("apparel", worn(), {"on_rma": False}, "tried-on", {"UNEXPECTED"}),
    # footwear
    ("footwear", shoes(), {"reason": "WRONG_ITEM"}, "tried-on", {"REASON_MISMATCH"}),
    ("footwear", shoes(pair_complete=False), {}, "odd-pair", {"MISSING_PARTS"}),
    ("footwear", shoes(odour=True), {}, "hygiene", {"HYGIENE"}),
    (
        "footwear",
        {"unworn": True, "box": "original_good"},
        {"item_matched": False},
        "wrong-item-hold",
        {"WRONG_ITEM"},
    ),
    ("footwear", {"unworn": True, "box": "original_good"}, {}, "new-in-box", set()),
    (
        "footwear",
        {"unworn": True, "box": "original_good"},
        {"reason": "DEFECTIVE"},
        "new-in-box",
        {"REASON_MISMATCH"},
    ),
    ("footwear", {"unworn": True, "box": "missing"}, {}, "new-rebox", set()),
    ("footwear", shoes(sole_wear="heavy"), {}, "worn-out", set()),
    ("footwear", shoes(upper_damage=True), {}, "scuffed", set()),
    ("footwear", shoes(), {"inside_window": False}, "tried-on", {"OUTSIDE_WINDOW"}),
    ("footwear", shoes(), {"on_rma": False}, "tried-on", {"UNEXPECTED"}),
    # home
    ("home", home(), {"reason": "WRONG_ITEM"}, "opened-like-new", {"REASON_MISMATCH"}),
    ("home", home(condition="used", food_contact=True), {}, "food-contact", {"HYGIENE"}),
    ("home", home(works="faulty"), {"reason": "DEFECTIVE"}, "faulty", set()),
    ("home", {"unopened": True}, {"item_matched": False}, "wrong-item-hold", {"WRONG_ITEM"}),
    ("home", {"unopened": True}, {}, "sealed", set()),
    ("home", {"unopened": True}, {"reason": "DEFECTIVE"}, "sealed", {"REASON_MISMATCH"}),
    ("home", home(condition="damaged"), {"reason": "DEFECTIVE"}, "broken-as-claimed", set()),
    ("home", home(condition="damaged"), {}, "broken", set()),
    ("home", home(complete=False), {}, "incomplete", {"MISSING_PARTS"}),
    ("home", home(), {}, "opened-like-new", set()),
    ("home", home(condition="used", food_contact=False, works="works"), {}, "used", set()),
    (
        "home",
        home(),
        {"inside_window": False, "on_rma": False},
        "opened-like-new",
        {"OUTSIDE_WINDOW", "UNEXPECTED"},
    ),
    # default
    (
        "default",
        {"condition": "used", "complete": True, "photo": 1},
        {"reason": "WRONG_ITEM"},
        "used",
        {"REASON_MISMATCH"},
    ),
    ("default", {"condition": "sealed"}, {"on_rma": False}, "not-ours", {"UNEXPECTED"}),
    ("default", {"condition": "sealed"}, {"item_matched": False}, "not-ours", {"WRONG_ITEM"}),
    ("default", {"condition": "sealed"}, {}, "sealed", set()),
    (
        "default",
        {"condition": "sealed"},
        {"reason": "DEFECTIVE", "inside_window": False},
        "sealed",
        {"REASON_MISMATCH", "OUTSIDE_WINDOW"},
    ),
    ("default", {"condition": "damaged", "complete": True, "photo": 1}, {}, "damaged", set()),
    (
        "default",
        {"condition": "used", "complete": False, "photo": 1},
        {},
        "incomplete",
        {"MISSING_PARTS"},
    ),
    ("default", {"condition": "like_new", "complete": True, "photo": 1}, {}, "like-new", set()),
    ("default", {"condition": "used", "complete": True, "photo": 1}, {}, "used", set()),
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


@pytest.mark.parametrize(("name", "answers", "facts", "rule", "flags"), CASES)
def test_the_case_is_decided_by_its_rule(checklists, name, answers, facts, rule, flags):
    decision = _decide(checklists, name, answers, facts)
    assert decision.rule == rule
    assert flags <= set(decision.flags)
    assert decision.because["en"] and decision.because["ko"]
    if decision.refund == "partial":
        assert 0 < decision.fee_percent < 100
    else:
        assert decision.fee_percent == 0


def test_every_rule_and_flag_rule_of_the_shipped_checklists_fires(checklists):
    fired: set[tuple[str, str]] = set()
    for name, answers, facts, _rule, _flags in CASES:
        decision = _decide(checklists, name, answers, facts)
        fired.add((name, decision.rule))
        fired.update((name, rule_id) for _flag, rule_id, _why in decision.flag_reasons)
    every = {(c.name, r.id) for c in checklists.by_name.values() for r in (*c.rules, *c.flag_rules)}
    assert every - fired == set()


def test_every_disposition_is_reached(checklists):
    reached = {_decide(checklists, n, a, f).disposition for n, a, f, _r, _fl in CASES}
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
