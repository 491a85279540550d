"""A tag belongs to its bench, not to an address: when a station's printer changes, the tags
waiting for it follow to the new one (audited); tags left waiting for an address that is not
the station's printer any more (a send that was put back after the change, say) are found
and sent on by a person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, NotAllowed
from inspector.tags.bin_tags import PROFILES, render_tag
from inspector.tags.print_queue import check_printer, tag_of


@dataclass(frozen=True)
class Stranded:
    """Tags of a station waiting for an address that is not its printer."""

    printer_uri: str
    tags: int


def stranded(warehouse: Warehouse, station_id: int, printer_uri: str) -> list[Stranded]:
    """The station's queued tags for other addresses than `printer_uri` ('' for none), by
    address. Tags being sent are not counted: they are on their way."""
    with explained_errors(), warehouse.sessions() as session:
        rows = session.execute(
            select(m.PrintJob.printer_uri, func.count())
            .where(
                m.PrintJob.station_id == station_id,
                m.PrintJob.status == "QUEUED",
                m.PrintJob.printer_uri != printer_uri.strip(),
            )
            .group_by(m.PrintJob.printer_uri)
            .order_by(m.PrintJob.printer_uri)
        ).all()
    return [Stranded(uri, int(count)) for uri, count in rows]


def move_waiting_tags(
    session: Session,
    station_ids: list[int],
    printer_uri: str,
    profile: str,
    to_station: int,
) -> dict[str, list[int]]:
    """In the caller's transaction, move the stations' queued tags to this printer (laid out
    again when its paper differs) and to `to_station`; returns the moved job ids by the
    address each waited for. Tags being sent stay where they are."""
    check_printer(printer_uri, profile)
    uri = printer_uri.strip()
    jobs = session.scalars(
        select(m.PrintJob)
        .where(
            m.PrintJob.station_id.in_(station_ids),
            m.PrintJob.status == "QUEUED",
            (m.PrintJob.printer_uri != uri)
            | (m.PrintJob.profile != profile)
            | (m.PrintJob.station_id != to_station),
        )
        .order_by(m.PrintJob.id)
    ).all()
    moved: dict[str, list[int]] = {}
    for job in jobs:
        waited_for = job.printer_uri  # (the update below changes the loaded row too)
        values: dict[str, object] = {
            "printer_uri": uri,
            "profile": profile,
            "station_id": to_station,
            "next_attempt_at": None,  # the new printer is asked at once
        }
        if job.profile != profile:
            unit = session.get(m.Unit, job.unit_id)
            if unit is not None:
                values["payload"] = render_tag(
                    tag_of(session, unit, job.reprint), PROFILES[profile]
                )
        done = session.execute(
            update(m.PrintJob)
            .where(m.PrintJob.id == job.id, m.PrintJob.status == "QUEUED")
            .values(**values)
        )
        if getattr(done, "rowcount", 0) == 1:  # not claimed by a worker meanwhile
            moved.setdefault(waited_for, []).append(job.id)
    return moved


def record_moved(
    session: Session,
    actor: Actor | None,
    station_name: str,
    station_id: int,
    moved: dict[str, list[int]],
    printer_uri: str,
    at: dt.datetime | None = None,
) -> None:
    """The move in the audit trail: which jobs, from where, to where."""
    if not moved:
        return
    record(
        session,
        actor,
        "tags_moved",
        "station",
        station_name,
        before={
            "printers": sorted(moved),
            "jobs": sorted(j for ids in moved.values() for j in ids),
        },
        after={"printer": printer_uri.strip()},
        station_id=station_id,
        at=at,
    )


def send_stranded(
    warehouse: Warehouse, actor: Actor | None, station_id: int, printer_uri: str, profile: str
) -> int:
    """Send the station's stranded tags to its printer (a grader at the bench or an admin may);
    returns how many moved."""
    if actor is None or not (actor.may(Action.GRADE) or actor.may(Action.MANAGE_STATIONS)):
        raise NotAllowed(actor, Action.GRADE)
    with explained_errors(), warehouse.sessions.begin() as session:
        station = session.get(m.Station, station_id)
        name = station.name if station else str(station_id)
        moved = move_waiting_tags(session, [station_id], printer_uri, profile, station_id)
        record_moved(session, actor, name, station_id, moved, printer_uri)
        return sum(len(ids) for ids in moved.values())
