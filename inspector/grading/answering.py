"""Answering: confirm the item is the one expected, store every answer as it is given (a
draft survives a crash), remember where the grader is, keep the photos a question asks for.

Every function takes the warehouse and the actor, checks the role first and does its work in
one transaction, with the audit events inside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.grading import answers as walk
from inspector.grading.checklist_versions import version_id
from inspector.grading.checklists_in_use import load_checklists
from inspector.grading.units import UnitDraft, draft_of, draft_row, product_by_code
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.receiving.photos import keep_photo


def confirm_item(
    warehouse: Warehouse, actor: Actor | None, unit_id: int, scanned: str | None
) -> UnitDraft:
    """Confirm the item is the expected one: by its scanned UPC/EAN, SKU or serial, or by eye
    (scanned None). A different item raises the wrong-item flag and is graded as what it is."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = draft_row(session, actor, unit_id)
        if unit.rma_line_id is None:
            raise InspectorError("this unit is not on the RMA: there is nothing to confirm")
        line = session.get(m.RmaLine, unit.rma_line_id)
        assert line is not None
        expected = line.product
        found: m.Product | None = expected
        if scanned is not None and scanned.strip():
            found = product_by_code(session, scanned)
            code = scanned.strip()
            if found is None and code.casefold() == expected.sku.casefold():
                found = expected
        matched = found is not None and found.id == expected.id
        facts = dict(unit.facts)
        facts["item_matched"] = matched
        unit.item_scanned = scanned.strip()[:64] if scanned else None
        if not matched:
            facts["category"] = found.category if found else "other"
            facts["price"] = round(found.price_cents / 100, 2) if found else 0.0
            unit.product_id = found.id if found else None
        else:
            unit.product_id = expected.id
            facts["category"] = expected.category
            facts["price"] = round(expected.price_cents / 100, 2)
        if facts["category"] != unit.facts.get("category"):
            # Another item is graded with its own checklist, from the start.
            checklist = load_checklists().for_category(facts["category"])
            unit.checklist_version_id = version_id(session, checklist, dt.datetime.now())
            unit.answers, unit.at_question = {}, None
        unit.facts = facts
        record(
            session,
            actor,
            "item_confirmed" if matched else "wrong_item_found",
            "unit",
            unit.unit_code,
            rma_number=line.rma.rma_number,
            after={
                "scanned": unit.item_scanned,
                "expected_sku": expected.sku,
                "found_sku": found.sku if found else None,
            },
        )
        return draft_of(session, unit)


def answer(
    warehouse: Warehouse, actor: Actor | None, unit_id: int, question_id: str, value: Any
) -> UnitDraft:
    """Store one answer at once; answers to questions no longer asked are dropped."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = draft_row(session, actor, unit_id)
        draft = draft_of(session, unit)
        asked = {q.id: q for q in draft.asked()}
        if question_id not in asked:
            raise InspectorError(f"'{question_id}' is not asked for this unit")
        value = walk.checked_answer(draft.checklist, asked[question_id], value, draft.product_name)
        answers = dict(draft.answers)
        answers[question_id] = value
        answers = walk.pruned(draft.checklist, answers, draft.facts, draft.product_name)
        nxt = walk.next_question(draft.checklist, answers, draft.facts, draft.product_name)
        unit.answers = answers
        unit.answered_by = {
            **{q: who for q, who in (unit.answered_by or {}).items() if q in answers},
            question_id: actor.operator_id,
        }
        unit.at_question = nxt.id if nxt else None
        return replace(draft, answers=answers, at_question=unit.at_question)


def go_to(warehouse: Warehouse, actor: Actor | None, unit_id: int, question_id: str | None) -> None:
    """Remember where the grader is (after Back), so a restart resumes there."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = draft_row(session, actor, unit_id)
        unit.at_question = question_id


def take_photo(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_id: int,
    question_id: str,
    jpeg: bytes,
    clock: dt.datetime | None = None,
    source: str = "camera",
) -> UnitDraft:
    """Keep a photo for a photo question; the answer is how many were taken for it. `source`
    says where the picture came from ("camera", or "file" when the grader chose one)."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = draft_row(session, actor, unit_id)
        draft = draft_of(session, unit)
        asked = {q.id: q for q in draft.asked()}
        if asked.get(question_id) is None or asked[question_id].kind != "photo":
            raise InspectorError(f"'{question_id}' is not a photo question for this unit")
        path, digest = keep_photo(jpeg, f"unit-{unit.unit_code}-{question_id}", now)
        session.add(
            m.Photo(
                unit_id=unit.id, question=question_id, path=str(path), sha256=digest, taken_at=now
            )
        )
        session.flush()
        count = session.scalar(
            select(func.count())
            .select_from(m.Photo)
            .where(m.Photo.unit_id == unit.id, m.Photo.question == question_id)
        )
        answers = dict(draft.answers)
        answers[question_id] = int(count or 0)
        facts = dict(draft.facts)
        if question_id in facts.get("photos_skipped", []):  # a photo after all: no flag
            facts["photos_skipped"] = [q for q in facts["photos_skipped"] if q != question_id]
            unit.facts = facts
        nxt = walk.next_question(draft.checklist, answers, draft.facts, draft.product_name)
        unit.answers = answers
        unit.answered_by = {
            **{q: who for q, who in (unit.answered_by or {}).items() if q in answers},
            question_id: actor.operator_id,
        }
        unit.at_question = nxt.id if nxt else None
        record(
            session,
            actor,
            "photo_taken",
            "unit",
            unit.unit_code,
            rma_number=draft.rma_number,
            after={
                "sha256": digest,
                "file": path.name,
                "question": question_id,
                "source": source,
            },
            at=now,
        )
        return replace(draft, answers=answers, facts=facts, at_question=unit.at_question)


def skip_photo(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_id: int,
    question_id: str,
    clock: dt.datetime | None = None,
) -> UnitDraft:
    """Go on without the photo a question asks for (the bench has no camera): the answer is
    no photo, and the decision carries the NO_PHOTO flag, which a supervisor reviews."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = draft_row(session, actor, unit_id)
        draft = draft_of(session, unit)
        asked = {q.id: q for q in draft.asked()}
        if asked.get(question_id) is None or asked[question_id].kind != "photo":
            raise InspectorError(f"'{question_id}' is not a photo question for this unit")
        answers = dict(draft.answers)
        answers[question_id] = 0
        facts = dict(draft.facts)
        facts["photos_skipped"] = sorted({*facts.get("photos_skipped", []), question_id})
        nxt = walk.next_question(draft.checklist, answers, facts, draft.product_name)
        unit.answers, unit.facts = answers, facts
        unit.at_question = nxt.id if nxt else None
        record(
            session,
            actor,
            "photo_skipped",
            "unit",
            unit.unit_code,
            rma_number=draft.rma_number,
            after={"question": question_id, "why": "no camera"},
            at=now,
        )
        return replace(draft, answers=answers, facts=facts, at_question=unit.at_question)


def photos_taken(warehouse: Warehouse, unit_id: int, question_id: str) -> int:
    with explained_errors(), warehouse.sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(m.Photo)
                .where(m.Photo.unit_id == unit_id, m.Photo.question == question_id)
            )
            or 0
        )
