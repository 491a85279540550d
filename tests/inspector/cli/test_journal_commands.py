"""`inspector receive --offline-ok` and `inspector journal`, run as real subprocesses through a
real outage; a replay killed with SIGKILL again and again resumes without doubling."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db import models as m
from inspector.core.station_journal import StationJournal
from inspector.demo.tracking_numbers import mint_ups
from inspector.people.audit import verify
from inspector.receiving.offline_scans import keep_scan, replayed_scans, waiting_count
from tests.helpers.cli import run_cli
from tests.helpers.clock import noon_today
from tests.helpers.outage import Dock, dock_with_outage

DANA = {"INSPECTOR_OPERATOR": "dana", "INSPECTOR_PIN": "1111"}


@pytest.fixture
def dock(database_url: str) -> Iterator[Dock]:
    with dock_with_outage(database_url, StationJournal(), now=noon_today()) as opened:
        yield opened


def open_trackings(dock: Dock, n: int) -> list[str]:
    with dock.warehouse.sessions() as session:
        rmas = session.scalars(
            select(m.Rma).where(m.Rma.status == "OPEN", m.Rma.trackings.any()).order_by(m.Rma.id)
        ).all()
        return [r.trackings[0].tracking_number for r in rmas[:n]]


def test_receive_offline_ok_keeps_the_scan_and_replay_writes_it(dock: Dock) -> None:
    tracking = open_trackings(dock, 1)[0]
    with dock.outage():
        if make_url(dock.url).get_backend_name() == "postgresql":
            plain = run_cli("--db", dock.url, "receive", tracking, env=DANA)
            assert plain.code == 1 and "Traceback" not in plain.err  # without it: refused
        ran = run_cli("--db", dock.url, "receive", tracking, "--offline-ok", env=DANA)
    assert ran.code == 6, ran.err
    assert json.loads(ran.out) == {"outcome": "recorded_offline", "scanned": tracking, "waiting": 1}
    line = ran.err.strip()
    assert len(line.splitlines()) == 1 and "recorded offline on this station (1 waiting)" in line
    assert "Traceback" not in ran.err
    status = run_cli("journal", "status")
    assert status.code == 0 and "1 scan(s) waiting" in status.out and tracking in status.out

    replayed = run_cli("--db", dock.url, "journal", "replay", env=DANA)

    assert replayed.code == 0, replayed.err
    assert f"{tracking}: received: " in replayed.out
    assert "replayed 1 scan(s): 1 received; 0 waiting" in replayed.out
    assert "(scanned as dana; received by dana)" in replayed.out  # its PIN was checked now
    with dock.warehouse.sessions() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(m.Parcel)
                .where(m.Parcel.tracking_number == tracking)
            )
            == 1
        )
    again = run_cli("--db", dock.url, "journal", "replay", env=DANA)
    assert "replayed 0 scan(s); 0 waiting" in again.out


@contextmanager
def held_journal(journal: StationJournal) -> Iterator[None]:
    holder = sqlite3.connect(journal.path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def committed_not_marked(dock: Dock) -> int:
    """Entries whose receipt is in the database while the journal still has them waiting."""
    with dock.warehouse.sessions() as session:
        in_database = session.scalar(select(func.count()).select_from(m.ReplayedScan)) or 0
    return in_database - len(replayed_scans(dock.journal, limit=1000))


def test_a_replay_killed_mid_way_resumes_without_doubling(dock: Dock) -> None:
    # The open RMAs' parcels, and parcels no RMA names (well-formed UPS numbers): 40 in all.
    known = open_trackings(dock, 20)
    rng = random.Random(16)
    strangers = [mint_ups(rng) for _ in range(40 - len(known))]
    trackings = [code for pair in zip(strangers, known, strict=False) for code in pair]
    trackings += strangers[len(known) :]
    assert len(set(trackings)) == 40 and known
    with dock.warehouse.sessions() as session:
        quarantined_before = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "parcel_quarantined")
        )
    for code in trackings:
        keep_scan(dock.journal, dock.dana, code, station="DOCK-1")
    kills = caught_between = 0
    command = [sys.executable, "-m", "inspector.cli", "--db", dock.url, "journal", "replay"]
    while True:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **DANA},
        )
        assert process.stdout is not None
        line = process.stdout.readline()  # the first entry written: the replay is under way
        if kills < 6 and line.startswith("#"):
            if kills % 2:
                time.sleep(rng.uniform(0.0, 0.15))  # anywhere
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=60)
            else:
                # Between a commit and its mark: the journal is held, so the next entry's
                # receipt commits and its mark waits; the station dies there.
                with held_journal(dock.journal):
                    time.sleep(1.5)
                    process.send_signal(signal.SIGKILL)
                    process.communicate(timeout=60)
                caught_between += committed_not_marked(dock) > 0
            assert process.returncode == -signal.SIGKILL
            kills += 1
            continue
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        break
    assert kills == 6 and caught_between == 3

    assert waiting_count(dock.journal) == 0
    done = replayed_scans(dock.journal, limit=100)
    assert sorted(e.code for e in done) == sorted(trackings)
    # Every entry kept its own outcome: none became "already received" through a replay.
    outcomes = {e.code: e.outcome for e in done}
    assert {outcomes[code] for code in known} == {"received"}
    assert {outcomes[code] for code in strangers} == {"unknown"}
    assert len({e.quarantine_id for e in done if e.outcome == "unknown"}) == len(strangers)
    with dock.warehouse.sessions() as session:
        parcels = session.scalars(
            select(m.Parcel.tracking_number).where(m.Parcel.tracking_number.in_(trackings))
        ).all()
        assert sorted(parcels) == sorted(trackings)
        assert session.scalar(select(func.count()).select_from(m.ReplayedScan)) == len(trackings)
        received_events = session.scalars(
            select(m.AuditEvent.entity_id).where(m.AuditEvent.action == "parcel_received")
        ).all()
        assert sorted(e for e in received_events if e in set(known)) == sorted(known)
        quarantined = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "parcel_quarantined")
        )
        assert quarantined == len(strangers) + quarantined_before
    assert verify(dock.warehouse).intact


def test_journal_status_needs_no_database(tmp_path: Path) -> None:
    ran = run_cli("--db", "postgresql://nobody@127.0.0.1:9/none", "journal", "status")
    assert ran.code == 0 and "0 scan(s) waiting" in ran.out
