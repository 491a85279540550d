"""Receiving parcels against a real database: once, however often scanned; unknown parcels
quarantined; closed RMAs refused; several matches offered as a choice."""

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.demo.build import build_demo
from inspector.people.audit import history, verify
from inspector.people.operators import sign_in_with_pin
from inspector.people.roles import NotAllowed
from inspector.receiving.labels import candidates
from inspector.receiving.lookup import find_rmas
from inspector.receiving.receipts import Outcome, receive
from inspector.rmas.rma_import import import_file
from tests.helpers.rma_files import row, write_csv

NOW = dt.datetime(2026, 11, 26, 12)


@pytest.fixture
def dock(warehouse):
    build_demo(warehouse, 400, seed=3, now=NOW)
    return warehouse, sign_in_with_pin(warehouse, "dana", "1111", None)


def an_rma(warehouse, status, carrier=None):
    with warehouse.sessions() as session:
        query = select(m.Rma).where(m.Rma.status == status).order_by(m.Rma.id)
        if carrier:
            query = query.join(m.RmaTracking).where(m.RmaTracking.carrier == carrier)
        rma = session.scalars(query).first()
        return rma.rma_number, rma.trackings[0].tracking_number


def parcels(warehouse, **where):
    with warehouse.sessions() as session:
        query = select(func.count()).select_from(m.Parcel)
        for key, value in where.items():
            query = query.where(getattr(m.Parcel, key) == value)
        return session.scalar(query)


def test_an_open_rma_is_received_once_however_often_it_is_scanned(dock):
    warehouse, dana = dock
    number, tracking = an_rma(warehouse, "OPEN", carrier="USPS")
    first = receive(warehouse, dana, tracking)
    assert first.outcome is Outcome.RECEIVED and first.rma.rma_number == number
    assert first.rma.status == "RECEIVED"
    for again in (tracking, f"42090210{tracking}", number, number.lower()):
        assert receive(warehouse, dana, again).outcome is Outcome.ALREADY_RECEIVED, again
    assert parcels(warehouse, tracking_number=tracking) == 1
    events = [e.action for e in history(warehouse, "rma", number)]
    assert events.count("parcel_received") == 1
    with warehouse.sessions() as session:
        outbox = session.scalars(
            select(m.OutboxEvent).where(m.OutboxEvent.kind == "return.received")
        ).all()
    assert [o.payload["rma_number"] for o in outbox] == [number]
    assert verify(warehouse).intact


def test_an_unknown_label_is_quarantined_once(dock):
    warehouse, dana = dock
    before = parcels(warehouse, status="UNKNOWN")
    first = receive(warehouse, dana, "1Z999AA10123456784")
    assert first.outcome is Outcome.UNKNOWN and first.quarantine_id.startswith("Q")
    again = receive(warehouse, dana, " 1Z999AA1 0123456784 ")
    assert again.quarantine_id == first.quarantine_id
    assert parcels(warehouse, status="UNKNOWN") == before + 1


def test_a_closed_rma_is_not_returnable_and_nothing_is_recorded(dock):
    warehouse, dana = dock
    number, _tracking = an_rma(warehouse, "COMPLETE")
    count = parcels(warehouse)
    assert receive(warehouse, dana, number).outcome is Outcome.NOT_RETURNABLE
    assert parcels(warehouse) == count


def test_several_rmas_on_one_order_ask_which(warehouse, staff, tmp_path):
    import_file(
        warehouse,
        write_csv(
            tmp_path / "two.csv",
            [
                row(rma_number="R-1", tracking_numbers=""),
                row(rma_number="R-2", sku="SKU-9", tracking_numbers=""),
            ],
        ),
        staff["supervisor"],
    )
    choice = receive(warehouse, staff["dock"], "SO-5001")
    assert choice.outcome is Outcome.CHOOSE
    assert {c.rma_number for c in choice.choices} == {"R-1", "R-2"}
    assert parcels(warehouse) == 0
    chosen = receive(warehouse, staff["dock"], "SO-5001", rma_number="R-2")
    assert chosen.outcome is Outcome.RECEIVED and chosen.rma.rma_number == "R-2"


def test_a_late_return_is_received_and_said_to_be_late(warehouse, staff, tmp_path):
    import_file(
        warehouse,
        write_csv(
            tmp_path / "late.csv",
            [
                row(rma_created="2026-11-20", delivered_date="2026-10-01", order_date="2026-09-28"),
            ],
        ),
        staff["supervisor"],
    )
    late = receive(warehouse, staff["dock"], "1Z999AA10123456784")
    assert late.outcome is Outcome.OUTSIDE_WINDOW and late.recorded
    assert parcels(warehouse, tracking_number="1Z999AA10123456784") == 1


def test_receiving_needs_the_dock_role(dock):
    warehouse, _dana = dock
    gus = sign_in_with_pin(warehouse, "gus", "2222", None)
    number, tracking = an_rma(warehouse, "OPEN")
    with pytest.raises(NotAllowed, match="may not receive parcels"):
        receive(warehouse, gus, tracking)
    assert parcels(warehouse, tracking_number=tracking) == 0


def test_two_stations_scanning_the_same_parcel_record_it_once(dock):
    warehouse, dana = dock
    ravi = sign_in_with_pin(warehouse, "ravi", "2424", None)
    _number, tracking = an_rma(warehouse, "OPEN", carrier="UPS")
    outcomes, errors = [], []

    def station(actor):
        try:
            outcomes.append(receive(warehouse, actor, tracking).outcome)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=station, args=(a,)) for a in (dana, ravi, dana, ravi)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(outcomes) == sorted([Outcome.RECEIVED] + [Outcome.ALREADY_RECEIVED] * 3)
    assert parcels(warehouse, tracking_number=tracking) == 1


def test_a_mistyped_or_misread_rma_number_never_matches_another_rma(dock):
    warehouse, _ = dock
    with warehouse.sessions() as session:
        numbers = session.scalars(select(m.Rma.rma_number).limit(5)).all()
    for number in numbers:
        for i in range(3, len(number)):
            for char in "0123456789X":
                if char != number[i]:
                    wrong = number[:i] + char + number[i + 1 :]
                    with warehouse.sessions() as session:
                        assert find_rmas(session, wrong) == [], wrong
    assert candidates(numbers[0])[0].kind == "rma"


def test_receive_from_the_command_line(dock, database_url):
    from tests.helpers.cli import run_cli

    warehouse, _ = dock
    number, tracking = an_rma(warehouse, "OPEN")
    env = {"INSPECTOR_PIN": "1111"}
    ran = run_cli("--db", database_url, "--operator", "dana", "receive", tracking, env=env)
    assert ran.code == 0, ran.err
    assert '"outcome": "received"' in ran.out and number in ran.out
    again = run_cli("--db", database_url, "--operator", "dana", "receive", number, env=env)
    assert again.code == 0 and '"already_received"' in again.out
    unknown = run_cli("--db", database_url, "--operator", "dana", "receive", "NOPE-123", env=env)
    assert unknown.code == 3 and '"quarantine_id": "Q' in unknown.out
