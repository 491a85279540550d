"""Grading units: open a received RMA, start a unit for each piece, confirm the item, store
every answer as it is given (a draft survives a crash), and commit the decision with its bin.

Every function takes the warehouse and the actor, checks the role first and does its work in
one transaction, with the audit events and the shop's outbox events inside it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from db.vocabulary import DISPOSITIONS
from inspector.core.errors import InspectorError, NotFound
from inspector.core.warehouse import Warehouse
from inspector.grading import answers as walk
from inspector.grading.bins import choose_bin
from inspector.grading.checklist_versions import stored_checklist, version_id
from inspector.grading.checklists import Checklist, Question, load_checklists
from inspector.grading.parcel_sheet import ACCOUNTED, ParcelSheet, Piece, find_graded_rma, sheet_of
from inspector.grading.rules import Decision, decide
from inspector.grading.unit_codes import make_unit_code
from inspector.people.audit import Change, record, record_many
from inspector.people.roles import Action, Actor, require
from inspector.receiving.photos import keep_photo
from inspector.tags.print_queue import check_printer, queue_tag

# How the shop platform words a disposition (Shopify's ReverseFulfillmentOrderDisposition).
SHOP_DISPOSITION = {
    "RESTOCK": "RESTOCKED",
    "REPACKAGE": "PROCESSING_REQUIRED",
    "REFURBISH": "PROCESSING_REQUIRED",
    "DISPOSE": "NOT_RESTOCKED",
    "MISSING": "MISSING",
}


class AlreadyDecided(InspectorError):
    """The unit was committed already (at this station or another)."""


@dataclass(frozen=True)
class UnitDraft:
    """A unit being graded, as the grader's screen needs it."""

    unit_id: int
    unit_code: str
    rma_number: str
    expected: Piece | None  # the piece the RMA expects; None for a unit not on the RMA
    found_sku: str | None  # what the item scan found, when it is not the expected item
    found_name: str | None
    item_state: str  # "unconfirmed", "matched", "wrong", "unexpected"
    checklist: Checklist
    answers: dict[str, Any]
    facts: dict[str, Any]
    at_question: str | None
    product_name: str
    status: str = "DRAFT"

    def asked(self) -> list[Question]:
        return walk.asked(self.checklist, self.answers, self.facts, self.product_name)

    def may_be_asked(self) -> list[Question]:
        return walk.may_be_asked(self.checklist, self.answers, self.facts, self.product_name)

    def next_question(self) -> Question | None:
        return walk.next_question(self.checklist, self.answers, self.facts, self.product_name)

    def current(self) -> Question | None:
        """Where the grader is: the stored place if it is still asked, else the next question."""
        asked = {q.id: q for q in self.asked()}
        if self.at_question in asked:
            return asked[self.at_question]
        return self.next_question()

    def options(self, question: Question) -> tuple[str, ...]:
        return walk.options_for(self.checklist, question, self.product_name)

    def decision(self) -> Decision:
        return decide(self.checklist, self.answers, self.facts, self.product_name)


@dataclass(frozen=True)
class Override:
    disposition: str
    reason: str


@dataclass(frozen=True)
class Committed:
    unit_code: str
    decision: Decision
    disposition: str  # after any override
    bin_code: str
    rma_complete: bool
    print_job: int | None = None


def open_rma(warehouse: Warehouse, actor: Actor | None, code: str) -> ParcelSheet:
    """The parcel sheet of the RMA a scanned or typed code names."""
    require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions() as session:
        return sheet_of(session, find_graded_rma(session, code))


def parcel_sheet(warehouse: Warehouse, rma_number: str) -> ParcelSheet:
    with explained_errors(), warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).first()
        if rma is None:
            raise NotFound(f"no RMA {rma_number}")
        return sheet_of(session, rma)


# -- starting a unit ------------------------------------------------------------------------


def start_unit(
    warehouse: Warehouse,
    actor: Actor | None,
    line_id: int,
    slot: int,
    clock: dt.datetime | None = None,
) -> UnitDraft:
    """Start grading one expected piece, or resume its draft."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        line = session.get(m.RmaLine, line_id)
        if line is None or not 1 <= slot <= line.quantity:
            raise NotFound(f"no piece {slot} on RMA line {line_id}")
        held = _unit_at(session, line_id, slot)
        if held is None:
            parcel_id = _parcel_of(session, line.rma)
            held = _new_unit(session, actor, now, parcel_id, line.product, line, slot)
            if held is None:  # another station started this piece a moment ago
                held = _unit_at(session, line_id, slot)
                assert held is not None
        if held.status != "DRAFT":
            raise AlreadyDecided(f"unit {held.unit_code} is already {held.status.lower()}")
        if (held.station_id, held.grader_id) != (actor.station_id, actor.operator_id):
            held.station_id, held.grader_id = actor.station_id, actor.operator_id
        return _draft_of(session, held)


def start_unexpected(
    warehouse: Warehouse,
    actor: Actor | None,
    rma_number: str,
    scanned: str | None,
    clock: dt.datetime | None = None,
) -> UnitDraft:
    """A unit found in the parcel that the RMA does not list; its scan says what it is."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).first()
        if rma is None:
            raise NotFound(f"no RMA {rma_number}")
        product = _product_by_code(session, scanned) if scanned else None
        unit = _new_unit(session, actor, now, _parcel_of(session, rma), product, None, None)
        assert unit is not None
        unit.item_scanned = scanned.strip()[:64] if scanned else None
        record(
            session,
            actor,
            "unexpected_unit_found",
            "unit",
            unit.unit_code,
            rma_number=rma_number,
            after={"scanned": unit.item_scanned, "sku": product.sku if product else None},
            at=now,
        )
        return _draft_of(session, unit)


def _unit_at(session: Session, line_id: int, slot: int) -> m.Unit | None:
    return session.scalars(
        select(m.Unit).where(m.Unit.rma_line_id == line_id, m.Unit.slot == slot)
    ).first()


def _parcel_of(session: Session, rma: m.Rma) -> int:
    parcel_id = session.scalar(
        select(m.Parcel.id).where(m.Parcel.rma_id == rma.id).order_by(m.Parcel.id)
    )
    if parcel_id is None:
        raise InspectorError(
            f"RMA {rma.rma_number} has no received parcel: scan it at the dock first"
        )
    return parcel_id


def _facts(
    rma: m.Rma, product: m.Product | None, line: m.RmaLine | None, now: dt.datetime
) -> dict[str, Any]:
    order = rma.order
    delivered = order.delivered_on
    return {
        "reason": line.reason if line is not None else "UNKNOWN",
        "category": product.category if product is not None else "other",
        "channel": order.channel,
        "days_since_delivery": (rma.created_on - delivered).days if delivered else None,
        "inside_window": rma.return_deadline is None or rma.created_on <= rma.return_deadline,
        "price": round(product.price_cents / 100, 2) if product is not None else 0.0,
        "on_rma": line is not None,
    }


def _new_unit(
    session: Session,
    actor: Actor,
    now: dt.datetime,
    parcel_id: int,
    product: m.Product | None,
    line: m.RmaLine | None,
    slot: int | None,
) -> m.Unit | None:
    """Insert a draft unit (its code comes from its id); None if the piece was taken."""
    checklist = load_checklists().for_category(product.category if product else None)
    parcel = session.get(m.Parcel, parcel_id)
    assert parcel is not None and parcel.rma_id is not None
    rma = session.get(m.Rma, parcel.rma_id)
    assert rma is not None
    facts = _facts(rma, product, line, now)
    unit = m.Unit(
        unit_code=f"draft-{uuid.uuid4().hex[:24]}",
        parcel_id=parcel_id,
        rma_line_id=line.id if line else None,
        slot=slot,
        product_id=product.id if product else None,
        status="DRAFT",
        checklist_version_id=version_id(session, checklist, now),
        answers={},
        facts=facts,
        grader_id=actor.operator_id,
        station_id=actor.station_id,
        started_at=now,
        at_question=None,
    )
    try:
        with session.begin_nested():
            session.add(unit)
            session.flush()
    except IntegrityError:
        return None
    unit.unit_code = make_unit_code(unit.id)
    session.flush()
    record(
        session,
        actor,
        "unit_started",
        "unit",
        unit.unit_code,
        rma_number=rma.rma_number,
        after={"checklist": checklist.name, "version": checklist.version, "slot": slot},
        at=now,
    )
    return unit


def _product_by_code(session: Session, scanned: str) -> m.Product | None:
    """The product a scanned UPC/EAN (any length up to GTIN-14) or SKU names."""
    code = scanned.strip()
    if code.isdigit() and 8 <= len(code) <= 14:
        wanted = code.zfill(14)
        variants = {wanted[-n:] for n in (8, 12, 13, 14) if wanted[: 14 - n].strip("0") == ""}
        hit = session.scalars(select(m.Product).where(m.Product.upc.in_(variants))).first()
        if hit is not None:
            return hit
    return session.scalars(select(m.Product).where(m.Product.sku == code)).first()


# -- the draft --------------------------------------------------------------------------------


def load_draft(warehouse: Warehouse, unit_id: int) -> UnitDraft:
    with explained_errors(), warehouse.sessions() as session:
        unit = session.get(m.Unit, unit_id)
        if unit is None:
            raise NotFound(f"no unit {unit_id}")
        return _draft_of(session, unit)


def draft_at_station(warehouse: Warehouse, station_id: int | None) -> UnitDraft | None:
    """The unit left half graded at this station (after a crash or a sign-out), if any."""
    if station_id is None:
        return None
    with explained_errors(), warehouse.sessions() as session:
        unit = session.scalars(
            select(m.Unit)
            .where(m.Unit.station_id == station_id, m.Unit.status == "DRAFT")
            .order_by(m.Unit.started_at.desc(), m.Unit.id.desc())
        ).first()
        return _draft_of(session, unit) if unit is not None else None


def _draft_of(session: Session, unit: m.Unit) -> UnitDraft:
    assert unit.checklist_version_id is not None
    checklist = stored_checklist(session, unit.checklist_version_id)
    parcel = session.get(m.Parcel, unit.parcel_id)
    rma = session.get(m.Rma, parcel.rma_id) if parcel and parcel.rma_id else None
    product = session.get(m.Product, unit.product_id) if unit.product_id else None
    expected: Piece | None = None
    found_sku = found_name = None
    if unit.rma_line_id is not None:
        line = session.get(m.RmaLine, unit.rma_line_id)
        assert line is not None
        p = line.product
        expected = Piece(
            line_id=line.id,
            slot=unit.slot,
            sku=p.sku,
            product_name=p.name,
            description=p.description,
            category=p.category,
            reason=line.reason,
            customer_comment=line.customer_comment,
            status=unit.status,
            unit_id=unit.id,
            unit_code=unit.unit_code,
        )
        matched = unit.facts.get("item_matched")
        state = "unconfirmed" if matched is None else ("matched" if matched else "wrong")
        if matched is False:
            found_sku = product.sku if product else None
            found_name = product.name if product else None
    else:
        state = "unexpected"
        found_sku = product.sku if product else None
        found_name = product.name if product else None
    return UnitDraft(
        unit_id=unit.id,
        unit_code=unit.unit_code,
        rma_number=rma.rma_number if rma else "",
        expected=expected,
        found_sku=found_sku,
        found_name=found_name,
        item_state=state,
        checklist=checklist,
        answers=dict(unit.answers),
        facts=dict(unit.facts),
        at_question=unit.at_question,
        product_name=product.name if product else "",
        status=unit.status,
    )


def _draft_row(session: Session, actor: Actor, unit_id: int) -> m.Unit:
    unit = session.get(m.Unit, unit_id, with_for_update=True)
    if unit is None:
        raise NotFound(f"no unit {unit_id}")
    if unit.status != "DRAFT":
        raise AlreadyDecided(f"unit {unit.unit_code} is already {unit.status.lower()}")
    return unit


def confirm_item(
    warehouse: Warehouse, actor: Actor | None, unit_id: int, scanned: str | None
) -> UnitDraft:
    """Confirm the item is the expected one: by its scanned UPC/EAN, SKU or serial, or by eye
    (scanned None). A different item raises the wrong-item flag and is graded as what it is."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _draft_row(session, actor, unit_id)
        if unit.rma_line_id is None:
            raise InspectorError("this unit is not on the RMA: there is nothing to confirm")
        line = session.get(m.RmaLine, unit.rma_line_id)
        assert line is not None
        expected = line.product
        found: m.Product | None = expected
        if scanned is not None and scanned.strip():
            found = _product_by_code(session, scanned)
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
        return _draft_of(session, unit)


def answer(
    warehouse: Warehouse, actor: Actor | None, unit_id: int, question_id: str, value: Any
) -> UnitDraft:
    """Store one answer at once; answers to questions no longer asked are dropped."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _draft_row(session, actor, unit_id)
        draft = _draft_of(session, unit)
        asked = {q.id: q for q in draft.asked()}
        if question_id not in asked:
            raise InspectorError(f"'{question_id}' is not asked for this unit")
        value = walk.checked_answer(draft.checklist, asked[question_id], value, draft.product_name)
        answers = dict(draft.answers)
        answers[question_id] = value
        answers = walk.pruned(draft.checklist, answers, draft.facts, draft.product_name)
        nxt = walk.next_question(draft.checklist, answers, draft.facts, draft.product_name)
        unit.answers = answers
        unit.at_question = nxt.id if nxt else None
        return replace(draft, answers=answers, at_question=unit.at_question)


def go_to(warehouse: Warehouse, actor: Actor | None, unit_id: int, question_id: str | None) -> None:
    """Remember where the grader is (after Back), so a restart resumes there."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _draft_row(session, actor, unit_id)
        unit.at_question = question_id


def take_photo(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_id: int,
    question_id: str,
    jpeg: bytes,
    clock: dt.datetime | None = None,
) -> UnitDraft:
    """Keep a photo for a photo question; the answer is how many were taken for it."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _draft_row(session, actor, unit_id)
        draft = _draft_of(session, unit)
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
        nxt = walk.next_question(draft.checklist, answers, draft.facts, draft.product_name)
        unit.answers = answers
        unit.at_question = nxt.id if nxt else None
        record(
            session,
            actor,
            "photo_taken",
            "unit",
            unit.unit_code,
            rma_number=draft.rma_number,
            after={"sha256": digest, "file": path.name, "question": question_id},
            at=now,
        )
        return replace(draft, answers=answers, at_question=unit.at_question)


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


# -- committing ---------------------------------------------------------------------------------


def commit(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_id: int,
    override: Override | None = None,
    clock: dt.datetime | None = None,
    printer: tuple[str, str] | None = None,
) -> Committed:
    """Decide the unit with its checklist's rules and commit it, once: a second commit of the
    same unit raises AlreadyDecided. An override needs its role and a reason. With a printer
    (URI, profile), the bin tag is queued in the same transaction: committed, it is printed."""
    actor = require(actor, Action.GRADE)
    if override is not None:
        require(actor, Action.OVERRIDE)
        if override.disposition not in DISPOSITIONS:
            raise InspectorError(f"'{override.disposition}' is not a disposition")
        if not override.reason.strip():
            raise InspectorError("an override needs a reason")
    now = clock or dt.datetime.now()
    if printer is not None:
        check_printer(*printer)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _draft_row(session, actor, unit_id)
        draft = _draft_of(session, unit)
        if draft.item_state == "unconfirmed":
            raise InspectorError("confirm the item first: scan its barcode or check it by eye")
        missing = draft.next_question()
        if missing is not None:
            raise InspectorError(f"question '{missing.id}' is not answered yet")
        decision = draft.decision()
        final = override.disposition if override else decision.disposition
        category = draft.facts.get("category")
        bin_row = choose_bin(session, final, category)
        done = session.execute(
            update(m.Unit)
            .where(m.Unit.id == unit.id, m.Unit.status == "DRAFT")
            .values(
                status="DECIDED",
                grade=decision.grade,
                disposition=decision.disposition,
                rule=decision.rule,
                reason=decision.in_words("en"),
                flags=list(decision.flags),
                refund=decision.refund.upper(),
                fee_percent=decision.fee_percent,
                bin_id=bin_row.id,
                grader_id=actor.operator_id,
                station_id=actor.station_id,
                decided_at=now,
                at_question=None,
                override_by_id=actor.operator_id if override else None,
                override_disposition=override.disposition if override else None,
                override_reason=override.reason.strip() if override else None,
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(done, "rowcount", 0) != 1:
            raise AlreadyDecided(f"unit {unit.unit_code} was committed already")
        changes = [
            Change(
                "unit_decided",
                "unit",
                unit.unit_code,
                after={
                    "grade": decision.grade,
                    "disposition": decision.disposition,
                    "flags": list(decision.flags),
                    "refund": decision.refund.upper(),
                    "fee_percent": decision.fee_percent,
                    "rule": decision.rule,
                    "bin": bin_row.code,
                },
                rma_number=draft.rma_number,
            )
        ]
        if override is not None:
            changes.append(
                Change(
                    "disposition_overridden",
                    "unit",
                    unit.unit_code,
                    before={"disposition": decision.disposition},
                    after={"disposition": final, "reason": override.reason.strip()},
                    rma_number=draft.rma_number,
                )
            )
        session.add(
            m.OutboxEvent(
                at=now,
                kind="return.unit_dispositioned",
                payload={
                    "rma_number": draft.rma_number,
                    "unit_id": unit.unit_code,
                    "sku": draft.found_sku or (draft.expected.sku if draft.expected else None),
                    "disposition": SHOP_DISPOSITION[final],
                    "grade": decision.grade,
                    "refund": decision.refund.upper(),
                    "restocking_fee_percent": decision.fee_percent,
                },
            )
        )
        complete = _complete_if_accounted(session, draft.rma_number, now, changes)
        record_many(session, actor, changes, at=now)
        job_id = None
        if printer is not None:
            session.refresh(unit)
            job_id = queue_tag(session, unit, printer[0], printer[1], now=now).id
        return Committed(unit.unit_code, decision, final, bin_row.code, complete, job_id)


def mark_missing(
    warehouse: Warehouse,
    actor: Actor | None,
    rma_number: str,
    clock: dt.datetime | None = None,
) -> int:
    """Record every expected piece not graded (and not being graded) as missing from the
    parcel; returns how many. The RMA is then complete."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).first()
        if rma is None:
            raise NotFound(f"no RMA {rma_number}")
        sheet = sheet_of(session, rma)
        pending = [p for p in sheet.pieces if p.status == "PENDING" and p.line_id is not None]
        if any(p.status == "DRAFT" for p in sheet.pieces):
            raise InspectorError("a unit of this RMA is still being graded: finish it first")
        parcel_id = _parcel_of(session, rma)
        changes: list[Change] = []
        for piece in pending:
            line = session.get(m.RmaLine, piece.line_id)
            assert line is not None and piece.slot is not None
            unit = m.Unit(
                unit_code=f"draft-{uuid.uuid4().hex[:24]}",
                parcel_id=parcel_id,
                rma_line_id=line.id,
                slot=piece.slot,
                product_id=line.product_id,
                status="MISSING",
                answers={},
                facts={},
                grader_id=actor.operator_id,
                station_id=actor.station_id,
                started_at=now,
                decided_at=now,
                reason="expected in the parcel, not found",
            )
            try:
                with session.begin_nested():
                    session.add(unit)
                    session.flush()
            except IntegrityError:
                raise InspectorError(
                    "another station started a unit of this RMA just now: open it again"
                ) from None
            unit.unit_code = make_unit_code(unit.id)
            changes.append(
                Change(
                    "unit_missing",
                    "unit",
                    unit.unit_code,
                    after={"sku": piece.sku},
                    rma_number=rma_number,
                )
            )
            session.add(
                m.OutboxEvent(
                    at=now,
                    kind="return.unit_dispositioned",
                    payload={
                        "rma_number": rma_number,
                        "unit_id": unit.unit_code,
                        "sku": piece.sku,
                        "disposition": SHOP_DISPOSITION["MISSING"],
                    },
                )
            )
        session.flush()
        _complete_if_accounted(session, rma_number, now, changes)
        record_many(session, actor, changes, at=now)
        return len(pending)


def _complete_if_accounted(
    session: Session, rma_number: str, now: dt.datetime, changes: list[Change]
) -> bool:
    rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).first()
    if rma is None:
        return False
    session.flush()
    for line in rma.lines:
        accounted = session.scalar(
            select(func.count())
            .select_from(m.Unit)
            .where(m.Unit.rma_line_id == line.id, m.Unit.status.in_(ACCOUNTED))
        )
        if (accounted or 0) < line.quantity:
            return False
    if rma.status != "COMPLETE":
        session.execute(update(m.Rma).where(m.Rma.id == rma.id).values(status="COMPLETE"))
        changes.append(
            Change(
                "rma_completed",
                "rma",
                rma_number,
                before={"status": rma.status},
                after={"status": "COMPLETE"},
                rma_number=rma_number,
            )
        )
        session.add(
            m.OutboxEvent(at=now, kind="return.completed", payload={"rma_number": rma_number})
        )
    return True
