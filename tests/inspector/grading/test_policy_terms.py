"""The policy at the bench: its verdict kept with the unit, the condition questions it needs
asked even where the checklist would not, and the refund combining the policy's fee and
conditions with the checklist's outcome, both reasons said."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select, update

from db import models as m
from inspector.grading import answering, units
from inspector.grading.checklists_in_use import load_checklists
from inspector.grading.policy_terms import combine, with_policy_questions
from inspector.grading.rules import Decision
from tests.helpers.parcels import PRODUCTS, grade_unit, line, received_rma

TODAY = dt.date.today()
# Asked today, delivered five days ago: inside every window and shipping allowance whenever
# the test runs (the parcel is scanned now).
FRESH = {
    "rma_created": TODAY.isoformat(),
    "order_date": (TODAY - dt.timedelta(days=9)).isoformat(),
    "delivered_date": (TODAY - dt.timedelta(days=5)).isoformat(),
}


def test_the_policy_fee_joins_a_full_refund_and_says_so(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("home", reason="STYLE")], **FRESH)
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    committed = grade_unit(warehouse, bench["grader"], piece, {"unopened": True}, "home")
    decision = committed.decision
    assert decision.rule == "sealed"
    assert (decision.refund, decision.fee_percent) == ("partial", 10)
    assert "policy fee 10% (home-change-of-mind-fee)" in decision.because["en"]
    assert "정책 수수료 10%" in decision.because["ko"]
    assert "POLICY" in decision.flags  # APPROVE_WITH_FEE is not a plain APPROVE
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit)).one()
        assert unit.facts["policy"]["verdict"] == "APPROVE_WITH_FEE"
        assert (unit.refund, unit.fee_percent) == ("PARTIAL", 10)


def test_an_approved_apparel_unit_keeps_its_full_refund(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")], **FRESH)
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    answers = {"tags_attached": True, "packaging": True}
    decision = grade_unit(warehouse, bench["grader"], piece, answers, "apparel").decision
    assert (decision.refund, decision.flags) == ("full", ())


def test_a_condition_the_checklist_lacks_is_asked_first(warehouse, staff, bench, tmp_path):
    rma = received_rma(
        warehouse, staff, tmp_path, [line("electronics", reason="DEFECTIVE")], **FRESH
    )
    with warehouse.sessions.begin() as session:
        session.execute(
            update(m.Product)
            .where(m.Product.sku == PRODUCTS["electronics"]["sku"])
            .values(shop_tags=["hygiene", "in-ear"])
        )
    assert "unopened" not in {q.id for q in load_checklists().for_category("electronics").questions}
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    answering.confirm_item(
        warehouse, bench["grader"], draft.unit_id, PRODUCTS["electronics"]["upc"]
    )
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    assert draft.checklist.name == "electronics"
    first = draft.next_question()
    assert first.id == "unopened" and first.ask["ko"]
    assert [c["id"] for c in draft.facts["policy"]["conditions"]] == ["hygiene-unopened"]
    answering.answer(warehouse, bench["grader"], draft.unit_id, "unopened", False)
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    assert draft.answers["unopened"] is False and draft.next_question().id != "unopened"


def _decision(refund: str, fee: int = 0) -> Decision:
    because = {"en": "Checklist says so.", "ko": "체크리스트 판정."}
    return Decision("A", "RESTOCK", refund, fee, (), "rule-x", because, ())


CONDITION = {
    "id": "hygiene-unopened",
    "question": "unopened",
    "required_answer": True,
    "text": {"en": "hygiene item: only unopened", "ko": "위생 상품: 미개봉만"},
    "ask": {"en": "Unopened?", "ko": "미개봉입니까?"},
    "otherwise_refund": "NONE",
    "otherwise_fee_percent": 100,
}
TAGS = {
    **CONDITION,
    "id": "apparel-tags-on",
    "question": "tags_attached",
    "otherwise_refund": "PARTIAL",
    "otherwise_fee_percent": 50,
}


def _facts(verdict="APPROVE", fee=0, conditions=(CONDITION,), **more):
    reason = {"en": "Inside the window", "ko": "기간 안"}
    policy = {
        "verdict": verdict,
        "rule": "r",
        "reason": reason,
        "fee_percent": fee,
        "conditions": list(conditions),
    }
    return {"policy": policy, **more}


def test_combining_takes_the_lesser_refund_and_says_both():
    opened = combine(_decision("full"), _facts(), {"unopened": False})
    assert (opened.refund, opened.fee_percent) == ("none", 0)
    assert opened.because["en"].startswith("Checklist says so.; condition not met")
    no_tags = combine(
        _decision("partial", 20), _facts(conditions=(TAGS,)), {"tags_attached": False}
    )
    assert (no_tags.refund, no_tags.fee_percent) == ("partial", 50)
    fee_wins = combine(_decision("partial", 5), _facts("APPROVE_WITH_FEE", 15, ()), {})
    assert (fee_wins.refund, fee_wins.fee_percent) == ("partial", 15)
    checklist_wins = combine(_decision("partial", 30), _facts("APPROVE_WITH_FEE", 15, ()), {})
    assert checklist_wins.fee_percent == 30 and "policy fee 15%" in checklist_wins.because["en"]
    none_stays = combine(_decision("none"), _facts("APPROVE_WITH_FEE", 15, ()), {})
    assert none_stays.refund == "none" and none_stays.fee_percent == 0
    kept = combine(_decision("full"), _facts(), {"unopened": True})
    assert kept == _decision("full")
    late = combine(_decision("full"), _facts("REVIEW", conditions=()), {})
    assert (
        late.refund == "full" and "POLICY" in late.flags and "policy REVIEW" in late.because["en"]
    )


def test_a_wrong_item_leaves_the_expected_items_conditions_out():
    checklist = load_checklists().for_category("electronics")
    asked = with_policy_questions(checklist, _facts())
    assert asked.questions[0].id == "unopened"
    wrong = _facts(item_matched=False)
    assert with_policy_questions(checklist, wrong) is checklist
    assert combine(_decision("full"), wrong, {"unopened": False}).refund == "full"


def test_a_condition_on_a_question_the_checklist_skips_is_asked_anyway():
    checklist = load_checklists().for_category("apparel")
    own = {q.id: q for q in checklist.questions}
    assert own["worn_signs"].when is not None  # apparel asks it only without tags
    worn = {**CONDITION, "id": "apparel-unworn", "question": "worn_signs", "required_answer": False}
    asked = with_policy_questions(checklist, _facts(conditions=(worn,)))
    forced = {q.id: q for q in asked.questions}["worn_signs"]
    assert forced.when is None and forced.required == own["worn_signs"].required
    tags = {**TAGS, "question": "tags_attached"}
    optional = replace(
        checklist,
        questions=tuple(
            replace(q, required=False) if q.id == "tags_attached" else q
            for q in checklist.questions
        ),
    )
    made_required = with_policy_questions(optional, _facts(conditions=(tags,)))
    assert {q.id: q for q in made_required.questions}["tags_attached"].required
    assert [q.id for q in asked.questions] == [q.id for q in checklist.questions]
    others = [q for q in asked.questions if q.id != "worn_signs"]
    assert others == [q for q in checklist.questions if q.id != "worn_signs"]
    assert with_policy_questions(checklist, _facts(conditions=())) is checklist
