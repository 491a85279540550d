"""Receiving a parcel at the dock: match its label to an RMA and record it exactly once.

A label that matches nothing opens the unknown-parcel path: a quarantine record with its
own id and the label's whole text, for a supervisor to resolve later. A scan that cannot be
a label (a misread RMA number, a junk burst) is refused with the reason; nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

import sqlalchemy.exc
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_2

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, rma_named
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.receiving.labels import (
    NotALabel,
    candidates,
    is_misread_rma_number,
    refuse_if_not_a_label,
)
from inspector.receiving.lookup import (
    Match,
    RmaHit,
    RmaView,
    find_rmas,
    hit_of,
    judged_view_of,
    view_of,
)
from inspector.rmas.return_window import ReturnWindow, Standing

Clock = Callable[[], dt.datetime]


class Outcome(str, Enum):
    RECEIVED = "received"
    ALREADY_RECEIVED = "already_received"
    OUTSIDE_WINDOW = "outside_window"  # received, but the return was asked for after "request by"
    ARRIVED_LATE = "arrived_late"  # received, but the parcel came after "arrive by"
    NOT_RETURNABLE = "not_returnable"  # a cancelled or closed RMA: nothing recorded
    UNKNOWN = "unknown"  # quarantined
    CHOOSE = "choose"  # several RMAs match: the dock worker picks one, nothing recorded yet


@dataclass(frozen=True)
class Receipt:
    outcome: Outcome
    rma: RmaView | None = None
    choices: tuple[RmaHit, ...] = ()
    parcel_id: int | None = None
    quarantine_id: str | None = None
    tracking_number: str | None = None
    scanned: str = ""  # the label's text as scanned (stripped), shown with every outcome

    @property
    def recorded(self) -> bool:
        return self.outcome in (
            Outcome.RECEIVED,
            Outcome.OUTSIDE_WINDOW,
            Outcome.ARRIVED_LATE,
            Outcome.UNKNOWN,
        )


def quarantine_id(parcel_id: int) -> str:
    """The id written on an unknown parcel's quarantine slip: Q, six digits, a check char."""
    body = f"{parcel_id:06d}"
    return f"Q{body}{mod_11_2.calc_check_digit(body)}"


_OUTCOME_OF = {
    Standing.ASKED_LATE: Outcome.OUTSIDE_WINDOW,
    Standing.ARRIVED_LATE: Outcome.ARRIVED_LATE,
}


def receive(
    warehouse: Warehouse,
    actor: Actor | None,
    code: str,
    *,
    rma_number: str | None = None,
    clock: Clock = dt.datetime.now,
    journal_entry: str | None = None,
) -> Receipt:
    """Receive the parcel whose label reads `code` (and, after a chooser, `rma_number`).

    `journal_entry` names a scan replayed from a station's journal: its id is stored with the
    receipt in the same transaction, and a second replay of it returns the first one's
    outcome without recording anything."""
    require(actor, Action.RECEIVE)
    assert actor is not None
    if not code.strip():
        raise InspectorError("nothing was scanned")
    code = refuse_if_not_a_label(code)
    try:
        with explained_errors(), warehouse.sessions.begin() as session:
            return _receive_entry(session, actor, code, rma_number, clock(), journal_entry)
    except sqlalchemy.exc.IntegrityError:
        # Another station recorded the same parcel a moment ago: it is received once.
        with explained_errors(), warehouse.sessions.begin() as session:
            return _receive_entry(session, actor, code, rma_number, clock(), journal_entry)


def _receive_entry(
    session: Session,
    actor: Actor,
    code: str,
    rma_number: str | None,
    now: dt.datetime,
    journal_entry: str | None,
) -> Receipt:
    """Receive once; for a journal entry, once across every replay of it."""
    if journal_entry is None:
        return _receive(session, actor, code, rma_number, now)
    done = session.get(m.ReplayedScan, journal_entry)
    if done is not None:
        return _receipt_of_replayed(session, done, code)
    receipt = _receive(session, actor, code, rma_number, now)
    session.add(
        m.ReplayedScan(
            entry_id=journal_entry,
            outcome=receipt.outcome.value,
            parcel_id=receipt.parcel_id,
            rma_id=session.scalar(
                select(m.Rma.id).where(m.Rma.rma_number == receipt.rma.rma_number)
            )
            if receipt.rma
            else None,
            station_id=actor.station_id,
            scanned_at=now,
            replayed_at=dt.datetime.now(),
        )
    )
    session.flush()
    return receipt


def _receipt_of_replayed(session: Session, done: m.ReplayedScan, code: str) -> Receipt:
    """The receipt a journal entry got when it was first replayed."""
    rma = session.get(m.Rma, done.rma_id) if done.rma_id is not None else None
    parcel = session.get(m.Parcel, done.parcel_id) if done.parcel_id is not None else None
    outcome = Outcome(done.outcome)
    return Receipt(
        outcome,
        rma=view_of(rma) if rma is not None else None,
        parcel_id=done.parcel_id,
        quarantine_id=quarantine_id(done.parcel_id)
        if outcome is Outcome.UNKNOWN and done.parcel_id is not None
        else None,
        tracking_number=parcel.tracking_number if parcel is not None else None,
        scanned=code,
    )


def _tracking_of(code: str, match: Match | None) -> str | None:
    """The parcel's tracking number: what matched, else the first carrier number read."""
    if match is not None and match.by.kind in ("tracking", "sscc"):
        return match.by.value
    readings = candidates(code)
    for reading in readings:
        if reading.kind in ("tracking", "sscc"):
            return reading.value
    return None


def _receive(
    session: Session, actor: Actor, code: str, rma_number: str | None, now: dt.datetime
) -> Receipt:
    matches = find_rmas(session, code)
    if rma_number is not None:
        matches = [x for x in matches if x.rma.rma_number == rma_number]
        if not matches:
            raise InspectorError(f"{rma_named(rma_number)} does not match '{code}'")
    if len(matches) > 1:
        return Receipt(
            Outcome.CHOOSE,
            choices=tuple(hit_of(x.rma, x.by.value) for x in matches),
            scanned=code,
        )
    if not matches:
        if is_misread_rma_number(code):  # no RMA has this very number: a misread or a typo
            raise NotALabel(code, "check_character")
        return _unknown(session, actor, code, now)
    match = matches[0]
    rma = match.rma
    view = judged_view_of(session, rma, now, now)
    if rma.status in ("CANCELLED", "COMPLETE"):
        return Receipt(Outcome.NOT_RETURNABLE, rma=view, scanned=code)
    tracking = _tracking_of(code, match)
    held = session.scalars(
        select(m.Parcel).where(m.Parcel.rma_id == rma.id, m.Parcel.tracking_number == tracking)
        if tracking
        else select(m.Parcel).where(m.Parcel.rma_id == rma.id)
    ).first()
    if held is None and tracking:
        held = _untracked_just_received(session, actor, rma, now)
        if held is not None:  # its own RMA label first, now its carrier label: one parcel
            held.tracking_number = tracking
            record(
                session,
                actor,
                "parcel_tracking_added",
                "parcel",
                tracking,
                rma_number=rma.rma_number,
                before={"tracking_number": None, "parcel": f"parcel-{held.id}"},
                after={"tracking_number": tracking},
                at=now,
            )
    if held is not None:
        return Receipt(
            Outcome.ALREADY_RECEIVED,
            rma=judged_view_of(session, rma, held.received_at, now),
            parcel_id=held.id,
            tracking_number=held.tracking_number,
            scanned=code,
        )
    parcel = m.Parcel(
        tracking_number=tracking,
        rma_id=rma.id,
        status="RECEIVED",
        received_at=now,
        station_id=actor.station_id,
        operator_id=actor.operator_id,
        note="",
    )
    session.add(parcel)
    if rma.status == "OPEN":
        session.execute(update(m.Rma).where(m.Rma.id == rma.id).values(status="RECEIVED"))
    session.flush()
    standing = ReturnWindow.of(rma.created_on, rma.return_deadline).standing(now.date(), now.date())
    record(
        session,
        actor,
        "parcel_received",
        "parcel",
        tracking or f"parcel-{parcel.id}",
        rma_number=rma.rma_number,
        after={
            "rma_status": "RECEIVED",
            "late": standing.late,
            "standing": standing.value,
            "policy": view.policy.verdict if view.policy else None,
        },
        at=now,
    )
    session.add(
        m.OutboxEvent(
            at=now,
            kind="return.received",
            payload={
                "rma_number": rma.rma_number,
                "tracking_number": tracking,
                "received_at": now.isoformat(timespec="seconds"),
            },
        )
    )
    return Receipt(
        _OUTCOME_OF.get(standing, Outcome.RECEIVED),
        rma=replace(view_of(rma), policy=view.policy),
        parcel_id=parcel.id,
        tracking_number=tracking,
        scanned=code,
    )


# A parcel's labels are scanned one after the other: its RMA label and then its carrier label
# are one receiving when no other parcel came between them at the station, within minutes.
SAME_RECEIVING = dt.timedelta(minutes=10)


def _untracked_just_received(
    session: Session, actor: Actor, rma: m.Rma, now: dt.datetime
) -> m.Parcel | None:
    """The parcel of this RMA received without a tracking number (its RMA label was scanned) as
    this station's and operator's last parcel, moments ago: the same parcel as the carrier
    label scanned now, which then gives it its tracking number."""
    last = session.scalars(
        select(m.Parcel)
        .where(m.Parcel.station_id == actor.station_id, m.Parcel.operator_id == actor.operator_id)
        .order_by(m.Parcel.id.desc())
        .limit(1)
    ).first()
    if last is None or last.rma_id != rma.id or last.tracking_number is not None:
        return None
    if not dt.timedelta(0) <= now - last.received_at <= SAME_RECEIVING:
        return None
    return last


def _unknown(session: Session, actor: Actor, code: str, now: dt.datetime) -> Receipt:
    """Quarantine a parcel whose label matched nothing, once per label: the label's whole text
    is kept (parcels.label), and a carrier number read from it as its tracking number."""
    tracking = _tracking_of(code, None)
    held = session.scalars(
        select(m.Parcel).where(
            m.Parcel.tracking_number == tracking if tracking else m.Parcel.label == code
        )
    ).first()
    if held is not None:
        return Receipt(
            Outcome.UNKNOWN,
            parcel_id=held.id,
            quarantine_id=quarantine_id(held.id),
            tracking_number=held.tracking_number,
            scanned=code,
        )
    parcel = m.Parcel(
        tracking_number=tracking,
        label=code,
        rma_id=None,
        status="UNKNOWN",
        received_at=now,
        station_id=actor.station_id,
        operator_id=actor.operator_id,
        note="label matched no RMA",
    )
    session.add(parcel)
    session.flush()
    qid = quarantine_id(parcel.id)
    record(
        session,
        actor,
        "parcel_quarantined",
        "parcel",
        tracking or qid,
        after={"quarantine_id": qid, "scanned": code},
        at=now,
    )
    return Receipt(
        Outcome.UNKNOWN,
        parcel_id=parcel.id,
        quarantine_id=qid,
        tracking_number=tracking,
        scanned=code,
    )
