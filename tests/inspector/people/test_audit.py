"""The audit trail's hash chain against each kind of tampering done with plain SQL."""

import threading

import pytest
from sqlalchemy import text

from inspector.people.audit import history, record, verify
from tests.helpers.cli import run_cli


def write_events(warehouse, count, actor=None, prefix="e"):
    for i in range(count):
        with warehouse.sessions.begin() as session:
            record(
                session,
                actor,
                "note",
                "rma",
                f"{prefix}{i}",
                rma_number=f"{prefix}{i}",
                after={"i": i, "words": "반품 ok"},
            )


@pytest.fixture
def chained(warehouse, staff):
    write_events(warehouse, 12, staff["supervisor"])
    assert verify(warehouse).intact
    return warehouse


def sql(warehouse, statement):
    with warehouse.engine.begin() as connection:
        connection.execute(text(statement))


def seq_of(warehouse, entity_id):
    with warehouse.engine.connect() as connection:
        return connection.execute(
            text("SELECT seq FROM audit_events WHERE entity_id = :e"), {"e": entity_id}
        ).scalar()


def test_an_intact_chain_counts_every_event(chained):
    check = verify(chained)
    assert check.intact and check.checked >= 12 + 4  # the staff's own events too


def test_an_edited_row_is_named(chained):
    seq = seq_of(chained, "e5")
    sql(chained, "UPDATE audit_events SET after = '{\"i\": 500}' WHERE entity_id = 'e5'")
    check = verify(chained)
    assert check.first_bad_seq == seq and "was changed" in check.problem


def test_an_edited_time_or_operator_is_named(chained):
    seq = seq_of(chained, "e2")
    sql(chained, "UPDATE audit_events SET operator_id = 1 WHERE entity_id = 'e2'")
    assert verify(chained).first_bad_seq == seq


def test_a_deleted_row_in_the_middle_is_named(chained):
    seq = seq_of(chained, "e7")
    sql(chained, "DELETE FROM audit_events WHERE entity_id = 'e7'")
    check = verify(chained)
    assert check.first_bad_seq == seq and "missing" in check.problem


def test_a_deleted_newest_row_is_noticed(chained):
    seq = seq_of(chained, "e11")
    sql(chained, "DELETE FROM audit_events WHERE entity_id = 'e11'")
    check = verify(chained)
    assert check.first_bad_seq == seq and "deleted" in check.problem


def test_reordered_rows_are_named(chained):
    a, b = seq_of(chained, "e3"), seq_of(chained, "e4")
    sql(chained, f"UPDATE audit_events SET seq = -1 WHERE seq = {a}")
    sql(chained, f"UPDATE audit_events SET seq = {a} WHERE seq = {b}")
    sql(chained, f"UPDATE audit_events SET seq = {b} WHERE seq = -1")
    check = verify(chained)
    assert check.first_bad_seq == a and "reordered" in check.problem


def test_a_row_added_by_hand_is_named(chained):
    sql(
        chained,
        "INSERT INTO audit_events (at, action, entity_type, entity_id) "
        "VALUES ('2026-11-26 10:00:00', 'note', 'rma', 'forged')",
    )
    assert "added by hand" in verify(chained).problem


def test_a_forged_row_with_a_made_up_hash_is_named(chained):
    seq = seq_of(chained, "e11") + 1
    sql(
        chained,
        "INSERT INTO audit_events (seq, at, action, entity_type, entity_id, prev_hash, "
        f"hash) VALUES ({seq}, '2026-11-26 10:00:00', 'note', 'rma', 'forged', "
        f"'{'0' * 64}', '{'1' * 64}')",
    )
    assert verify(chained).first_bad_seq == seq


def test_stations_writing_at_once_keep_one_chain(warehouse, staff):
    actor = staff["supervisor"]
    errors = []

    def station(name):
        try:
            write_events(warehouse, 25, actor, prefix=name)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=station, args=(f"s{i}-",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = verify(warehouse)
    assert check.intact, check.problem


def test_history_of_an_rma_in_order_with_who(chained):
    entries = history(chained, "rma", "e3")
    assert [(e.action, e.who, e.after["i"]) for e in entries] == [("note", "Supervisor Person", 3)]


def test_verify_and_show_from_the_command_line(chained, database_url):
    ran = run_cli("--db", database_url, "audit", "verify")
    assert ran.code == 0 and "intact" in ran.out
    shown = run_cli("--db", database_url, "audit", "show", "--entity", "rma:e4")
    assert "Supervisor Person" in shown.out and "note rma e4" in shown.out
    sql(chained, "UPDATE audit_events SET action = 'nothing' WHERE entity_id = 'e4'")
    ran = run_cli("--db", database_url, "audit", "verify")
    assert ran.code == 4
    assert len(ran.err.strip().splitlines()) == 1 and "was changed" in ran.err
    bad = run_cli("--db", database_url, "audit", "show", "--entity", "box:1")
    assert bad.code == 1 and "KIND:ID" in bad.err


def test_a_failed_transaction_leaves_no_event(warehouse):
    before = verify(warehouse).checked
    with pytest.raises(RuntimeError), warehouse.sessions.begin() as session:
        record(session, None, "note", "rma", "x")
        raise RuntimeError("the change failed after the event was written")
    assert verify(warehouse).checked == before
    assert verify(warehouse).intact
