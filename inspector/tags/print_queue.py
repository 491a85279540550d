"""The print queue in the database: a tag is queued in the same transaction as the decision it
belongs to, sent by the printer's worker, and never lost or printed twice.

A job is QUEUED until a worker claims it (SENDING). A job whose connection failed before any
byte went out goes back to QUEUED with a later attempt time (backing off); one that was sent
is SENT; one that failed after bytes went out is FAILED and waits for a person, because the
printer may have printed part or all of it. Reprinting is a new job that a person asks for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, NotFound
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.tags.bin_tags import DEFAULT_PROFILE, PROFILES, BinTag, render_tag
from inspector.tags.printers import PrinterNotReady, parse_uri, read_status, send

BACKOFF_S = (2, 5, 15, 30, 60)  # then every minute
SAMPLE_NOTE = "Sample tag: if the barcode scans, the printer is set up"


@dataclass(frozen=True)
class Job:
    id: int
    unit_code: str
    printer_uri: str
    status: str
    attempts: int
    reprint: bool
    last_error: str | None
    created_at: dt.datetime
    sent_at: dt.datetime | None


def print_sample(printer_uri: str, unit_code: str, profile: str = DEFAULT_PROFILE) -> str:
    """Print a sample tag for `unit_code` straight away (not through the queue) after asking
    the printer whether it is ready; returns the unit id it encodes, or raises saying why not."""
    check_printer(printer_uri, profile)
    address = parse_uri(printer_uri)
    status = read_status(address)
    if not status.ready:
        raise PrinterNotReady(printer_uri, status)
    sample = BinTag(
        unit_code=unit_code,
        disposition="RESTOCK",
        bin_code="RS-TEST-01",
        rma_number="RMA-SAMPLE",
        sku="SAMPLE-SKU",
        product_name="Sample product",
        grade="A",
        flags=(),
        grader="printer test",
        station="-",
        decided_at=dt.datetime.now(),
        note=SAMPLE_NOTE,
    )
    send(address, render_tag(sample, PROFILES[profile]))
    return unit_code


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=BACKOFF_S[min(attempts, len(BACKOFF_S)) - 1] if attempts else 0)


def check_printer(uri: str, profile: str) -> None:
    """Refuse an unusable address or profile in words (before anything is queued)."""
    parse_uri(uri)
    if profile not in PROFILES:
        raise InspectorError(f"no printer profile '{profile}': use {', '.join(PROFILES)}")


def tag_of(session: Session, unit: m.Unit, reprint: bool = False) -> BinTag:
    """The tag's words for a decided unit, as they are at this moment."""
    if unit.status not in ("DECIDED", "PUT_AWAY") or unit.bin_id is None:
        raise InspectorError(f"unit {unit.unit_code} has no disposition yet: nothing to print")
    product = session.get(m.Product, unit.product_id) if unit.product_id else None
    parcel = session.get(m.Parcel, unit.parcel_id)
    rma = session.get(m.Rma, parcel.rma_id) if parcel and parcel.rma_id else None
    bin_row = session.get(m.Bin, unit.bin_id)
    grader = session.get(m.Operator, unit.grader_id) if unit.grader_id else None
    station = session.get(m.Station, unit.station_id) if unit.station_id else None
    return BinTag(
        unit_code=unit.unit_code,
        disposition=unit.override_disposition or unit.disposition or "",
        bin_code=bin_row.code if bin_row else "",
        rma_number=rma.rma_number if rma else "",
        sku=product.sku if product else "-",
        product_name=product.name if product else "(not identified)",
        grade=unit.grade or "",
        flags=tuple(unit.flags or ()),
        grader=grader.display_name if grader else "",
        station=station.name if station else "",
        decided_at=unit.decided_at or dt.datetime.now(),
        reprint=reprint,
    )


def queue_tag(
    session: Session,
    unit: m.Unit,
    printer_uri: str,
    profile: str = DEFAULT_PROFILE,
    reprint: bool = False,
    requested_by: int | None = None,
    now: dt.datetime | None = None,
    station_id: int | None = None,
) -> m.PrintJob:
    """Queue a unit's tag in the caller's transaction; the bytes are laid out now. The tag
    belongs to the bench it is queued at: `station_id`, else the station that decided it."""
    check_printer(printer_uri, profile)
    job = m.PrintJob(
        unit_id=unit.id,
        station_id=station_id if station_id is not None else unit.station_id,
        printer_uri=printer_uri.strip(),
        profile=profile,
        status="QUEUED",
        attempts=0,
        reprint=reprint,
        requested_by_id=requested_by,
        payload=render_tag(tag_of(session, unit, reprint), PROFILES[profile]),
        created_at=now or dt.datetime.now(),
        next_attempt_at=None,
    )
    session.add(job)
    session.flush()
    return job


def _unit(session: Session, unit_code: str) -> m.Unit:
    unit = session.scalars(select(m.Unit).where(m.Unit.unit_code == unit_code)).first()
    if unit is None:
        raise NotFound(f"no unit {unit_code}")
    return unit


def print_tag(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_code: str,
    printer_uri: str,
    profile: str = DEFAULT_PROFILE,
) -> int:
    """Queue a tag for a unit by hand (a reprint when one was queued before); its job id."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = _unit(session, unit_code)
        before = session.scalar(
            select(func.count()).select_from(m.PrintJob).where(m.PrintJob.unit_id == unit.id)
        )
        job = queue_tag(
            session,
            unit,
            printer_uri,
            profile,
            reprint=bool(before),
            requested_by=actor.operator_id,
            station_id=actor.station_id,
        )
        record(
            session,
            actor,
            "tag_reprinted" if before else "tag_queued",
            "unit",
            unit.unit_code,
            after={"printer": job.printer_uri, "job": job.id},
        )
        return job.id


def of_bench(printer_uri: str, station_id: int | None) -> ColumnElement[bool]:
    """The jobs a bench's printer prints: its station's for that address (and those of no
    station, queued before jobs had one); with no station given, every job for the address."""
    at = m.PrintJob.printer_uri == printer_uri
    if station_id is None:
        return at
    return at & ((m.PrintJob.station_id == station_id) | m.PrintJob.station_id.is_(None))


def claim_next(
    warehouse: Warehouse,
    printer_uri: str,
    now: dt.datetime | None = None,
    station_id: int | None = None,
) -> tuple[int, bytes] | None:
    """Take the oldest due job of this printer (QUEUED -> SENDING), or None."""
    now = now or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        due = session.execute(
            select(m.PrintJob.id, m.PrintJob.payload)
            .where(
                of_bench(printer_uri, station_id),
                m.PrintJob.status == "QUEUED",
                (m.PrintJob.next_attempt_at.is_(None)) | (m.PrintJob.next_attempt_at <= now),
            )
            .order_by(m.PrintJob.id)
            .limit(1)
        ).first()
        if due is None:
            return None
        claimed = session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == due[0], m.PrintJob.status == "QUEUED")
            .values(status="SENDING", attempts=m.PrintJob.attempts + 1, send_started_at=None)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            return None  # cancelled or taken a moment ago
        return due[0], bytes(due[1] or b"")


def still_wanted(warehouse: Warehouse, job_id: int) -> bool:
    """Whether a claimed job is still to be sent (it may have been cancelled meanwhile)."""
    with explained_errors(), warehouse.sessions() as session:
        return session.scalar(select(m.PrintJob.status).where(m.PrintJob.id == job_id)) == "SENDING"


def begin_send(warehouse: Warehouse, job_id: int, now: dt.datetime | None = None) -> bool:
    """Note, committed, that the first byte of a claimed job goes out now; False if the job is
    no longer to be sent (cancelled meanwhile). A station stopped before this point sent
    nothing: its job goes back to the queue (recover_interrupted)."""
    with explained_errors(), warehouse.sessions.begin() as session:
        done = session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job_id, m.PrintJob.status == "SENDING")
            .values(send_started_at=now or dt.datetime.now())
        )
        return getattr(done, "rowcount", 0) == 1


def mark_sent(warehouse: Warehouse, job_id: int, now: dt.datetime | None = None) -> None:
    with explained_errors(), warehouse.sessions.begin() as session:
        session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job_id)
            .values(status="SENT", sent_at=now or dt.datetime.now(), last_error=None)
        )


def put_back(
    warehouse: Warehouse, job_id: int, why: str, now: dt.datetime | None = None
) -> dt.datetime:
    """Nothing reached the printer: queue the job again, later; returns when."""
    now = now or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        job = session.get(m.PrintJob, job_id)
        assert job is not None
        when = now + backoff(job.attempts)
        session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job_id, m.PrintJob.status == "SENDING")
            .values(status="QUEUED", next_attempt_at=when, last_error=why[:500])
        )
        return when


def mark_failed(warehouse: Warehouse, job_id: int, why: str) -> None:
    """Bytes went out and the printer stopped: a person decides whether to reprint."""
    with explained_errors(), warehouse.sessions.begin() as session:
        session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job_id)
            .values(status="FAILED", last_error=why[:500])
        )


def recover_interrupted(
    warehouse: Warehouse, printer_uri: str, station_id: int | None = None
) -> int:
    """Jobs left SENDING by a station that stopped (only this station's: another may be sending
    its own). One whose first byte never went out goes back to the queue; one that was being
    sent may have printed: FAILED, for a person to check. Returns how many were FAILED."""
    with explained_errors(), warehouse.sessions.begin() as session:
        session.execute(
            update(m.PrintJob)
            .where(
                of_bench(printer_uri, station_id),
                m.PrintJob.status == "SENDING",
                m.PrintJob.send_started_at.is_(None),
            )
            .values(
                status="QUEUED",
                next_attempt_at=None,
                last_error="the station stopped before sending this tag: queued again",
            )
        )
        done = session.execute(
            update(m.PrintJob)
            .where(of_bench(printer_uri, station_id), m.PrintJob.status == "SENDING")
            .values(
                status="FAILED",
                last_error="the station stopped while sending this tag: check the printer "
                "and reprint if the tag is missing",
            )
        )
        return int(getattr(done, "rowcount", 0) or 0)


def cancel(warehouse: Warehouse, actor: Actor | None, job_id: int) -> None:
    """Cancel a job that has not been sent."""
    actor = require(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        job = session.get(m.PrintJob, job_id)
        if job is None:
            raise NotFound(f"no print job {job_id}")
        done = session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job_id, m.PrintJob.status.in_(("QUEUED", "SENDING", "FAILED")))
            .values(status="CANCELLED")
        )
        if getattr(done, "rowcount", 0) != 1:
            raise InspectorError(
                f"print job {job_id} is {job.status.lower()}: it cannot be cancelled"
            )
        unit = session.get(m.Unit, job.unit_id)
        record(
            session,
            actor,
            "tag_cancelled",
            "unit",
            unit.unit_code if unit else "",
            after={"job": job_id},
        )


def waiting(warehouse: Warehouse, printer_uri: str, station_id: int | None = None) -> int:
    """How many tags wait for this printer (queued or being sent), of this station's bench."""
    with explained_errors(), warehouse.sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(m.PrintJob)
                .where(
                    of_bench(printer_uri, station_id),
                    m.PrintJob.status.in_(("QUEUED", "SENDING")),
                )
            )
            or 0
        )


def jobs(
    warehouse: Warehouse,
    unit_code: str | None = None,
    printer_uri: str | None = None,
    limit: int = 50,
) -> list[Job]:
    """The newest jobs, of a unit or a printer."""
    with explained_errors(), warehouse.sessions() as session:
        query = (
            select(m.PrintJob, m.Unit.unit_code)
            .join(m.Unit, m.Unit.id == m.PrintJob.unit_id)
            .order_by(m.PrintJob.id.desc())
            .limit(limit)
        )
        if unit_code:
            query = query.where(m.Unit.unit_code == unit_code)
        if printer_uri:
            query = query.where(m.PrintJob.printer_uri == printer_uri)
        return [
            Job(
                j.id,
                code,
                j.printer_uri,
                j.status,
                j.attempts,
                j.reprint,
                j.last_error,
                j.created_at,
                j.sent_at,
            )
            for j, code in session.execute(query)
        ]
