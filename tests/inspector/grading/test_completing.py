"""Completing an RMA when two stations commit its last pieces at the same moment, and the repair
pass (`inspector db check`) for RMAs left unfinished."""

from __future__ import annotations

import contextlib
import threading

from sqlalchemy import event, func, select, update

from db import models as m
from inspector.grading import answering, committing, units
from inspector.grading.bins import ensure_bins
from inspector.people.audit import verify
from tests.helpers.cli import run_cli
from tests.helpers.parcels import PRODUCTS, line, received_rma


def _ready_to_commit(warehouse, grader, piece) -> int:
    draft = units.start_unit(warehouse, grader, piece.line_id, piece.slot)
    answering.confirm_item(warehouse, grader, draft.unit_id, PRODUCTS["apparel"]["upc"])
    answering.answer(warehouse, grader, draft.unit_id, "tags_attached", True)
    answering.answer(warehouse, grader, draft.unit_id, "packaging", True)
    return draft.unit_id


def _commit_at_once(warehouse, commits):
    """Run the commits in threads that meet right after each has written its unit's decision,
    before either looks at the RMA: the moment two stations' last pieces cross."""
    meeting = threading.Barrier(len(commits), timeout=3)
    committers: set[int] = set()

    def after_execute(_conn, _cursor, statement, _params, _context, _many):
        if threading.get_ident() in committers and statement.lstrip().startswith("UPDATE units"):
            # SQLite: the other station waits for the write lock, not at the meeting.
            with contextlib.suppress(threading.BrokenBarrierError):
                meeting.wait()

    results: list[object] = []

    def run(grader, unit_id):
        committers.add(threading.get_ident())
        try:
            results.append(committing.commit(warehouse, grader, unit_id))
        except Exception as exc:  # noqa: BLE001 - shown by the assertion below
            results.append(exc)

    event.listen(warehouse.engine, "after_cursor_execute", after_execute)
    try:
        threads = [threading.Thread(target=run, args=call) for call in commits]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        event.remove(warehouse.engine, "after_cursor_execute", after_execute)
    return results


def test_two_stations_committing_the_last_pieces_at_once_complete_the_rma(
    warehouse, staff, bench, tmp_path
):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    pieces = units.open_rma(warehouse, bench["grader"], rma).pieces
    one = _ready_to_commit(warehouse, bench["grader"], pieces[0])
    two = _ready_to_commit(warehouse, bench["grader2"], pieces[1])
    with warehouse.sessions.begin() as session:
        ensure_bins(session)  # as on any day but the first
    results = _commit_at_once(warehouse, [(bench["grader"], one), (bench["grader2"], two)])
    assert all(isinstance(r, committing.Committed) for r in results), results
    assert sum(r.rma_complete for r in results) >= 1
    with warehouse.sessions() as session:
        assert session.scalar(select(m.Rma.status)) == "COMPLETE"
        completed = session.scalar(
            select(func.count())
            .select_from(m.OutboxEvent)
            .where(m.OutboxEvent.kind == "return.completed")
        )
        audited = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "rma_completed")
        )
    assert (completed, audited) == (1, 1)
    assert verify(warehouse).problem is None


def test_db_check_completes_an_rma_left_in_received_and_audits_it(
    warehouse, staff, bench, tmp_path, database_url
):
    stuck = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    received_rma(warehouse, staff, tmp_path, [line("apparel", 2)], "R-1002", "1Z999AA10123456795")
    for piece in units.open_rma(warehouse, bench["grader"], stuck).pieces:
        committing.commit(
            warehouse, bench["grader"], _ready_to_commit(warehouse, bench["grader"], piece)
        )
    half = units.open_rma(warehouse, bench["grader"], "R-1002").pieces[0]
    committing.commit(
        warehouse, bench["grader"], _ready_to_commit(warehouse, bench["grader"], half)
    )
    with warehouse.sessions.begin() as session:  # what two crossing stations left before the lock
        session.execute(update(m.Rma).where(m.Rma.rma_number == stuck).values(status="RECEIVED"))
        session.execute(
            m.OutboxEvent.__table__.delete().where(m.OutboxEvent.kind == "return.completed")
        )

    ran = run_cli(
        "--db", database_url, "--operator", "grader", "db", "check", env={"INSPECTOR_PIN": "2000"}
    )
    assert ran.code == 1 and "needs the admin role" in ran.err

    ran = run_cli(
        "--db", database_url, "--operator", "admin", "db", "check", env={"INSPECTOR_PIN": "9000"}
    )
    assert ran.code == 0, ran.err
    assert "completed 1" in ran.out and stuck in ran.out and "R-1002" not in ran.out
    with warehouse.sessions() as session:
        statuses = dict(session.execute(select(m.Rma.rma_number, m.Rma.status)).all())
        assert statuses == {stuck: "COMPLETE", "R-1002": "RECEIVED"}
        event_row = session.scalars(
            select(m.AuditEvent)
            .where(m.AuditEvent.action == "rma_completed")
            .order_by(m.AuditEvent.seq.desc())
        ).first()
        assert event_row.after == {"status": "COMPLETE", "by": "db check"}
        assert event_row.before == {"status": "RECEIVED"} and event_row.rma_number == stuck
        outbox = list(
            session.scalars(
                select(m.OutboxEvent.payload).where(m.OutboxEvent.kind == "return.completed")
            )
        )
        assert outbox == [{"rma_number": stuck}]
    again = run_cli(
        "--db", database_url, "--operator", "admin", "db", "check", env={"INSPECTOR_PIN": "9000"}
    )
    assert again.code == 0 and "nothing to put right" in again.out
    assert verify(warehouse).problem is None
