"""Scans kept on the station while the database is out, and replayed once it is back.

A scan the database cannot take (it cannot be reached, or another program holds it locked)
goes into the station's journal with its time, operator, station and photo. Replay feeds the
journal to the normal receiving service in the order scanned, each entry under its own id:
the receipt stores that id in the same transaction, so an entry replayed twice (a station
killed between the commit and the journal's mark) is received once. Replay stops at the
first entry the database still cannot take, so the order holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import DatabaseProblem, InspectorError
from inspector.core.station_journal import OUTAGES, StationJournal
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Action, Actor, require
from inspector.receiving.labels import refuse_if_not_a_label
from inspector.receiving.photos import attach_parcel_photo
from inspector.receiving.receipts import Outcome, Receipt, receive

REFUSED = "refused"  # a journal outcome beside the receiving outcomes: nothing was recorded
KEEP_DONE = dt.timedelta(days=14)  # replayed entries stay readable this long
# While scans wait and the database failed this recently, a new scan is kept at once instead
# of waiting out another connect or busy timeout (5 s): the station's replay loop keeps
# probing, and each probe that fails renews this.
KEEP_AT_ONCE_S = 30.0

_replaying = threading.Lock()  # one replay at a time in a process
_outage_seen_at: float | None = None  # time.monotonic() of the last outage met


@dataclass(frozen=True)
class OfflineScan:
    """One journal entry: the scan as made, and once replayed, what came of it."""

    seq: int
    entry_id: str
    scanned_at: dt.datetime
    code: str
    rma_number: str | None
    operator_id: int | None  # None: named on a command line, its PIN not checked
    login: str
    display_name: str
    roles: frozenset[str]
    station_id: int | None
    station: str
    photo: bytes | None
    state: str
    outcome: str | None = None
    rma_found: str | None = None
    quarantine_id: str | None = None
    detail: str | None = None

    def actor(self) -> Actor | None:
        """Who scanned it, as signed in at the time; None when the PIN was never checked."""
        if self.operator_id is None:
            return None
        return Actor(self.operator_id, self.login, self.display_name, self.roles, self.station_id)


@dataclass(frozen=True)
class Kept:
    """A scan the database could not take, kept in the journal."""

    entry: OfflineScan
    waiting: int
    reason: str


@dataclass
class ReplayRun:
    replayed: list[OfflineScan] = field(default_factory=list)
    waiting: int = 0
    stopped: str | None = None  # why replay stopped with entries waiting (outage, no one)


def _entry(row: Any) -> OfflineScan:
    return OfflineScan(
        seq=row["seq"],
        entry_id=row["entry_id"],
        scanned_at=dt.datetime.fromisoformat(row["scanned_at"]),
        code=row["code"],
        rma_number=row["rma_number"],
        operator_id=row["operator_id"],
        login=row["login"],
        display_name=row["display_name"],
        roles=frozenset(json.loads(row["roles"])),
        station_id=row["station_id"],
        station=row["station"],
        photo=row["photo"],
        state=row["state"],
        outcome=row["outcome"],
        rma_found=row["rma_found"],
        quarantine_id=row["quarantine_id"],
        detail=row["detail"],
    )


def keep_scan(
    journal: StationJournal,
    actor: Actor | None,
    code: str,
    *,
    login: str = "",
    station: str = "",
    rma_number: str | None = None,
    photo: bytes | None = None,
    now: dt.datetime | None = None,
) -> OfflineScan:
    """Write a scan to the journal (one durable commit). `actor` is who is signed in; a
    command line that could not check a PIN gives None and the `login` it was told."""
    if actor is not None:
        require(actor, Action.RECEIVE)
    elif not login:
        raise InspectorError("a scan kept offline needs an operator: give --operator LOGIN")
    if not code.strip():
        raise InspectorError("nothing was scanned")
    code = refuse_if_not_a_label(code)
    now = now or dt.datetime.now()
    entry_id = uuid.uuid4().hex
    with journal.connect() as connection, connection:
        connection.execute(
            "INSERT INTO scans (entry_id, scanned_at, code, rma_number, operator_id, login, "
            "display_name, roles, station_id, station, photo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                now.isoformat(),
                code,
                rma_number,
                actor.operator_id if actor else None,
                actor.login if actor else login,
                actor.display_name if actor else login,
                json.dumps(sorted(actor.roles) if actor else []),
                actor.station_id if actor else None,
                station,
                photo,
            ),
        )
        row = connection.execute("SELECT * FROM scans WHERE entry_id = ?", (entry_id,)).fetchone()
    return _entry(row)


def waiting_scans(journal: StationJournal) -> list[OfflineScan]:
    """The scans not yet written to the database, in the order they were made."""
    with journal.connect() as connection:
        rows = connection.execute("SELECT * FROM scans WHERE state = 'waiting' ORDER BY seq")
        return [_entry(row) for row in rows]


def waiting_count(journal: StationJournal) -> int:
    with journal.connect() as connection:
        return int(
            connection.execute("SELECT count(*) FROM scans WHERE state = 'waiting'").fetchone()[0]
        )


def replayed_scans(journal: StationJournal, limit: int = 100) -> list[OfflineScan]:
    """Scans replayed to the database, newest first, with what came of each."""
    with journal.connect() as connection:
        rows = connection.execute(
            "SELECT * FROM scans WHERE state = 'done' ORDER BY seq DESC LIMIT ?", (limit,)
        )
        return [_entry(row) for row in rows]


def receive_or_keep(
    warehouse: Warehouse,
    journal: StationJournal,
    actor: Actor | None,
    code: str,
    *,
    station: str = "",
    rma_number: str | None = None,
    photo: Callable[[], bytes | None] | None = None,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> tuple[Receipt | Kept, ReplayRun]:
    """Receive a scan; if the database cannot take it, keep it in the journal. Scans already
    waiting are replayed first, so the database sees them in the order they were made."""
    run = ReplayRun()
    if waiting_count(journal):
        if _outage_is_recent():
            run.waiting, run.stopped = waiting_count(journal), "the database is still out"
        else:
            run = replay(warehouse, journal, actor)
    if run.waiting == 0:
        try:
            return receive(warehouse, actor, code, rma_number=rma_number, clock=clock), run
        except OUTAGES as exc:
            _note_outage(True)
            reason = str(exc)
    else:
        reason = run.stopped or ""
    entry = keep_scan(
        journal,
        actor,
        code,
        station=station,
        rma_number=rma_number,
        photo=photo() if photo is not None else None,
        now=clock(),
    )
    return Kept(entry, waiting_count(journal), reason), run


def replay(
    warehouse: Warehouse,
    journal: StationJournal,
    replayer: Actor | None = None,
    on_each: Callable[[OfflineScan], None] | None = None,
) -> ReplayRun:
    """Write the waiting scans to the database in order, each once. A scan made under an
    unchecked login (a command line offline) is received by `replayer`, who signed in."""
    run = ReplayRun()
    if not _replaying.acquire(blocking=False):
        run.waiting = waiting_count(journal)
        run.stopped = "another replay is running on this station"
        return run
    try:
        # One journal connection for the whole replay: closing the last connection to a WAL
        # file checkpoints it, which cost some 30 ms a scan when each mark opened its own.
        with journal.connect() as connection:
            for entry in waiting_scans(journal):
                actor = entry.actor() or replayer
                if actor is None:
                    run.stopped = "scans made on the command line wait for someone signed in"
                    break
                try:
                    done = _replay_one(warehouse, connection, entry, actor)
                except (DatabaseProblem, OSError) as exc:
                    _note_outage(isinstance(exc, OUTAGES))
                    run.stopped = str(exc)
                    break
                _note_outage(False)
                run.replayed.append(done)
                if on_each is not None:
                    on_each(done)
        run.waiting = waiting_count(journal)
        _forget_old(journal)
    finally:
        _replaying.release()
    return run


def _note_outage(out: bool) -> None:
    global _outage_seen_at
    _outage_seen_at = time.monotonic() if out else None


def _outage_is_recent() -> bool:
    seen = _outage_seen_at
    return seen is not None and time.monotonic() - seen < KEEP_AT_ONCE_S


def _replay_one(
    warehouse: Warehouse, connection: sqlite3.Connection, entry: OfflineScan, actor: Actor
) -> OfflineScan:
    """Receive one journal entry (once, however often replayed) and mark it done."""
    detail = None
    try:
        receipt = receive(
            warehouse,
            actor,
            entry.code,
            rma_number=entry.rma_number,
            clock=lambda: entry.scanned_at,
            journal_entry=entry.entry_id,
        )
    except InspectorError as exc:  # refused (a misread, a role): nothing was recorded
        outcome, rma, quarantine, detail = REFUSED, None, None, str(exc)
    else:
        outcome = receipt.outcome.value
        rma = receipt.rma.rma_number if receipt.rma else None
        quarantine = receipt.quarantine_id
        if receipt.outcome is Outcome.UNKNOWN and receipt.parcel_id and entry.photo:
            _attach_photo_once(warehouse, actor, receipt.parcel_id, entry)
    if entry.operator_id is None:
        detail = f"scanned as {entry.login}; received by {actor.login}" + (
            f"; {detail}" if detail else ""
        )
    with connection:
        connection.execute(
            "UPDATE scans SET state = 'done', outcome = ?, rma_found = ?, quarantine_id = ?, "
            "detail = ?, replayed_at = ?, photo = NULL WHERE entry_id = ?",
            (outcome, rma, quarantine, detail, dt.datetime.now().isoformat(), entry.entry_id),
        )
    return OfflineScan(
        **{
            **entry.__dict__,
            "state": "done",
            "photo": None,
            "outcome": outcome,
            "rma_found": rma,
            "quarantine_id": quarantine,
            "detail": detail,
        }
    )


def _attach_photo_once(
    warehouse: Warehouse, actor: Actor, parcel_id: int, entry: OfflineScan
) -> None:
    """The unknown parcel's photo, unless an earlier replay of the entry attached it."""
    assert entry.photo is not None
    digest = hashlib.sha256(entry.photo).hexdigest()
    with explained_errors(), warehouse.sessions() as session:
        held = session.scalar(
            select(m.Photo.id).where(m.Photo.parcel_id == parcel_id, m.Photo.sha256 == digest)
        )
    if held is None:
        attach_parcel_photo(warehouse, actor, parcel_id, entry.photo, taken_at=entry.scanned_at)


def _forget_old(journal: StationJournal) -> None:
    cutoff = (dt.datetime.now() - KEEP_DONE).isoformat()
    with journal.connect() as connection, connection:
        connection.execute("DELETE FROM scans WHERE state = 'done' AND replayed_at < ?", (cutoff,))
