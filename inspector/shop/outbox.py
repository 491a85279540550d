"""The outbox as the deliverers see it: claim events under a lease, in order per return, and
record what became of each; a supervisor's retry and skip.

Several stations may deliver from one PostgreSQL database at once: a claim locks its rows
with FOR UPDATE SKIP LOCKED and leases them (claimed_by, claimed_until), so no event is in
two deliverers' hands, and one whose deliverer died is claimed again when its lease ends.
An event is not claimed while an earlier event of the same RMA waits or needs attention.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, NotFound
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require

LEASE = dt.timedelta(minutes=3)
OPEN = ("PENDING", "ATTENTION")
BACKOFF_FIRST_S = 5.0
BACKOFF_CAP_S = 15 * 60.0


@dataclass(frozen=True)
class Claimed:
    """An event in a deliverer's hands. attempts counts this one: more than 1 means an
    earlier attempt may have reached the shop, so what the shop holds is read first."""

    id: int
    kind: str
    payload: dict[str, Any]
    rma_number: str | None
    attempts: int
    shop_ref: str | None
    at: dt.datetime

    @property
    def key(self) -> str:
        """The event's id as the outside world sees it (webhook-id, idempotency key)."""
        return f"evt_{self.id}"


@dataclass(frozen=True)
class Sent:
    shop_ref: str | None = None
    note: str | None = None  # e.g. "nothing to send to Shopify for a receipt"
    sent_as: str | None = None  # what the shop was told, when it differs from the payload


@dataclass(frozen=True)
class Attention:
    """The shop refused the event: it waits for a person, with the shop's words."""

    message: str
    shop_ref: str | None = None


@dataclass(frozen=True)
class Retry:
    """Not delivered this time (shop unreachable, busy, or the event must wait its turn)."""

    message: str
    after_s: float | None = None  # the shop said when; else the backoff decides
    counts: bool = True  # False: the event was not tried (it waits behind another)
    shop_ref: str | None = None


Result = Sent | Attention | Retry


def new_holder(station: str) -> str:
    """A claim token: the station's name and a random part (unique per deliverer run)."""
    return f"{station[:60]}/{uuid.uuid4().hex[:12]}"


def claim(
    warehouse: Warehouse, holder: str, limit: int, *, now: dt.datetime | None = None
) -> list[Claimed]:
    """Claim up to `limit` events that are due, oldest first, for `holder`."""
    now = now or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        due = (
            select(m.OutboxEvent.id, m.OutboxEvent.rma_number)
            .where(
                m.OutboxEvent.state == "PENDING",
                or_(m.OutboxEvent.next_attempt_at.is_(None), m.OutboxEvent.next_attempt_at <= now),
                or_(m.OutboxEvent.claimed_until.is_(None), m.OutboxEvent.claimed_until < now),
            )
            .order_by(m.OutboxEvent.id)
            .limit(limit)
        )
        if warehouse.kind == "postgresql":
            due = due.with_for_update(skip_locked=True)
        candidates = list(session.execute(due).all())
        if not candidates:
            return []
        chosen = _in_turn(session, candidates)
        if not chosen:
            return []
        session.execute(
            update(m.OutboxEvent)
            .where(
                m.OutboxEvent.id.in_(chosen),
                m.OutboxEvent.state == "PENDING",
                or_(m.OutboxEvent.claimed_until.is_(None), m.OutboxEvent.claimed_until < now),
            )
            .values(
                claimed_by=holder,
                claimed_until=now + LEASE,
                attempts=m.OutboxEvent.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        rows = list(
            session.scalars(
                select(m.OutboxEvent)
                .where(m.OutboxEvent.id.in_(chosen), m.OutboxEvent.claimed_by == holder)
                .order_by(m.OutboxEvent.id)
            )
        )
        # Another deliverer may have claimed an earlier event of the same RMA between the
        # look and the claim (SQLite has no row locks): what is now out of turn goes back.
        in_turn = set(_in_turn(session, rows))
        for row in rows:
            if row.id not in in_turn:
                row.claimed_by, row.claimed_until = None, None
                row.attempts -= 1
        rows = [r for r in rows if r.id in in_turn]
        return [
            Claimed(r.id, r.kind, dict(r.payload), r.rma_number, r.attempts, r.shop_ref, r.at)
            for r in rows
        ]


def _in_turn(session: Session, candidates: list[Any]) -> list[int]:
    """The candidates whose RMA has no earlier open event outside this claim."""
    numbers = {c.rma_number for c in candidates if c.rma_number}
    earliest: dict[str, list[int]] = {}
    if numbers:
        ordered = sorted(numbers)
        for start in range(0, len(ordered), 500):
            rows = session.execute(
                select(m.OutboxEvent.rma_number, m.OutboxEvent.id).where(
                    m.OutboxEvent.rma_number.in_(ordered[start : start + 500]),
                    m.OutboxEvent.state.in_(OPEN),
                )
            )
            for number, event_id in rows:
                earliest.setdefault(number or "", []).append(event_id)
    taken = {c.id for c in candidates}
    chosen = []
    for c in candidates:
        if c.rma_number is None:
            chosen.append(c.id)
            continue
        before = [i for i in earliest.get(c.rma_number, []) if i < c.id]
        if all(i in taken and i in chosen for i in before):
            chosen.append(c.id)
    return chosen


def backoff_s(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: about 5 s, 10 s, 20 s ... up to 15 minutes."""
    base = min(BACKOFF_FIRST_S * 2 ** max(attempts - 1, 0), BACKOFF_CAP_S)
    return base * (0.5 + (rng or random).random())


def finish(
    warehouse: Warehouse,
    holder: str,
    results: dict[int, Result],
    *,
    now: dt.datetime | None = None,
    rng: random.Random | None = None,
) -> None:
    """Record what became of claimed events; an event no longer held by `holder` (its lease
    ran out and another deliverer took it) is left to that deliverer."""
    now = now or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        held = {
            r.id: r
            for r in session.scalars(
                select(m.OutboxEvent).where(
                    m.OutboxEvent.id.in_(list(results)), m.OutboxEvent.claimed_by == holder
                )
            )
        }
        for event_id, result in results.items():
            row = held.get(event_id)
            if row is None:
                continue
            row.claimed_by = None
            row.claimed_until = None
            if isinstance(result, Sent):
                row.state, row.delivered_at = "SENT", now
                row.last_error = result.note
                row.shop_ref = result.shop_ref or row.shop_ref
                if result.sent_as:
                    row.payload = {**row.payload, "sent_as": result.sent_as}
            elif isinstance(result, Attention):
                row.state, row.last_error = "ATTENTION", result.message[:2000]
                row.shop_ref = result.shop_ref or row.shop_ref
            else:
                if not result.counts:
                    row.attempts = max(row.attempts - 1, 0)
                wait = (
                    result.after_s if result.after_s is not None else backoff_s(row.attempts, rng)
                )
                row.next_attempt_at = now + dt.timedelta(seconds=wait)
                row.last_error = result.message[:2000]
                row.shop_ref = result.shop_ref or row.shop_ref


def release(warehouse: Warehouse, holder: str) -> None:
    """Let go of every event `holder` still has (a deliverer stopping cleanly)."""
    with explained_errors(), warehouse.sessions.begin() as session:
        session.execute(
            update(m.OutboxEvent)
            .where(m.OutboxEvent.claimed_by == holder)
            .values(claimed_by=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True)
class OutboxCounts:
    waiting: int = 0
    sent: int = 0
    attention: int = 0
    skipped: int = 0
    oldest_waiting: dt.datetime | None = None
    by_state: dict[str, int] = field(default_factory=dict)


def counts(warehouse: Warehouse) -> OutboxCounts:
    with explained_errors(), warehouse.sessions() as session:
        rows = session.execute(
            select(m.OutboxEvent.state, func.count(), func.min(m.OutboxEvent.at)).group_by(
                m.OutboxEvent.state
            )
        ).all()
    by_state = {state: n for state, n, _ in rows}
    oldest = next((at for state, _, at in rows if state == "PENDING"), None)
    return OutboxCounts(
        waiting=by_state.get("PENDING", 0),
        sent=by_state.get("SENT", 0),
        attention=by_state.get("ATTENTION", 0),
        skipped=by_state.get("SKIPPED", 0),
        oldest_waiting=oldest,
        by_state=by_state,
    )


@dataclass(frozen=True)
class EventRow:
    """One outbox event as the Shop tab and `shop status` list it."""

    id: int
    at: dt.datetime
    kind: str
    rma_number: str | None
    state: str
    attempts: int
    next_attempt_at: dt.datetime | None
    delivered_at: dt.datetime | None
    last_error: str | None


def list_events(
    warehouse: Warehouse, states: tuple[str, ...] = OPEN, limit: int = 200
) -> list[EventRow]:
    """Events in the given states, those needing attention first, then oldest first."""
    with explained_errors(), warehouse.sessions() as session:
        rows = session.scalars(
            select(m.OutboxEvent)
            .where(m.OutboxEvent.state.in_(states))
            .order_by((m.OutboxEvent.state == "ATTENTION").desc(), m.OutboxEvent.id)
            .limit(limit)
        ).all()
        return [
            EventRow(
                r.id,
                r.at,
                r.kind,
                r.rma_number,
                r.state,
                r.attempts,
                r.next_attempt_at,
                r.delivered_at,
                r.last_error,
            )
            for r in rows
        ]


def _event(session: Session, event_id: int) -> m.OutboxEvent:
    row = session.get(m.OutboxEvent, event_id, with_for_update=True)
    if row is None:
        raise NotFound(f"no outbox event {event_id}")
    return row


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise InspectorError("give a reason (--reason TEXT): it goes into the audit trail")
    return text[:500]


def retry_event(warehouse: Warehouse, actor: Actor | None, event_id: int, reason: str) -> None:
    """Send an event that needed attention (or was skipped) again, now (supervisor)."""
    require(actor, Action.RESOLVE_OUTBOX)
    why = _reason(reason)
    with explained_errors(), warehouse.sessions.begin() as session:
        row = _event(session, event_id)
        if row.state not in ("ATTENTION", "SKIPPED", "PENDING"):
            raise InspectorError(f"event {event_id} was sent already; there is nothing to retry")
        before = {"state": row.state, "error": row.last_error}
        row.state, row.next_attempt_at = "PENDING", None
        record(
            session,
            actor,
            "outbox_retried",
            "outbox",
            str(event_id),
            before=before,
            after={"state": "PENDING", "reason": why},
            rma_number=row.rma_number,
        )


def skip_event(warehouse: Warehouse, actor: Actor | None, event_id: int, reason: str) -> None:
    """Do not send an event (supervisor); it stays in the outbox as SKIPPED, audited."""
    require(actor, Action.RESOLVE_OUTBOX)
    why = _reason(reason)
    with explained_errors(), warehouse.sessions.begin() as session:
        row = _event(session, event_id)
        if row.state not in OPEN:
            raise InspectorError(
                f"event {event_id} is {row.state.lower()}; only a waiting one can be skipped"
            )
        if row.claimed_until is not None and row.claimed_until > dt.datetime.now():
            raise InspectorError(f"event {event_id} is being sent right now; try again in a minute")
        before = {"state": row.state, "error": row.last_error}
        row.state = "SKIPPED"
        record(
            session,
            actor,
            "outbox_skipped",
            "outbox",
            str(event_id),
            before=before,
            after={"state": "SKIPPED", "reason": why},
            rma_number=row.rma_number,
        )


def sent_refs(session: Session, refs: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The payloads of events already SENT to each shop reference (for reconciling)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(refs), 500):
        rows = session.execute(
            select(m.OutboxEvent.shop_ref, m.OutboxEvent.payload).where(
                and_(
                    m.OutboxEvent.shop_ref.in_(refs[start : start + 500]),
                    m.OutboxEvent.state == "SENT",
                )
            )
        )
        for ref, payload in rows:
            found.setdefault(ref, []).append(payload)
    return found
