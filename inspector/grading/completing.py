"""Completing an RMA: once every piece it expects is accounted for, it is COMPLETE, once.

Two stations may commit an RMA's last two pieces at the same moment. On PostgreSQL each
transaction reads the units as they were when its statement began, so without a lock each
would count the other's piece as still open and neither would complete the RMA. The check
therefore first locks the RMA's row (SELECT ... FOR UPDATE): the second station waits for the
first to commit and then counts its piece. SQLite has one writer at a time, which already
serializes the check. `check_rmas` is the repair pass for RMAs left behind before this lock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.grading.parcel_sheet import ACCOUNTED
from inspector.people.audit import Change, record_many
from inspector.people.roles import Action, Actor, require


def _accounted(session: Session, rma: m.Rma) -> bool:
    for line in rma.lines:
        accounted = session.scalar(
            select(func.count())
            .select_from(m.Unit)
            .where(m.Unit.rma_line_id == line.id, m.Unit.status.in_(ACCOUNTED))
        )
        if (accounted or 0) < line.quantity:
            return False
    return True


def _completed(session: Session, rma: m.Rma, now: dt.datetime) -> Change:
    change = Change(
        "rma_completed",
        "rma",
        rma.rma_number,
        before={"status": rma.status},
        after={"status": "COMPLETE"},
        rma_number=rma.rma_number,
    )
    session.execute(update(m.Rma).where(m.Rma.id == rma.id).values(status="COMPLETE"))
    session.add(
        m.OutboxEvent(at=now, kind="return.completed", payload={"rma_number": rma.rma_number})
    )
    return change


def complete_if_accounted(
    session: Session, rma_number: str, now: dt.datetime, changes: list[Change]
) -> bool:
    """Mark the RMA COMPLETE (with its audit change and outbox event) if every piece it
    expects is accounted for; True if it is complete. Call it after the unit's own change,
    inside the same transaction: it locks the RMA's row until that transaction ends."""
    session.flush()
    rma = session.scalars(
        select(m.Rma)
        .where(m.Rma.rma_number == rma_number)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if rma is None:
        return False
    if not _accounted(session, rma):
        return False
    if rma.status != "COMPLETE":
        changes.append(_completed(session, rma, now))
    return True


@dataclass(frozen=True)
class CheckReport:
    """What `inspector db check` looked at and put right."""

    rmas_checked: int
    completed: tuple[str, ...]

    def in_words(self) -> str:
        if not self.completed:
            return f"checked {self.rmas_checked} open RMA(s): nothing to put right"
        return (
            f"checked {self.rmas_checked} open RMA(s): completed {len(self.completed)} whose "
            f"pieces were all accounted for ({', '.join(self.completed)})"
        )


def check_rmas(
    warehouse: Warehouse, actor: Actor | None, clock: dt.datetime | None = None
) -> CheckReport:
    """The repair pass: find received RMAs whose every piece is accounted for but that are not
    COMPLETE, and complete them, each audited (as the repair) with its outbox event."""
    actor = require(actor, Action.REPAIR)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions() as session:
        open_ids = list(
            session.scalars(
                select(m.Rma.id)
                .where(m.Rma.status.not_in(("COMPLETE", "CANCELLED")))
                .where(
                    select(m.Unit.id).join(m.RmaLine).where(m.RmaLine.rma_id == m.Rma.id).exists()
                )
                .order_by(m.Rma.id)
            )
        )
    completed: list[str] = []
    for rma_id in open_ids:
        with explained_errors(), warehouse.sessions.begin() as session:
            rma = session.scalars(select(m.Rma).where(m.Rma.id == rma_id).with_for_update()).first()
            if rma is None or rma.status in ("COMPLETE", "CANCELLED") or not rma.lines:
                continue
            if not _accounted(session, rma):
                continue
            change = _completed(session, rma, now)
            record_many(
                session,
                actor,
                [Change(**{**change.__dict__, "after": {"status": "COMPLETE", "by": "db check"}})],
                at=now,
            )
            completed.append(rma.rma_number)
    return CheckReport(len(open_ids), tuple(completed))
