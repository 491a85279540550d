"""Committing: decide a unit with its checklist's rules (or an override) and commit it, once,
with its bin and its bin tag queued; record the pieces a parcel lacks as missing. An RMA whose
every piece is accounted for is complete.

Every function takes the warehouse and the actor, checks the role first and does its work in
one transaction, with the audit events and the shop's outbox events inside it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from db import models as m
from db.engine import explained_errors
from db.vocabulary import DISPOSITIONS
from inspector.core.errors import InspectorError, NotFound, rma_named
from inspector.core.warehouse import Warehouse
from inspector.grading.bins import choose_bin
from inspector.grading.completing import complete_if_accounted
from inspector.grading.parcel_sheet import sheet_of
from inspector.grading.rules import Decision
from inspector.grading.unit_codes import make_unit_code
from inspector.grading.units import AlreadyDecided, draft_of, draft_row, parcel_of
from inspector.people.audit import Change, record_many
from inspector.people.roles import Action, Actor, require
from inspector.tags.print_queue import check_printer, queue_tag

# How the shop platform words a disposition (Shopify's ReverseFulfillmentOrderDisposition).
SHOP_DISPOSITION = {
    "RESTOCK": "RESTOCKED",
    "REPACKAGE": "PROCESSING_REQUIRED",
    "REFURBISH": "PROCESSING_REQUIRED",
    "DISPOSE": "NOT_RESTOCKED",
    "MISSING": "MISSING",
}


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
        unit = draft_row(session, actor, unit_id)
        draft = draft_of(session, unit)
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
        complete = complete_if_accounted(session, draft.rma_number, now, changes)
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
            raise NotFound(f"{rma_named(rma_number)} does not exist")
        sheet = sheet_of(session, rma)
        pending = [p for p in sheet.pieces if p.status == "PENDING" and p.line_id is not None]
        if any(p.status == "DRAFT" for p in sheet.pieces):
            raise InspectorError("a unit of this RMA is still being graded: finish it first")
        parcel_id = parcel_of(session, rma)
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
        complete_if_accounted(session, rma_number, now, changes)
        record_many(session, actor, changes, at=now)
        return len(pending)
