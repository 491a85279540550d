"""The dock keeps scanning through a real database outage: scans kept in the station's journal,
replayed in order and once when the database is back, on SQLite (the file held locked by
another program) and on PostgreSQL (the link to the server cut and restored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db import models as m
from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import Warehouse
from inspector.people.audit import verify
from inspector.receiving import offline_scans
from inspector.receiving.offline_scans import (
    Kept,
    keep_scan,
    receive_or_keep,
    replay,
    replayed_scans,
    waiting_count,
    waiting_scans,
)
from inspector.receiving.receipts import Outcome, Receipt, receive
from tests.helpers.clock import ticking
from tests.helpers.outage import Dock, dock_with_outage
from tests.helpers.shop_flow import tiny_jpeg

NOW = dt.datetime(2026, 11, 26, 12)  # the demo's; scans are made "then" (tests/helpers/clock)
JPEG = tiny_jpeg()  # a photo must decode to be kept


@pytest.fixture
def dock(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dock]:
    monkeypatch.setattr(offline_scans, "_outage_seen_at", None)  # a station just started
    with dock_with_outage(database_url, StationJournal(tmp_path / "journal.db")) as opened:
        yield opened


def open_rmas(warehouse: Warehouse, n: int) -> list[tuple[str, str]]:
    """(RMA number, tracking number) of `n` open RMAs."""
    with warehouse.sessions() as session:
        rmas = session.scalars(
            select(m.Rma).where(m.Rma.status == "OPEN", m.Rma.trackings.any()).order_by(m.Rma.id)
        ).all()
        return [(r.rma_number, r.trackings[0].tracking_number) for r in rmas[:n]]


def count(warehouse: Warehouse, model, *where) -> int:
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_scans_during_an_outage_are_kept_and_replayed_in_order_once(dock: Dock) -> None:
    (number, tracking), (other, _) = open_rmas(dock.warehouse, 2)
    stranger = "1Z999AA10123456784"  # a well-formed UPS number no RMA names
    scans = [tracking, stranger, other, tracking]  # the last one: the same parcel again
    with dock.outage():
        kept = []
        for i, code in enumerate(scans):
            result, _run = receive_or_keep(
                dock.warehouse,
                dock.journal,
                dock.dana,
                code,
                station="DOCK-1",
                photo=lambda: JPEG,
                clock=lambda i=i: NOW + dt.timedelta(minutes=i),
            )
            assert isinstance(result, Kept), result
            kept.append(result)
            if make_url(dock.warehouse.url).get_backend_name() == "sqlite":
                break  # each write waits out the busy timeout: one scan shows it
    assert [k.waiting for k in kept] == list(range(1, len(kept) + 1))
    for i, code in enumerate(scans[len(kept) :], start=len(kept)):
        keep_scan(
            dock.journal,
            dock.dana,
            code,
            station="DOCK-1",
            photo=JPEG,
            now=NOW + dt.timedelta(minutes=i),
        )
    parcels_before = count(dock.warehouse, m.Parcel)

    run = replay(dock.warehouse, dock.journal)

    assert run.waiting == 0 and run.stopped is None
    assert [e.outcome for e in run.replayed] == [
        "received",
        "unknown",
        "received",
        "already_received",
    ]
    assert [e.code for e in run.replayed] == scans
    assert run.replayed[0].rma_found == number and run.replayed[2].rma_found == other
    assert run.replayed[1].quarantine_id and run.replayed[1].quarantine_id.startswith("Q")
    assert count(dock.warehouse, m.Parcel) == parcels_before + 3
    with dock.warehouse.sessions() as session:
        parcel = session.scalars(select(m.Parcel).where(m.Parcel.tracking_number == tracking)).one()
        assert parcel.received_at == NOW  # the time it was scanned, not the time it was written
        assert parcel.operator_id == dock.dana.operator_id
        unknown = session.scalars(
            select(m.Parcel).where(m.Parcel.tracking_number == stranger)
        ).one()
        photos = session.scalars(select(m.Photo).where(m.Photo.parcel_id == unknown.id)).all()
        assert len(photos) == 1  # the photo taken at the scan went with the unknown parcel
    assert count(dock.warehouse, m.ReplayedScan) == 4
    assert verify(dock.warehouse).intact
    # Read back for the dock worker, newest first; nothing waits; a second replay does nothing.
    assert [e.outcome for e in replayed_scans(dock.journal)][0] == "already_received"
    assert waiting_count(dock.journal) == 0
    assert replay(dock.warehouse, dock.journal).replayed == []


def test_a_replay_cut_between_the_commit_and_the_mark_counts_nothing_twice(dock: Dock) -> None:
    (number, tracking), _ = open_rmas(dock.warehouse, 2)
    entry = keep_scan(dock.journal, dock.dana, tracking, station="DOCK-1", now=NOW)
    # The first replay committed the receipt, and the station died before marking the entry.
    first = receive(
        dock.warehouse,
        dock.dana,
        entry.code,
        clock=lambda: entry.scanned_at,
        journal_entry=entry.entry_id,
    )
    assert first.outcome is Outcome.RECEIVED
    assert [e.entry_id for e in waiting_scans(dock.journal)] == [entry.entry_id]

    run = replay(dock.warehouse, dock.journal)

    # The entry's own outcome, not "already received": the receipt was this entry's.
    assert [(e.outcome, e.rma_found) for e in run.replayed] == [("received", number)]
    assert count(dock.warehouse, m.Parcel, m.Parcel.tracking_number == tracking) == 1
    with dock.warehouse.sessions() as session:
        events = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "parcel_received")
        ).all()
        assert sum(1 for e in events if e.entity_id == tracking) == 1


def test_scans_wait_while_the_database_is_still_out_and_order_is_kept(dock: Dock) -> None:
    (first, first_tracking), (second, second_tracking) = open_rmas(dock.warehouse, 2)
    keep_scan(dock.journal, dock.dana, first_tracking, station="DOCK-1", now=NOW)
    with dock.outage():
        run = replay(dock.warehouse, dock.journal)
        assert run.replayed == [] and run.waiting == 1 and run.stopped
    # The database failed a moment ago: the next scan is kept at once, behind the first,
    # without waiting out another timeout; the replay loop writes both, in order.
    result, run = receive_or_keep(dock.warehouse, dock.journal, dock.dana, second_tracking)
    assert isinstance(result, Kept) and result.waiting == 2 and run.replayed == []
    run = replay(dock.warehouse, dock.journal)
    assert [e.rma_found for e in run.replayed] == [first, second]
    # Once written, a scan goes straight to the database again.
    result, run = receive_or_keep(dock.warehouse, dock.journal, dock.dana, first_tracking)
    assert isinstance(result, Receipt) and result.outcome is Outcome.ALREADY_RECEIVED
    with dock.warehouse.sessions() as session:
        ids = session.scalars(
            select(m.Parcel.id)
            .where(m.Parcel.tracking_number.in_([first_tracking, second_tracking]))
            .order_by(m.Parcel.id)
        ).all()
        first_id = session.scalar(
            select(m.Parcel.id).where(m.Parcel.tracking_number == first_tracking)
        )
        assert ids[0] == first_id


def test_scans_already_waiting_are_written_before_a_new_one(dock: Dock) -> None:
    """With no outage met lately (a station just started), a scan replays what waits first."""
    (first, first_tracking), (_, second_tracking) = open_rmas(dock.warehouse, 2)
    keep_scan(dock.journal, dock.dana, first_tracking, station="DOCK-1", now=NOW)
    result, run = receive_or_keep(
        dock.warehouse, dock.journal, dock.dana, second_tracking, clock=ticking(NOW)
    )
    assert [e.rma_found for e in run.replayed] == [first]
    assert isinstance(result, Receipt) and result.outcome is Outcome.RECEIVED
