"""PIN hashing, the role table and idle sign-out, without a database."""

import datetime as dt

import pytest

from inspector.core.errors import InspectorError
from inspector.people.pins import hash_pin, pin_matches
from inspector.people.roles import NEEDS, WORDS, Action, Actor, NotAllowed, check_roles, require
from inspector.people.station_session import StationSession


def test_pin_hashes_are_salted_and_slow_scrypt():
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second  # a new salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert "4821" not in first
    assert pin_matches("4821", first) and pin_matches("4821", second)
    assert not pin_matches("4822", first)


@pytest.mark.parametrize("stored", [None, "", "plain", "md5$x$y$z$a$b", "scrypt$x$8$1$AA==$AA=="])
def test_damaged_or_foreign_hashes_never_match(stored):
    assert not pin_matches("1234", stored)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "１２３４"])
def test_pin_format(pin):
    with pytest.raises(InspectorError, match="4 to 8 digits"):
        hash_pin(pin)


def test_every_action_has_a_role_and_words():
    assert set(NEEDS) == set(Action) == set(WORDS)
    assert set(NEEDS.values()) == {"dock", "grader", "supervisor", "admin"}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", ["dock", "grader", "supervisor", "admin"])
def test_require_allows_exactly_the_role_that_is_needed(role, action):
    actor = Actor(1, "x", "Xu", frozenset({role}))
    if NEEDS[action] == role:
        assert require(actor, action) is actor
    else:
        with pytest.raises(NotAllowed, match=f"needs the {NEEDS[action]} role"):
            require(actor, action)


def test_several_roles_add_up_and_no_one_signed_in_is_refused():
    both = Actor(1, "x", "Xu", frozenset({"dock", "grader"}))
    assert require(both, Action.RECEIVE) and require(both, Action.GRADE)
    with pytest.raises(NotAllowed, match="sign in to receive parcels"):
        require(None, Action.RECEIVE)


def test_unknown_roles_are_named():
    with pytest.raises(InspectorError, match="unknown role.*boss"):
        check_roles({"dock", "boss"})


class FakeClock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 26, 9, 0)

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += dt.timedelta(**kwargs)


def test_idle_station_signs_out_after_the_limit_and_activity_keeps_it_in():
    clock = FakeClock()
    session = StationSession(dt.timedelta(minutes=5), clock)
    dana = Actor(1, "dana", "Dana", frozenset({"dock"}))
    session.sign_in(dana)
    clock.advance(minutes=4)
    assert session.sign_out_if_idle() is None
    session.touch()
    clock.advance(minutes=4, seconds=59)
    assert session.sign_out_if_idle() is None and session.actor is dana
    clock.advance(seconds=1)
    assert session.sign_out_if_idle() is dana
    assert session.actor is None


def test_switching_operator_returns_who_was_there():
    session = StationSession(clock=FakeClock())
    dana = Actor(1, "dana", "Dana", frozenset({"dock"}))
    gus = Actor(2, "gus", "Gus", frozenset({"grader"}))
    assert session.sign_in(dana) is None
    assert session.sign_in(gus) is dana
    assert session.actor is gus
