"""The return policy's terms at the bench (pure): the condition questions the policy requires
are asked even where the category's checklist would not ask them, and the refund combines the
policy's restocking fee and conditions with the checklist rules' outcome, saying both reasons.

The policy's verdict for the unit's line is kept in the unit's facts when grading starts
(facts["policy"], see inspector.grading.units), so a draft resumes with the same terms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from inspector.grading.checklists import Checklist, Question
from inspector.grading.rules import Decision

POLICY_FLAG = "POLICY"


def _conditions(facts: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The policy's conditions for the expected item; none when another item came back."""
    if facts.get("item_matched") is False:
        return []
    return list((facts.get("policy") or {}).get("conditions", ()))


def with_policy_questions(checklist: Checklist, facts: Mapping[str, Any]) -> Checklist:
    """The checklist with a yes/no question first for each condition of the policy it lacks,
    and its own question for a condition asked always: not skipped by the checklist's `when:`,
    and a yes/no one not left optional."""
    needed = {c["question"]: c for c in _conditions(facts)}
    if not needed:
        return checklist
    own = tuple(
        replace(q, when=None, required=q.required or q.kind == "yes_no")
        if q.id in needed and (q.when is not None or (q.kind == "yes_no" and not q.required))
        else q
        for q in checklist.questions
    )
    have = {q.id for q in own}
    extra = tuple(
        Question(id=question, kind="yes_no", ask=dict(c["ask"]))
        for question, c in needed.items()
        if question not in have
    )
    if not extra and own == checklist.questions:
        return checklist
    return replace(checklist, questions=extra + own)


def combine(decision: Decision, facts: Mapping[str, Any], answers: Mapping[str, Any]) -> Decision:
    """The checklist's decision with the policy's terms: the refund is the lesser of the two
    (NONE over PARTIAL over FULL; the larger fee), and the reason says both."""
    terms = facts.get("policy")
    if not terms:
        return decision
    refund, fee = decision.refund, decision.fee_percent if decision.refund == "partial" else 0
    said_en, said_ko = [], []
    if terms.get("verdict") == "APPROVE_WITH_FEE" and terms.get("fee_percent"):
        fee = max(fee, int(terms["fee_percent"]))
        said_en.append(f"policy fee {terms['fee_percent']}% ({terms['rule']})")
        said_ko.append(f"정책 수수료 {terms['fee_percent']}% ({terms['rule']})")
    elif terms.get("verdict") in ("NOT_RETURNABLE", "REVIEW"):
        said_en.append(f"policy {terms['verdict']} ({terms['rule']}): {terms['reason']['en']}")
        said_ko.append(f"정책 {terms['verdict']} ({terms['rule']}): {terms['reason']['ko']}")
    for condition in _conditions(facts):
        answer = answers.get(condition["question"])
        if answer is None or answer == condition["required_answer"]:
            continue
        if condition["otherwise_refund"] == "NONE":
            refund = "none"
        else:
            fee = max(fee, int(condition["otherwise_fee_percent"]))
        said_en.append(f"condition not met ({condition['id']}): {condition['text']['en']}")
        said_ko.append(f"조건 불충족 ({condition['id']}): {condition['text']['ko']}")
    if refund != "none":
        refund = "partial" if fee > 0 else refund
    flags = decision.flags
    reasons = decision.flag_reasons
    if terms.get("verdict") != "APPROVE" and POLICY_FLAG not in flags:
        flags = (*flags, POLICY_FLAG)
        reasons = (*reasons, (POLICY_FLAG, terms["rule"], dict(terms["reason"])))
    if not said_en and flags == decision.flags:
        return decision
    because = dict(decision.because)
    if said_en:
        because = {
            "en": f"{because['en']}; {'; '.join(said_en)}",
            "ko": f"{because['ko']}; {'; '.join(said_ko)}",
        }
    return replace(
        decision,
        refund=refund,
        fee_percent=fee if refund == "partial" else 0,
        because=because,
        flags=flags,
        flag_reasons=reasons,
    )


def policy_terms(line_verdict: Any) -> dict[str, Any]:
    """A line's verdict as the unit's facts keep it (inspector.policy.verdict.LineVerdict)."""
    return {
        "verdict": line_verdict.outcome,
        "rule": line_verdict.rule,
        "reason": dict(line_verdict.reason),
        "decline_reason": line_verdict.decline_reason,
        "fee_percent": line_verdict.fee_percent,
        "conditions": [
            {
                "id": c.id,
                "question": c.question,
                "required_answer": c.required_answer,
                "text": dict(c.text),
                "ask": dict(c.ask),
                "otherwise_refund": c.otherwise_refund,
                "otherwise_fee_percent": c.otherwise_fee_percent,
            }
            for c in line_verdict.confirm
        ],
    }
