"""Operators in a real database: first admin, management, signing in, lock-out."""

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.people.operators import (
    LOCK_MINUTES,
    Locked,
    SignInRefused,
    WrongPin,
    add_operator,
    create_first_admin,
    disable_operator,
    list_operators,
    set_badge,
    set_pin,
    sign_in_choices,
    sign_in_with_badge,
    sign_in_with_pin,
)
from tests.helpers.people import PINS
from tests.inspector.people.test_pins_and_roles import FakeClock


def audit_count(warehouse):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.AuditEvent))


def test_the_first_admin_only_once(warehouse):
    create_first_admin(warehouse, "boss", "Bo Boss", "4321")
    with pytest.raises(InspectorError, match="already has operators"):
        create_first_admin(warehouse, "other", "Other", "4321")
    admin = sign_in_with_pin(warehouse, "boss", "4321", None)
    assert admin.roles == frozenset({"admin"})


def test_pins_are_never_stored_or_audited_in_clear(warehouse, staff):
    with warehouse.sessions() as session:
        hashes = session.scalars(select(m.Operator.pin_hash)).all()
        events = session.scalars(select(m.AuditEvent)).all()
    for pin in PINS.values():
        assert not any(pin in (h or "") for h in hashes)
        assert not any(pin in repr((e.before, e.after)) for e in events)


def test_admin_manages_operators(warehouse, staff):
    admin = staff["admin"]
    add_operator(warehouse, admin, "kim", "Kim Min-ji", {"grader", "dock"}, "5555", "B-KIM")
    names = {v.login: v for v in list_operators(warehouse, admin)}
    assert names["kim"].roles == ("dock", "grader") and names["kim"].has_badge
    set_badge(warehouse, admin, "kim", "B-KIM-2")
    assert sign_in_with_badge(warehouse, "B-KIM-2", None).login == "kim"
    with pytest.raises(SignInRefused, match="belongs to no operator"):
        sign_in_with_badge(warehouse, "B-KIM", None)
    set_pin(warehouse, admin, "kim", "6666")
    assert sign_in_with_pin(warehouse, "kim", "6666", None).login == "kim"
    disable_operator(warehouse, admin, "kim")
    with pytest.raises(SignInRefused, match="disabled"):
        sign_in_with_pin(warehouse, "kim", "6666", None)
    assert "kim" not in [c.login for c in sign_in_choices(warehouse)]


def test_a_refused_change_leaves_no_audit_event(warehouse, staff):
    admin = staff["admin"]
    before = audit_count(warehouse)
    with pytest.raises(InspectorError, match="already belongs"):
        add_operator(warehouse, admin, "dock", "Another Dock", {"dock"}, "1234")
    with pytest.raises(InspectorError, match="already belongs"):
        set_badge(warehouse, admin, "grader", "BADGE-DOCK")
    with pytest.raises(InspectorError, match="cannot disable yourself"):
        disable_operator(warehouse, admin, "admin")
    assert audit_count(warehouse) == before


def test_five_wrong_pins_lock_for_a_few_minutes(warehouse, staff):
    clock = FakeClock()
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as wrong:
            sign_in_with_pin(warehouse, "dock", "0000", None, clock)
        assert wrong.value.tries_left == tries_left
    with pytest.raises(Locked):
        sign_in_with_pin(warehouse, "dock", "0000", None, clock)
    clock.advance(minutes=LOCK_MINUTES - 1)
    with pytest.raises(Locked, match="locked until"):
        sign_in_with_pin(warehouse, "dock", PINS["dock"], None, clock)  # even the right PIN
    assert sign_in_with_badge(warehouse, "BADGE-DOCK", None, clock).login == "dock"
    clock.advance(minutes=1, seconds=1)
    assert sign_in_with_pin(warehouse, "dock", PINS["dock"], None, clock).login == "dock"
    with pytest.raises(WrongPin) as wrong:  # the count starts again after a good sign-in
        sign_in_with_pin(warehouse, "dock", "0000", None, clock)
    assert wrong.value.tries_left == 4


def test_an_admin_new_pin_unlocks(warehouse, staff):
    clock = FakeClock()
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in_with_pin(warehouse, "grader", "0000", None, clock)
    set_pin(warehouse, staff["admin"], "grader", "2468")
    assert sign_in_with_pin(warehouse, "grader", "2468", None, clock).login == "grader"


def test_sign_ins_and_lockouts_are_audited(warehouse, staff):
    from inspector.people.audit import history

    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in_with_pin(warehouse, "grader", "0000", None)
    actions = [e.action for e in history(warehouse, "operator", "grader")]
    assert actions[0] == "operator_added" and "signed_in" in actions
    assert actions[-1] == "operator_locked"


def test_unknown_login(warehouse, staff):
    with pytest.raises(SignInRefused, match="no such operator"):
        sign_in_with_pin(warehouse, "nobody", "1234", None)


def test_sign_in_choices_show_names_not_secrets(warehouse, staff):
    choices = sign_in_choices(warehouse)
    assert [c.display_name for c in choices] == sorted(c.display_name for c in choices)
    assert {c.login for c in choices} == {"admin", "dock", "grader", "supervisor"}


def test_parallel_wrong_pins_check_exactly_five(warehouse, staff, monkeypatch):
    """Sixteen stations trying wrong PINs at once: exactly five PINs are checked, the count
    ends at five, the operator is locked and the lock is audited once."""
    import threading

    from inspector.people import operators

    checked: list[str] = []
    real = operators.pin_matches

    def counted(pin, stored):
        checked.append(pin)
        return real(pin, stored)

    monkeypatch.setattr(operators, "pin_matches", counted)
    start = threading.Barrier(16)
    outcomes: list[BaseException] = []

    def attempt(n: int) -> None:
        start.wait()
        try:
            sign_in_with_pin(warehouse, "dock", f"{n:04d}", None)
        except BaseException as exc:  # noqa: BLE001 - counted below
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(5000, 5016)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(outcomes) == 16
    assert all(isinstance(o, SignInRefused) for o in outcomes), outcomes
    assert len(checked) == 5
    assert sum(isinstance(o, WrongPin) for o in outcomes) == 4
    with warehouse.sessions() as session:
        dock = session.scalars(select(m.Operator).where(m.Operator.login == "dock")).one()
        assert dock.failed_pins == 5 and dock.locked_until is not None
        locks = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "operator_locked", m.AuditEvent.entity_id == "dock")
        )
    assert locks == 1
    with pytest.raises(Locked):  # even the right PIN, now
        sign_in_with_pin(warehouse, "dock", PINS["dock"], None)
    assert len(checked) == 5


def test_names_longer_than_their_columns_are_refused_in_words(warehouse, staff):
    from inspector.core.limits import TooLong
    from inspector.people.stations import register_station

    with pytest.raises(TooLong, match="the station's name is 65 characters long; at most 64"):
        register_station(warehouse, "S" * 65)
    with pytest.raises(TooLong, match="the operator's name is 121 characters long; at most 120"):
        add_operator(warehouse, staff["admin"], "longname", "N" * 121, {"dock"}, "1357")
    assert register_station(warehouse, "S" * 64) > 0
