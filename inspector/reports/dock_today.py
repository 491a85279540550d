"""The dock today, as a supervisor watches it: units by disposition, throughput per hour by
station and grader, the backlog of received parcels not yet graded, overrides and flags to
review, and unknown parcels to resolve (attach to an RMA, or reject)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, NotFound, rma_named
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.receiving.lookup import find_rmas
from inspector.receiving.receipts import quarantine_id

REVIEW_FLAGS = (
    "HAZARD",
    "WRONG_ITEM",
    "REASON_MISMATCH",
    "UNEXPECTED",
    "MISSING_PARTS",
    "NO_PHOTO",
)


@dataclass(frozen=True)
class Reviewable:
    unit_code: str
    decided_at: dt.datetime
    grader: str
    disposition: str
    flags: tuple[str, ...]
    override_reason: str | None


@dataclass(frozen=True)
class UnknownParcel:
    parcel_id: int
    quarantine_id: str
    tracking_number: str
    received_at: dt.datetime
    note: str
    label: str = ""  # what its label said, whole


@dataclass(frozen=True)
class Today:
    day: dt.date
    by_disposition: dict[str, int]
    by_station_hour: dict[str, dict[int, int]]  # station -> hour -> units
    by_grader_hour: dict[str, dict[int, int]]
    backlog: int  # parcels received, their RMA not yet complete
    backlog_oldest: dt.timedelta | None
    backlog_ages: dict[str, int]  # "under 4 h", "4-24 h", "1-3 days", "over 3 days"
    overrides: tuple[Reviewable, ...]
    flagged: tuple[Reviewable, ...]
    unknown: tuple[UnknownParcel, ...]


def _age_band(age: dt.timedelta) -> str:
    hours = age.total_seconds() / 3600
    if hours < 4:
        return "under 4 h"
    if hours < 24:
        return "4-24 h"
    if hours < 72:
        return "1-3 days"
    return "over 3 days"


def dock_today(warehouse: Warehouse, actor: Actor | None, now: dt.datetime | None = None) -> Today:
    require(actor, Action.EXPORT)
    now = now or dt.datetime.now()
    start = dt.datetime.combine(now.date(), dt.time())
    grader = aliased(m.Operator)
    with explained_errors(), warehouse.sessions() as session:
        by_disposition: Counter[str] = Counter()
        by_station: dict[str, Counter[int]] = {}
        by_grader: dict[str, Counter[int]] = {}
        overrides: list[Reviewable] = []
        flagged: list[Reviewable] = []
        for decided, station, who, disposition, override, flags, code, reason in session.execute(
            select(
                m.Unit.decided_at,
                m.Station.name,
                grader.display_name,
                m.Unit.disposition,
                m.Unit.override_disposition,
                m.Unit.flags,
                m.Unit.unit_code,
                m.Unit.override_reason,
            )
            .outerjoin(m.Station, m.Station.id == m.Unit.station_id)
            .outerjoin(grader, grader.id == m.Unit.grader_id)
            .where(m.Unit.decided_at >= start, m.Unit.decided_at <= now)
            .where(m.Unit.status.in_(("DECIDED", "PUT_AWAY")))
            .order_by(m.Unit.decided_at)
        ):
            if decided is None:  # (the query asks for decided units; this keeps mypy sure)
                continue
            final = override or disposition or "?"
            by_disposition[final] += 1
            by_station.setdefault(station or "?", Counter())[decided.hour] += 1
            by_grader.setdefault(who or "?", Counter())[decided.hour] += 1
            item = Reviewable(code, decided, who or "", final, tuple(flags or ()), reason)
            if override:
                overrides.append(item)
            if any(f in REVIEW_FLAGS for f in flags or ()):
                flagged.append(item)
        waiting = (
            session.execute(
                select(m.Parcel.received_at)
                .join(m.Rma, m.Rma.id == m.Parcel.rma_id)
                .where(m.Rma.status == "RECEIVED", m.Parcel.status.in_(("RECEIVED", "RESOLVED")))
            )
            .scalars()
            .all()
        )
        ages = [now - received for received in waiting]
        bands = Counter(_age_band(age) for age in ages)
        unknown = [
            UnknownParcel(
                p.id,
                quarantine_id(p.id),
                p.tracking_number or "",
                p.received_at,
                p.note,
                p.label or "",
            )
            for p in session.scalars(
                select(m.Parcel).where(m.Parcel.status == "UNKNOWN").order_by(m.Parcel.received_at)
            )
        ]
    return Today(
        day=now.date(),
        by_disposition=dict(by_disposition),
        by_station_hour={k: dict(v) for k, v in by_station.items()},
        by_grader_hour={k: dict(v) for k, v in by_grader.items()},
        backlog=len(ages),
        backlog_oldest=max(ages) if ages else None,
        backlog_ages={
            band: bands[band] for band in ("under 4 h", "4-24 h", "1-3 days", "over 3 days")
        },
        overrides=tuple(overrides[-50:]),
        flagged=tuple(flagged[-50:]),
        unknown=tuple(unknown),
    )


def resolve_unknown(
    warehouse: Warehouse,
    actor: Actor | None,
    parcel_id: int,
    rma_code: str | None = None,
    reject_reason: str | None = None,
) -> str:
    """Attach an unknown parcel to the RMA a code names, or reject it with a reason; returns
    what became of it in words."""
    actor = require(actor, Action.RESOLVE_UNKNOWN)
    if (rma_code is None) == (reject_reason is None):
        raise InspectorError("say which RMA the parcel belongs to, or why it is rejected")
    with explained_errors(), warehouse.sessions.begin() as session:
        parcel = session.get(m.Parcel, parcel_id)
        if parcel is None:
            raise NotFound(f"no parcel {parcel_id}")
        if parcel.status != "UNKNOWN":
            raise InspectorError(
                f"parcel {quarantine_id(parcel_id)} is already {parcel.status.lower()}"
            )
        qid = quarantine_id(parcel_id)
        if reject_reason is not None:
            if not reject_reason.strip():
                raise InspectorError("a rejected parcel needs a reason")
            parcel.status, parcel.note = "REJECTED", reject_reason.strip()
            record(
                session,
                actor,
                "parcel_rejected",
                "parcel",
                parcel.tracking_number or qid,
                after={"quarantine_id": qid, "reason": reject_reason.strip()},
            )
            return f"parcel {qid} rejected"
        assert rma_code is not None
        matches = find_rmas(session, rma_code)
        if len({x.rma.id for x in matches}) != 1:
            raise NotFound(f"'{rma_code}' names no single RMA")
        rma = matches[0].rma
        if rma.status in ("CANCELLED", "COMPLETE"):
            raise InspectorError(
                f"{rma_named(rma.rma_number)} is {rma.status.lower()}: it takes no parcel"
            )
        parcel.rma_id, parcel.status = rma.id, "RESOLVED"
        parcel.note = f"resolved to {rma.rma_number}"
        if rma.status == "OPEN":
            session.execute(update(m.Rma).where(m.Rma.id == rma.id).values(status="RECEIVED"))
        record(
            session,
            actor,
            "parcel_resolved",
            "parcel",
            parcel.tracking_number or qid,
            rma_number=rma.rma_number,
            after={"quarantine_id": qid, "rma": rma.rma_number},
        )
        return f"parcel {qid} attached to {rma.rma_number}"
