"""Every refusal of managing operators and signing in (inspector.people.operators, with the
role and PIN checks behind it): the words an admin or an operator reads, and not a row changed
anywhere. A wrong PIN is left out on purpose: it is refused AND counted (the count is what
locks a guesser out), which tests/inspector/people/test_operators.py covers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from db import models as m
from inspector.core.errors import InspectorError, NotFound
from inspector.people import operators as ops
from inspector.people.operators import Locked, SignInRefused
from inspector.people.roles import NotAllowed
from tests.helpers.unchanged import refused

CASES = {
    "add by a supervisor": (
        lambda w, s: ops.add_operator(w, s["supervisor"], "kim", "Kim", {"dock"}, "1234"),
        NotAllowed,
        "may not manage operators: that needs the admin role",
    ),
    "add signed out": (
        lambda w, s: ops.add_operator(w, None, "kim", "Kim", {"dock"}, "1234"),
        NotAllowed,
        "sign in to manage operators",
    ),
    "add with a role that does not exist": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", {"dock", "boss"}, "1234"),
        InspectorError,
        "unknown role(s) boss; the roles are ",
    ),
    "add with no role": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", set(), "1234"),
        InspectorError,
        "give at least one role: ",
    ),
    "add a login starting with a digit": (
        lambda w, s: ops.add_operator(w, s["admin"], "9lives", "Kim", {"dock"}, "1234"),
        InspectorError,
        "a login is letters, digits and _ , starting with a letter",
    ),
    "add a login longer than 64": (
        lambda w, s: ops.add_operator(w, s["admin"], "k" * 65, "Kim", {"dock"}, "1234"),
        InspectorError,
        "a login is letters, digits and _ , starting with a letter",
    ),
    "add with a blank name": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "  ", {"dock"}, "1234"),
        InspectorError,
        "give the operator's name as people know it",
    ),
    "add with no PIN and no badge": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", {"dock"}),
        InspectorError,
        "give the operator a PIN, a badge, or both, to sign in with",
    ),
    "add with a PIN of letters": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", {"dock"}, "12ab"),
        InspectorError,
        "a PIN is 4 to 8 digits",
    ),
    "add with a badge too short": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", {"dock"}, badge=" abc "),
        InspectorError,
        "a badge code is 4 to 64 printable characters",
    ),
    "add a login taken": (
        lambda w, s: ops.add_operator(w, s["admin"], " Grader ", "Kim", {"dock"}, "1234"),
        InspectorError,
        "the login 'grader' or that badge already belongs to another operator",
    ),
    "add a badge taken": (
        lambda w, s: ops.add_operator(w, s["admin"], "kim", "Kim", {"dock"}, badge="BADGE-DOCK"),
        InspectorError,
        "the login 'kim' or that badge already belongs to another operator",
    ),
    "a second first admin": (
        lambda w, s: ops.create_first_admin(w, "eve", "Eve", "4321"),
        InspectorError,
        "this database already has operators; an admin adds new ones",
    ),
    "list by a grader": (
        lambda w, s: ops.list_operators(w, s["grader"]),
        NotAllowed,
        "that needs the admin role",
    ),
    "disable yourself": (
        lambda w, s: ops.disable_operator(w, s["admin"], "admin"),
        InspectorError,
        "you cannot disable yourself; ask another admin",
    ),
    "disable someone unknown": (
        lambda w, s: ops.disable_operator(w, s["admin"], "nobody"),
        NotFound,
        "no operator with the login 'nobody'",
    ),
    "disable by a supervisor": (
        lambda w, s: ops.disable_operator(w, s["supervisor"], "dock"),
        NotAllowed,
        "that needs the admin role",
    ),
    "a PIN of five letters": (
        lambda w, s: ops.set_pin(w, s["admin"], "dock", "abcde"),
        InspectorError,
        "a PIN is 4 to 8 digits",
    ),
    "a PIN of nine digits": (
        lambda w, s: ops.set_pin(w, s["admin"], "dock", "123456789"),
        InspectorError,
        "a PIN is 4 to 8 digits",
    ),
    "a PIN set by the grader": (
        lambda w, s: ops.set_pin(w, s["grader"], "dock", "5555"),
        NotAllowed,
        "that needs the admin role",
    ),
    "a badge of another operator": (
        lambda w, s: ops.set_badge(w, s["admin"], "grader", "BADGE-DOCK"),
        InspectorError,
        "that badge already belongs to another operator",
    ),
    "a badge with a control character": (
        lambda w, s: ops.set_badge(w, s["admin"], "grader", "BAD\x07GE"),
        InspectorError,
        "a badge code is 4 to 64 printable characters",
    ),
    "a PIN sign-in by no one": (
        lambda w, s: ops.sign_in_with_pin(w, "nobody", "1234", None),
        SignInRefused,
        "no such operator; tap your name or scan your badge",
    ),
    "a PIN sign-in when disabled": (
        lambda w, s: ops.sign_in_with_pin(w, "gone", "4444", None),
        SignInRefused,
        "Gone Person is disabled; ask an admin",
    ),
    "a PIN sign-in when locked, even the right PIN": (
        lambda w, s: ops.sign_in_with_pin(w, "dock", "1000", None),
        Locked,
        "too many wrong PINs: locked until 23:59",
    ),
    "a badge no one has": (
        lambda w, s: ops.sign_in_with_badge(w, "BADGE-NOBODY", None),
        SignInRefused,
        "this badge belongs to no operator; ask an admin to register it",
    ),
    "a badge of someone disabled": (
        lambda w, s: ops.sign_in_with_badge(w, " BADGE-GONE ", None),
        SignInRefused,
        "Gone Person is disabled; ask an admin",
    ),
}


@pytest.fixture
def people(warehouse, staff):
    """The staff, one more operator disabled, and the dock's operator locked out until late
    tomorrow evening."""
    ops.add_operator(
        warehouse, staff["admin"], "gone", "Gone Person", {"dock"}, "4444", badge="BADGE-GONE"
    )
    ops.disable_operator(warehouse, staff["admin"], "gone")
    until = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(23, 59))
    with warehouse.sessions.begin() as session:
        session.execute(
            update(m.Operator).where(m.Operator.login == "dock").values(locked_until=until)
        )
    return staff


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, people, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, people))
