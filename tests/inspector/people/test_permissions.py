"""The permission matrix: every role against every guarded service, checked in the services."""

import itertools

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.grading.completing import check_rmas
from inspector.people.backup import backup
from inspector.people.operators import (
    add_operator,
    disable_operator,
    list_operators,
    set_badge,
    set_pin,
)
from inspector.people.roles import NEEDS, Action, NotAllowed
from inspector.receiving.receipts import receive
from inspector.rmas.rma_import import import_file
from inspector.shop.connecting import connect_webhook
from inspector.shop.outbox import retry_event, skip_event
from inspector.shop.secrets import write_secret
from inspector.shop.shop_settings import map_category, set_refund_from_dock
from inspector.station.settings import StationSettings, change_station_settings
from tests.helpers.rma_files import row, write_csv

_names = itertools.count()


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
]


def audit_count(warehouse):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.AuditEvent))


def test_every_service_that_exists_is_in_the_matrix():
    covered = {action for _, action, _ in GUARDED}
    assert covered >= {
        Action.IMPORT,
        Action.BACKUP,
        Action.MANAGE_OPERATORS,
        Action.MANAGE_STATIONS,
        Action.CONNECT_SHOP,
        Action.RESOLVE_OUTBOX,
        Action.REPAIR,
    }


@pytest.mark.parametrize("role", ["dock", "grader", "supervisor", "admin", None])
def test_permission_matrix(warehouse, staff, tmp_path, role):
    actor = staff[role] if role else None
    for what, action, call in GUARDED:
        allowed = role == NEEDS[action]
        before = audit_count(warehouse)
        if allowed:
            try:
                call(warehouse, actor, tmp_path)
            except NotAllowed:
                pytest.fail(f"{role} should be allowed to {what}")
            except InspectorError as exc:  # allowed, but the database kind says no (pg_dump)
                assert "pg_dump" in str(exc), (what, exc)
        else:
            with pytest.raises(NotAllowed) as refused:
                call(warehouse, actor, tmp_path)
            assert NEEDS[action] in str(refused.value), what
            assert audit_count(warehouse) == before, f"a refused '{what}' left an audit event"
