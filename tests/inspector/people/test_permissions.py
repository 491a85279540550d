"""The permission matrix: every role against every action, written out here as the dock's
rules (not read from the table under test), and every guarded service checked in the services."""

import itertools

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError, NotFound
from inspector.grading.completing import check_rmas
from inspector.grading.units import open_rma
from inspector.people.backup import backup
from inspector.people.operators import (
    add_operator,
    disable_operator,
    list_operators,
    set_badge,
    set_pin,
)
from inspector.people.roles import Action, Actor, NotAllowed, require
from inspector.receiving.receipts import receive
from inspector.reports.analytics import Costs, save_costs
from inspector.reports.dock_today import dock_today, resolve_unknown
from inspector.rmas.rma_import import import_file
from inspector.shop.connecting import connect_webhook
from inspector.shop.outbox import retry_event, skip_event
from inspector.shop.requests import decide_request, set_authorize_mode
from inspector.shop.secrets import write_secret
from inspector.shop.shop_settings import map_category, set_refund_from_dock
from inspector.station.settings import StationSettings, change_station_settings
from inspector.tags.print_queue import cancel
from tests.helpers.rma_files import row, write_csv

_names = itertools.count()

# What each role may do, as the dock runs: a person may hold several roles.
MAY: dict[str, set[Action]] = {
    "dock": {Action.RECEIVE},
    "grader": {Action.GRADE},
    "supervisor": {
        Action.OVERRIDE,
        Action.RESOLVE_UNKNOWN,
        Action.EXPORT,
        Action.IMPORT,
        Action.CONFIGURE,
        Action.RESOLVE_OUTBOX,
        Action.DECIDE_REQUESTS,
    },
    "admin": {
        Action.MANAGE_OPERATORS,
        Action.MANAGE_STATIONS,
        Action.BACKUP,
        Action.CONNECT_SHOP,
        Action.REPAIR,
    },
}
# The role named in the refusal, so the person knows whom to ask.
NEEDED = {action: role for role, actions in MAY.items() for action in actions}


def _new_login() -> str:
    return f"person{next(_names)}"


def _hook(warehouse, actor):
    write_secret("perm_hook", "whsec_" + "QUJDREVGR0hJSktMTU5PUA==")
    return connect_webhook(warehouse, actor, "http://127.0.0.1:9/hook", "file:perm_hook")


def _event(warehouse) -> int:
    import datetime as dt

    with warehouse.sessions.begin() as session:
        event = m.OutboxEvent(at=dt.datetime.now(), kind="return.completed", payload={})
        session.add(event)
        session.flush()
        return event.id


def _request(warehouse) -> int:
    import datetime as dt

    now = dt.datetime.now()
    with warehouse.sessions.begin() as session:
        row = m.ReturnRequest(
            shop_return_id=f"gid://shopify/Return/{_new_login()}",
            name="#1-R1",
            order_name="#1",
            requested_at=now,
            facts={},
            verdict="APPROVE",
            rule="web-30",
            reason={"en": "inside", "ko": "기간 안"},
            lines={"lines": []},
            policy_hash="0" * 64,
            judged_at=now,
            state="WAITING",
        )
        session.add(row)
        session.flush()
        return row.id


# (what, the action it needs, how to call it as `actor`)
GUARDED = [
    (
        "receive a parcel",
        Action.RECEIVE,
        lambda w, a, tmp: receive(w, a, f"1Z{_new_login().upper():0>15}0"),
    ),
    (
        "import RMAs",
        Action.IMPORT,
        lambda w, a, tmp: import_file(w, write_csv(tmp / f"{_new_login()}.csv", [row()]), a),
    ),
    ("back up", Action.BACKUP, lambda w, a, tmp: backup(w, tmp / f"{_new_login()}.db", a)),
    (
        "add an operator",
        Action.MANAGE_OPERATORS,
        lambda w, a, tmp: add_operator(w, a, _new_login(), "New Person", {"dock"}, "1357"),
    ),
    ("list operators", Action.MANAGE_OPERATORS, lambda w, a, tmp: list_operators(w, a)),
    (
        "disable an operator",
        Action.MANAGE_OPERATORS,
        lambda w, a, tmp: disable_operator(w, a, "dock"),
    ),
    ("set a PIN", Action.MANAGE_OPERATORS, lambda w, a, tmp: set_pin(w, a, "grader", "2468")),
    (
        "set a badge",
        Action.MANAGE_OPERATORS,
        lambda w, a, tmp: set_badge(w, a, "grader", f"B-{_new_login()}"),
    ),
    (
        "change station settings",
        Action.MANAGE_STATIONS,
        lambda w, a, tmp: change_station_settings(
            w, a, StationSettings("BENCH-1"), StationSettings(f"BENCH-{_new_login()}")
        ),
    ),
    ("connect the shop", Action.CONNECT_SHOP, lambda w, a, tmp: _hook(w, a)),
    (
        "refund from the dock",
        Action.CONNECT_SHOP,
        lambda w, a, tmp: set_refund_from_dock(w, a, True),
    ),
    (
        "map a product type",
        Action.CONFIGURE,
        lambda w, a, tmp: map_category(w, a, "Boots", "footwear"),
    ),
    ("open a parcel to grade", Action.GRADE, lambda w, a, tmp: open_rma(w, a, "RMA000000000")),
    ("cancel a print job", Action.GRADE, lambda w, a, tmp: cancel(w, a, 999_999)),
    ("read the dock's day", Action.EXPORT, lambda w, a, tmp: dock_today(w, a)),
    (
        "resolve an unknown parcel",
        Action.RESOLVE_UNKNOWN,
        lambda w, a, tmp: resolve_unknown(w, a, 999_999, reject_reason="not ours"),
    ),
    ("set the return costs", Action.CONFIGURE, lambda w, a, tmp: save_costs(w, a, Costs())),
    (
        "retry a shop event",
        Action.RESOLVE_OUTBOX,
        lambda w, a, tmp: retry_event(w, a, _event(w), "ok"),
    ),
    ("check the database", Action.REPAIR, lambda w, a, tmp: check_rmas(w, a)),
    (
        "skip a shop event",
        Action.RESOLVE_OUTBOX,
        lambda w, a, tmp: skip_event(w, a, _event(w), "ok"),
    ),
    (
        "approve a requested return",
        Action.DECIDE_REQUESTS,
        lambda w, a, tmp: decide_request(w, a, _request(w), True),
    ),
    (
        "let the policy decide requests",
        Action.CONNECT_SHOP,
        lambda w, a, tmp: set_authorize_mode(w, a, True),
    ),
]


def audit_count(warehouse):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.AuditEvent))


def test_every_action_has_one_role_in_the_matrix():
    assert set(NEEDED) == set(Action)
    assert sum(len(actions) for actions in MAY.values()) == len(Action)


@pytest.mark.parametrize("role", sorted(MAY))
@pytest.mark.parametrize("action", list(Action))
def test_a_role_may_do_what_the_matrix_says(role, action):
    actor = Actor(1, "someone", "Some One", frozenset({role}))
    assert actor.may(action) == (action in MAY[role])
    if action in MAY[role]:
        assert require(actor, action) is actor
    else:
        with pytest.raises(NotAllowed, match=f"needs the {NEEDED[action]} role"):
            require(actor, action)


def test_two_roles_allow_what_either_allows():
    actor = Actor(1, "lead", "Lead Hand", frozenset({"dock", "grader"}))
    assert {a for a in Action if actor.may(a)} == MAY["dock"] | MAY["grader"]


def test_no_one_signed_in_may_do_anything():
    for action in Action:
        with pytest.raises(NotAllowed, match="sign in to"):
            require(None, action)


def test_every_action_is_guarded_by_a_service_in_the_matrix():
    covered = {action for _, action, _ in GUARDED}
    assert covered == set(Action) - {Action.OVERRIDE}, (
        "OVERRIDE is a grader's commit with a supervisor's override: tests/inspector/grading"
    )


@pytest.mark.parametrize("role", ["dock", "grader", "supervisor", "admin", None])
def test_permission_matrix(warehouse, staff, tmp_path, role):
    actor = staff[role] if role else None
    for what, action, call in GUARDED:
        allowed = role is not None and action in MAY[role]
        before = audit_count(warehouse)
        if allowed:
            try:
                call(warehouse, actor, tmp_path)
            except NotAllowed:
                pytest.fail(f"{role} should be allowed to {what}")
            except NotFound:  # allowed; the id asked for is not there
                pass
            except InspectorError as exc:  # allowed, but the database kind says no (pg_dump)
                assert "pg_dump" in str(exc), (what, exc)
        else:
            with pytest.raises(NotAllowed) as refused:
                call(warehouse, actor, tmp_path)
            assert f"needs the {NEEDED[action]} role" in str(refused.value), what
            assert audit_count(warehouse) == before, f"a refused '{what}' left an audit event"
