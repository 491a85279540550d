"""A grader's answers through a real database outage: kept on the station, the walk goes on,
the decision waits, and the answers are written in order once the database is back (SQLite
held locked by another program; PostgreSQL with its link cut)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db import models as m
from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import open_warehouse
from inspector.grading import committing, units
from inspector.grading.answering import confirm_item
from inspector.grading.offline_answers import (
    DecisionWaits,
    answer_or_keep,
    answers_waiting,
    ready_to_decide,
    write_answers,
)
from inspector.people.stations import register_station
from tests.helpers.outage import outage_for
from tests.helpers.parcels import line, received_rma
from tests.helpers.people import staff as make_staff


@pytest.fixture
def bench(database_url: str, tmp_path: Path) -> Iterator:
    with outage_for(database_url) as (url, outage):
        warehouse = open_warehouse(url)
        staff = make_staff(warehouse)
        station = register_station(warehouse, "BENCH-1")
        grader = dataclasses.replace(staff["grader"], station_id=station)
        rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
        sheet = units.open_rma(warehouse, grader, rma)
        piece = sheet.next_pending()
        assert piece is not None and piece.line_id is not None and piece.slot is not None
        draft = units.start_unit(warehouse, grader, piece.line_id, piece.slot)
        draft = confirm_item(warehouse, grader, draft.unit_id, None)
        try:
            yield warehouse, grader, draft, outage, StationJournal(tmp_path / "journal.db")
        finally:
            warehouse.close()


def stored_answers(warehouse, unit_id):
    with warehouse.sessions() as session:
        return session.get(m.Unit, unit_id).answers


def test_answers_in_an_outage_are_kept_and_the_decision_waits_for_them(bench) -> None:
    warehouse, grader, draft, outage, journal = bench
    sqlite = make_url(warehouse.url).get_backend_name() == "sqlite"
    with outage():
        draft, kept = answer_or_keep(warehouse, journal, grader, draft, "sealed", False)
        assert kept and draft.answers == {"sealed": False}
        assert draft.current() is not None and draft.current().id == "battery"  # goes on
        if not sqlite:  # each SQLite write waits out the busy timeout first: one shows it
            draft, kept = answer_or_keep(warehouse, journal, grader, draft, "battery", "normal")
            assert kept and draft.current().id == "powers_on"
        with pytest.raises(DecisionWaits) as waits:
            ready_to_decide(warehouse, journal, draft.unit_id)
        assert "saved on this station" in str(waits.value)
    kept_here = 1 if sqlite else 2
    assert waits.value.waiting == kept_here == answers_waiting(journal, draft.unit_id)
    assert stored_answers(warehouse, draft.unit_id) == {}  # not in the database yet

    # Back: answers already waiting go first, in order, then the new one.
    draft, kept = answer_or_keep(
        warehouse, journal, grader, draft, draft.current().id, "normal" if sqlite else True
    )
    assert not kept
    expected = (
        {"sealed": False, "battery": "normal"}
        if sqlite
        else {"sealed": False, "battery": "normal", "powers_on": True}
    )
    assert stored_answers(warehouse, draft.unit_id) == expected
    assert answers_waiting(journal) == 0
    ready_to_decide(warehouse, journal, draft.unit_id)  # nothing waits: no error


def test_a_commit_is_blocked_until_the_kept_answers_are_written(bench) -> None:
    warehouse, grader, draft, outage, journal = bench
    with outage():
        draft, kept = answer_or_keep(warehouse, journal, grader, draft, "sealed", True)
    assert kept and draft.current() is None  # sealed: the decision is next
    # The decision the screen shows is worked out from the draft in hand...
    assert draft.decision().disposition == "RESTOCK"
    # ...but committing first writes what waits, so the database decides on the same answers.
    run = write_answers(warehouse, journal)
    assert run.written == 1 and run.waiting == 0
    ready_to_decide(warehouse, journal, draft.unit_id)
    committed = committing.commit(warehouse, grader, draft.unit_id)
    assert committed.disposition == "RESTOCK"
    assert stored_answers(warehouse, draft.unit_id) == {"sealed": True}
