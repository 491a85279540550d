"""Starting a unit: open a received RMA, start a unit for each piece (or for an item the RMA
does not list), and read a unit being graded back as its draft, which survives a crash.

Every function takes the warehouse and the actor, checks the role first and does its work in
one transaction, with the audit events inside it. Answering is in `answering`, the decision in
`committing`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, NotFound, rma_named
from inspector.core.warehouse import Warehouse
from inspector.grading import answers as walk
from inspector.grading.checklist_versions import stored_checklist, version_id
from inspector.grading.checklists import Checklist, Question
from inspector.grading.checklists_in_use import load_checklists
from inspector.grading.parcel_sheet import ParcelSheet, Piece, find_graded_rma, sheet_of
from inspector.grading.policy_terms import combine, policy_terms, with_policy_questions
from inspector.grading.rules import Decision, decide
from inspector.grading.unit_codes import make_unit_code
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.policy.facts import rma_facts
from inspector.policy.in_force import policy_in_force
from inspector.policy.verdict import judge
from inspector.rmas.return_window import ReturnWindow


class AlreadyDecided(InspectorError):
    """The unit was committed already (at this station or another)."""


class HeldElsewhere(InspectorError):
    """Another station holds the unit's draft: it changes hands only when taken over, in
    words."""

    def __init__(
        self, unit_code: str, grader: str, station: str | None, since: dt.datetime | None
    ) -> None:
        self.unit_code, self.grader, self.station, self.since = unit_code, grader, station, since
        where = f" at {station}" if station else ""
        when = f" since {since:%H:%M}" if since else ""
        super().__init__(
            f"unit {unit_code} is being graded by {grader}{where}{when}: take it over to go on"
        )


def held_elsewhere(session: Session, unit: m.Unit, actor: Actor) -> HeldElsewhere | None:
    """Who holds the draft, if another station does. At its own bench a draft passes between
    the people signed in there (a supervisor steps in to override); each answer says who."""
    if unit.station_id == actor.station_id:
        return None
    grader = session.get(m.Operator, unit.grader_id) if unit.grader_id else None
    station = session.get(m.Station, unit.station_id) if unit.station_id else None
    return HeldElsewhere(
        unit.unit_code,
        grader.display_name if grader else "nobody",
        station.name if station else None,
        unit.held_since or unit.started_at,
    )


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
    number: int | None = None  # the expected piece's place among the RMA's pieces, from 1
    pieces: int = 0  # how many pieces the RMA expects
    photos: tuple[tuple[str, str], ...] = ()  # (question, file) of each photo taken, in order

    def asked(self) -> list[Question]:
        return walk.asked(self.checklist, self.answers, self.facts, self.product_name)

    def may_be_asked(self) -> list[Question]:
        return walk.may_be_asked(self.checklist, self.answers, self.facts, self.product_name)

    def question_count(self) -> tuple[int, int]:
        """(the fewest, the most) questions this unit can be asked in all."""
        return walk.question_count(self.checklist, self.answers, self.facts, self.product_name)

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
        """The checklist's rules' decision, with the return policy's terms for the line."""
        checklist_says = decide(self.checklist, self.answers, self.facts, self.product_name)
        return combine(checklist_says, self.facts, self.answers)


def open_rma(warehouse: Warehouse, actor: Actor | None, code: str) -> ParcelSheet:
    """The parcel sheet of the RMA a scanned or typed code names."""
    require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions() as session:
        return sheet_of(session, find_graded_rma(session, code))


def parcel_sheet(warehouse: Warehouse, rma_number: str) -> ParcelSheet:
    with explained_errors(), warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).first()
        if rma is None:
            raise NotFound(f"{rma_named(rma_number)} does not exist")
        return sheet_of(session, rma)


# -- starting a unit ------------------------------------------------------------------------


def start_unit(
    warehouse: Warehouse,
    actor: Actor | None,
    line_id: int,
    slot: int,
    clock: dt.datetime | None = None,
    take_over: bool = False,
) -> UnitDraft:
    """Start grading one expected piece, or resume its own draft. A draft another grader (or
    station) holds raises HeldElsewhere, saying whose it is and since when, unless
    `take_over`: then it changes hands, audited with whose it was."""
    actor = require(actor, Action.GRADE)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        line = session.get(m.RmaLine, line_id)
        if line is None or not 1 <= slot <= line.quantity:
            raise NotFound(f"no piece {slot} on RMA line {line_id}")
        held = _unit_at(session, line_id, slot)
        if held is None:
            parcel_id = parcel_of(session, line.rma)
            held = _new_unit(session, actor, now, parcel_id, line.product, line, slot)
            if held is None:  # another station started this piece a moment ago
                held = _unit_at(session, line_id, slot)
                assert held is not None
        if held.status != "DRAFT":
            raise AlreadyDecided(f"unit {held.unit_code} is already {held.status.lower()}")
        holder = held_elsewhere(session, held, actor)
        if holder is not None:
            if not take_over:
                raise holder
            record(
                session,
                actor,
                "draft_taken_over",
                "unit",
                held.unit_code,
                rma_number=line.rma.rma_number,
                before={
                    "grader": holder.grader,
                    "station": holder.station,
                    "since": holder.since.isoformat(timespec="seconds") if holder.since else None,
                    "answers": len(held.answers or {}),
                },
                after={"grader": actor.display_name},
                at=now,
            )
            held.held_since = now
        if (held.station_id, held.grader_id) != (actor.station_id, actor.operator_id):
            held.station_id, held.grader_id = actor.station_id, actor.operator_id
        return draft_of(session, held)


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
            raise NotFound(f"{rma_named(rma_number)} does not exist")
        product = product_by_code(session, scanned) if scanned else None
        unit = _new_unit(session, actor, now, parcel_of(session, rma), product, None, None)
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
        return draft_of(session, unit)


def _unit_at(session: Session, line_id: int, slot: int) -> m.Unit | None:
    return session.scalars(
        select(m.Unit).where(m.Unit.rma_line_id == line_id, m.Unit.slot == slot)
    ).first()


def parcel_of(session: Session, rma: m.Rma) -> int:
    """The id of the RMA's first received parcel, which its units belong to."""
    parcel_id = session.scalar(
        select(m.Parcel.id).where(m.Parcel.rma_id == rma.id).order_by(m.Parcel.id)
    )
    if parcel_id is None:
        raise InspectorError(
            f"{rma_named(rma.rma_number)} has no received parcel: scan it at the dock first"
        )
    return parcel_id


def _facts(
    rma: m.Rma,
    product: m.Product | None,
    line: m.RmaLine | None,
    arrived_on: dt.date,
) -> dict[str, Any]:
    """What rules know of the unit besides its answers. Inside the window means asked for by
    "request by" and arrived by "arrive by" (inspector.rmas.return_window)."""
    order = rma.order
    delivered = order.delivered_on
    window = ReturnWindow.of(rma.created_on, rma.return_deadline)
    return {
        "reason": line.reason if line is not None else "UNKNOWN",
        "category": product.category if product is not None else "other",
        "channel": order.channel,
        "days_since_delivery": (rma.created_on - delivered).days if delivered else None,
        "inside_window": window.asked_in_time and window.arrived_in_time(arrived_on),
        "arrived_in_time": window.arrived_in_time(arrived_on),
        "price": round(product.price_cents / 100, 2) if product is not None else 0.0,
        "on_rma": line is not None,
    }


def _policy_of(session: Session, rma: m.Rma, line: m.RmaLine, now: dt.datetime) -> dict[str, Any]:
    """The policy's verdict for the unit's line, kept with the unit when grading starts: what
    was asked for, when (a parcel's late arrival is the dock's to see at the scan, not a
    reason to change the unit's refund)."""
    policy = policy_in_force().policy
    verdict = judge(policy, rma_facts(session, rma, policy), now)
    mine = next(v for v in verdict.lines if v.key == str(line.id))
    return {**policy_terms(mine), "policy_hash": policy.content_hash}


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
    facts = _facts(rma, product, line, parcel.received_at.date())
    if line is not None:
        facts["policy"] = _policy_of(session, rma, line, now)
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
        held_since=now,
        at_question=None,
        answered_by={},
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


def product_by_code(session: Session, scanned: str) -> m.Product | None:
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
        return draft_of(session, unit)


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
        return draft_of(session, unit) if unit is not None else None


def draft_of(session: Session, unit: m.Unit) -> UnitDraft:
    """A unit's row as the grader's screen needs it."""
    assert unit.checklist_version_id is not None
    checklist = with_policy_questions(
        stored_checklist(session, unit.checklist_version_id), unit.facts
    )
    parcel = session.get(m.Parcel, unit.parcel_id)
    rma = session.get(m.Rma, parcel.rma_id) if parcel and parcel.rma_id else None
    product = session.get(m.Product, unit.product_id) if unit.product_id else None
    expected: Piece | None = None
    found_sku = found_name = None
    number, pieces = _place_of(session, unit)
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
        number=number,
        pieces=pieces,
        photos=tuple(
            (question or "", path)
            for question, path in session.execute(
                select(m.Photo.question, m.Photo.path)
                .where(m.Photo.unit_id == unit.id)
                .order_by(m.Photo.id)
            )
        ),
    )


def _place_of(session: Session, unit: m.Unit) -> tuple[int | None, int]:
    """(the unit's place among its RMA's expected pieces, counted over the lines in order,
    from 1; how many pieces the RMA expects). A slot counts within its line only, so a parcel
    of three lines of one piece each would otherwise show "unit 1" three times."""
    parcel = session.get(m.Parcel, unit.parcel_id)
    if parcel is None or parcel.rma_id is None:
        return None, 0
    lines = session.execute(
        select(m.RmaLine.id, m.RmaLine.quantity)
        .where(m.RmaLine.rma_id == parcel.rma_id)
        .order_by(m.RmaLine.id)
    ).all()
    number, before = None, 0
    for line_id, quantity in lines:
        if line_id == unit.rma_line_id and unit.slot is not None:
            number = before + unit.slot
        before += quantity
    return number, before


def draft_row(session: Session, actor: Actor, unit_id: int) -> m.Unit:
    """A unit's row, locked for a change, while it is still a draft."""
    unit = session.get(m.Unit, unit_id, with_for_update=True)
    if unit is None:
        raise NotFound(f"no unit {unit_id}")
    if unit.status != "DRAFT":
        raise AlreadyDecided(f"unit {unit.unit_code} is already {unit.status.lower()}")
    holder = held_elsewhere(session, unit, actor)
    if holder is not None:  # taken over meanwhile: this station's screen is out of date
        raise holder
    return unit
