"""Receiving parcels against a real database: once, however often scanned; unknown parcels
quarantined with their whole label; misread RMA numbers and scans that cannot be a label
refused with the reason, nothing recorded; closed RMAs refused; several matches offered."""

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.demo.build import build_demo
from inspector.people.audit import history, verify
from inspector.people.operators import sign_in_with_pin
from inspector.people.roles import NotAllowed
from inspector.receiving import receipts
from inspector.receiving.labels import NotALabel, candidates
from inspector.receiving.lookup import find_rmas
from inspector.receiving.receipts import Outcome
from inspector.rmas.rma_import import import_file
from tests.helpers import templates
from tests.helpers.clock import noon_today, ticking
from tests.helpers.rma_files import row, write_csv

NOW = dt.datetime(2026, 11, 26, 12)
# The dock's clock: an hour after the demo was built, and the RMA files' rows (created on 20
# November) are inside their windows too, whatever day the suite runs.
CLOCK = ticking(NOW + dt.timedelta(hours=1))


def receive(warehouse, actor, code, **given):
    given.setdefault("clock", CLOCK)
    return receipts.receive(warehouse, actor, code, **given)


def _dock(warehouse, now):
    templates.built(warehouse, ("demo", 400, 3, now), lambda w: build_demo(w, 400, seed=3, now=now))
    return warehouse, sign_in_with_pin(warehouse, "dana", "1111", None)


@pytest.fixture
def dock(warehouse):
    return _dock(warehouse, NOW)


@pytest.fixture
def dock_today(warehouse):
    """For the command line, which receives with the wall clock: a demo as of today."""
    return _dock(warehouse, noon_today())


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


def test_receive_from_the_command_line(dock_today, database_url):
    from tests.helpers.cli import run_cli

    warehouse, _ = dock_today
    number, tracking = an_rma(warehouse, "OPEN")
    env = {"INSPECTOR_PIN": "1111"}
    ran = run_cli("--db", database_url, "--operator", "dana", "receive", tracking, env=env)
    assert ran.code == 0, ran.err
    assert '"outcome": "received"' in ran.out and number in ran.out
    again = run_cli("--db", database_url, "--operator", "dana", "receive", number, env=env)
    assert again.code == 0 and '"already_received"' in again.out
    unknown = run_cli("--db", database_url, "--operator", "dana", "receive", "NOPE-123", env=env)
    assert unknown.code == 3 and '"quarantine_id": "Q' in unknown.out


def audit_events(warehouse):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.AuditEvent))


def one_off(number: str) -> str:
    """The RMA number with another check character: RMA000000213 for RMA000000212."""
    wrong = "0" if number[-1] != "0" else "1"
    return number[:-1] + wrong


def test_a_misread_rma_number_is_refused_with_words_and_nothing_is_recorded(dock):
    warehouse, dana = dock
    number, _tracking = an_rma(warehouse, "OPEN")
    before = (parcels(warehouse), audit_events(warehouse))
    for scanned in (one_off(number), one_off(number).lower(), f" {one_off(number)} "):
        with pytest.raises(NotALabel) as refused:
            receive(warehouse, dana, scanned)
        assert refused.value.why == "check_character"
        assert str(refused.value) == (
            f"{scanned.strip()}: check character wrong: scan again or retype"
        )
    assert (parcels(warehouse), audit_events(warehouse)) == before


def test_an_rma_whose_own_number_fails_the_check_is_still_received(warehouse, staff, tmp_path):
    odd = one_off("RMA000000212")  # the shop's number, as it is, checked or not
    import_file(
        warehouse,
        write_csv(tmp_path / "odd.csv", [row(rma_number=odd, tracking_numbers="")]),
        staff["supervisor"],
    )
    receipt = receive(warehouse, staff["dock"], odd)
    assert receipt.outcome is Outcome.RECEIVED and receipt.rma.rma_number == odd


@pytest.mark.parametrize(
    ("scanned", "why", "words"),
    [
        ("X" * 250 + "Y" * 250, "no_number", "cannot be a parcel's label (500 characters"),
        ("7" * 513, "too_long", "longer than any label (513 characters)"),
        ("RMA-000\x07000212", "unreadable", "holds characters no label has"),
    ],
)
def test_a_scan_that_cannot_be_a_label_is_refused_and_not_stored(dock, scanned, why, words):
    warehouse, dana = dock
    before = (parcels(warehouse), audit_events(warehouse))
    with pytest.raises(NotALabel) as refused:
        receive(warehouse, dana, scanned)
    assert refused.value.why == why and words in str(refused.value)
    assert (parcels(warehouse), audit_events(warehouse)) == before


def test_unknown_labels_are_kept_whole_one_record_each(dock):
    """Two labels alike in their first 40 characters are two parcels; each label is stored
    whole (PostgreSQL would refuse a text longer than its column), the longest a label may
    be included, and a second scan finds its own record."""
    warehouse, dana = dock
    same_start = "RETURN-PARCEL-FROM-A-MARKETPLACE-SELLER-"  # 40 characters
    first, second = same_start + "000001", same_start + "000002"
    portal = "https://returns.example.com/start?rma=NOT-OURS-7&ref=" + "q" * 459
    assert len(portal) == 512
    receipts = [receive(warehouse, dana, code) for code in (first, second, portal)]
    assert all(r.outcome is Outcome.UNKNOWN for r in receipts)
    assert len({r.quarantine_id for r in receipts}) == 3
    assert [r.scanned for r in receipts] == [first, second, portal]
    with warehouse.sessions() as session:
        stored = {
            p.id: (p.label, p.tracking_number)
            for p in session.scalars(select(m.Parcel).where(m.Parcel.label.is_not(None)))
        }
    assert stored == {
        r.parcel_id: (code, None) for r, code in zip(receipts, (first, second, portal), strict=True)
    }
    again = receive(warehouse, dana, f"  {second}  ")
    assert again.quarantine_id == receipts[1].quarantine_id
    quarantined = [e for e in history(warehouse, "parcel", receipts[2].quarantine_id)]
    assert quarantined[0].after["scanned"] == portal


def test_a_misread_from_the_command_line_is_one_line_and_records_nothing(dock, database_url):
    from tests.helpers.cli import run_cli

    warehouse, _ = dock
    number, _tracking = an_rma(warehouse, "OPEN")
    before = parcels(warehouse)
    env = {"INSPECTOR_PIN": "1111"}
    ran = run_cli("--db", database_url, "--operator", "dana", "receive", one_off(number), env=env)
    assert ran.code == 1 and ran.out == ""
    assert ran.err.strip() == (
        f"inspector: {one_off(number)}: check character wrong: scan again or retype"
    )
    junk = run_cli("--db", database_url, "--operator", "dana", "receive", "Z" * 500, env=env)
    assert junk.code == 1 and len(junk.err.strip().splitlines()) == 1
    assert "cannot be a parcel's label (500 characters" in junk.err
    assert parcels(warehouse) == before
    unknown = run_cli("--db", database_url, "--operator", "dana", "receive", "NOPE-1234", env=env)
    assert unknown.code == 3 and '"scanned": "NOPE-1234"' in unknown.out


def _receive_on(warehouse, staff, tmp_path, arrived: dt.date, **fields):
    """Import one RMA asked for on 2026-10-20 (delivered 2026-10-01), receive it on `arrived`."""
    values = {
        "rma_created": "2026-10-20",
        "delivered_date": "2026-10-01",
        "order_date": "2026-09-28",
    }
    values.update(fields)
    import_file(warehouse, write_csv(tmp_path / "one.csv", [row(**values)]), staff["supervisor"])
    at = dt.datetime.combine(arrived, dt.time(10))
    return receive(warehouse, staff["dock"], "1Z999AA10123456784", clock=lambda: at)


def test_a_parcel_arriving_on_its_arrive_by_day_is_in_time(warehouse, staff, tmp_path):
    receipt = _receive_on(warehouse, staff, tmp_path, dt.date(2026, 11, 3))
    assert receipt.outcome is Outcome.RECEIVED
    assert receipt.rma.window.request_by == dt.date(2026, 10, 31)
    assert receipt.rma.window.arrive_by == dt.date(2026, 11, 3)
    assert receipt.rma.arrived_on == dt.date(2026, 11, 3)


def test_a_parcel_arriving_the_day_after_arrive_by_is_received_and_said_late(
    warehouse, staff, tmp_path
):
    receipt = _receive_on(warehouse, staff, tmp_path, dt.date(2026, 11, 4))
    assert receipt.outcome is Outcome.ARRIVED_LATE and receipt.recorded
    assert parcels(warehouse, tracking_number="1Z999AA10123456784") == 1
    entry = [e for e in history(warehouse, "rma", "R-1001") if e.action == "parcel_received"]
    assert entry[0].after["late"] is True and entry[0].after["standing"] == "arrived_late"


def test_with_no_delivery_the_window_counts_from_the_order(warehouse, staff, tmp_path):
    # Ordered 2026-09-28, never marked delivered: request by 2026-10-28; asked 10-29 is late.
    receipt = _receive_on(
        warehouse,
        staff,
        tmp_path,
        dt.date(2026, 11, 1),
        rma_created="2026-10-29",
        delivered_date="",
    )
    assert receipt.rma.window.request_by == dt.date(2026, 10, 28)
    assert receipt.outcome is Outcome.OUTSIDE_WINDOW


def test_the_rma_label_then_the_carrier_label_of_one_parcel_receive_it_once(dock):
    """The dock worker scans the parcel's own RMA label, then its carrier label: one parcel,
    which takes the carrier's tracking number; one receipt event, one event for the shop."""
    warehouse, dana = dock
    number, tracking = an_rma(warehouse, "OPEN", carrier="UPS")
    at = dt.datetime(2026, 11, 26, 12, 30)
    first = receive(warehouse, dana, number, clock=lambda: at)
    assert first.outcome is Outcome.RECEIVED and first.tracking_number is None
    second = receive(warehouse, dana, tracking, clock=lambda: at + dt.timedelta(seconds=4))
    assert second.outcome is Outcome.ALREADY_RECEIVED
    assert (second.parcel_id, second.tracking_number) == (first.parcel_id, tracking)
    assert receive(warehouse, dana, tracking).outcome is Outcome.ALREADY_RECEIVED
    with warehouse.sessions() as session:
        rows = session.execute(
            select(m.Parcel.id, m.Parcel.tracking_number).where(
                m.Parcel.rma_id
                == select(m.Rma.id).where(m.Rma.rma_number == number).scalar_subquery()
            )
        ).all()
        shop = session.scalar(
            select(func.count())
            .select_from(m.OutboxEvent)
            .where(m.OutboxEvent.kind == "return.received", m.OutboxEvent.rma_number == number)
        )
    assert rows == [(first.parcel_id, tracking)] and shop == 1
    actions = [e.action for e in history(warehouse, "rma", number)]
    assert actions.count("parcel_received") == 1 and actions.count("parcel_tracking_added") == 1
    assert verify(warehouse).intact


def test_a_carrier_label_after_another_parcel_or_much_later_is_another_parcel(dock):
    """Only the station's last parcel, moments ago, takes the carrier label's number: a later
    scan of the RMA's carrier label is a second parcel of the same return."""
    warehouse, dana = dock
    number, tracking = an_rma(warehouse, "OPEN", carrier="UPS")
    at = dt.datetime(2026, 11, 26, 12, 30)
    first = receive(warehouse, dana, number, clock=lambda: at)
    late = receive(warehouse, dana, tracking, clock=lambda: at + dt.timedelta(minutes=11))
    assert late.outcome is Outcome.RECEIVED and late.parcel_id != first.parcel_id
    assert parcels(warehouse, tracking_number=tracking) == 1
