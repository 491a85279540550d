"""Operators: who works the dock, their roles, PINs and badges, and signing in at a station."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy.exc
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, NotFound
from inspector.core.limits import check_text
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.pins import check_pin_format, hash_pin, pin_matches
from inspector.people.roles import Action, Actor, check_roles, require

MAX_WRONG_PINS = 5
LOCK_MINUTES = 5

Clock = Callable[[], dt.datetime]


class SignInRefused(InspectorError):
    """A sign-in that did not succeed: wrong PIN, locked, disabled or unknown badge."""


class WrongPin(SignInRefused):
    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__(
            f"wrong PIN; {tries_left} more wrong PIN(s) lock this operator for "
            f"{LOCK_MINUTES} minutes"
        )


class Locked(SignInRefused):
    def __init__(self, until: dt.datetime) -> None:
        self.until = until
        super().__init__(
            f"too many wrong PINs: locked until {until:%H:%M}; sign in with your badge or "
            "ask a supervisor"
        )


@dataclass(frozen=True)
class OperatorView:
    login: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    has_pin: bool
    has_badge: bool
    locked_until: dt.datetime | None


def _view(operator: m.Operator) -> OperatorView:
    return OperatorView(
        operator.login,
        operator.display_name,
        tuple(sorted(r.role for r in operator.roles)),
        operator.active,
        operator.pin_hash is not None,
        operator.badge_code is not None,
        operator.locked_until,
    )


def actor_of(operator: m.Operator, station_id: int | None) -> Actor:
    return Actor(
        operator.id,
        operator.login,
        operator.display_name,
        frozenset(r.role for r in operator.roles),
        station_id,
    )


def _operator(session: Session, login: str) -> m.Operator:
    operator = session.scalars(
        select(m.Operator).options(selectinload(m.Operator.roles)).where(m.Operator.login == login)
    ).first()
    if operator is None:
        raise NotFound(f"no operator with the login '{login}'")
    return operator


def operator_count(warehouse: Warehouse) -> int:
    with explained_errors(), warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.Operator)) or 0


def _check_badge(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    if not 4 <= len(code) <= 64 or not code.isprintable():
        raise InspectorError("a badge code is 4 to 64 printable characters")
    return code


def _new_operator(
    session: Session,
    actor: Actor | None,
    login: str,
    display_name: str,
    roles: frozenset[str],
    pin: str | None,
    badge: str | None,
    now: dt.datetime,
) -> m.Operator:
    login = login.strip().lower()
    if not login.isidentifier() or len(login) > 64:
        raise InspectorError("a login is letters, digits and _ , starting with a letter")
    if not display_name.strip():
        raise InspectorError("give the operator's name as people know it")
    check_text(m.Operator.__table__.c.display_name, display_name.strip(), "the operator's name")
    if pin is None and badge is None:
        raise InspectorError("give the operator a PIN, a badge, or both, to sign in with")
    operator = m.Operator(
        login=login,
        display_name=display_name.strip(),
        pin_hash=hash_pin(pin) if pin else None,
        badge_code=_check_badge(badge),
        active=True,
        failed_pins=0,
        created_at=now,
    )
    operator.roles = [m.OperatorRole(role=role) for role in sorted(roles)]
    session.add(operator)
    try:
        session.flush()
    except sqlalchemy.exc.IntegrityError:
        raise InspectorError(
            f"the login '{login}' or that badge already belongs to another operator"
        ) from None
    record(
        session,
        actor,
        "operator_added",
        "operator",
        login,
        after={
            "display_name": operator.display_name,
            "roles": sorted(roles),
            "pin": pin is not None,
            "badge": badge is not None,
        },
        at=now,
    )
    return operator


def create_first_admin(
    warehouse: Warehouse, login: str, display_name: str, pin: str, clock: Clock = dt.datetime.now
) -> OperatorView:
    """The very first operator of a fresh database, with the admin role; refused afterwards."""
    with explained_errors(), warehouse.sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(m.Operator)):
            raise InspectorError("this database already has operators; an admin adds new ones")
        operator = _new_operator(
            session, None, login, display_name, frozenset({"admin"}), pin, None, clock()
        )
        return _view(operator)


def add_operator(
    warehouse: Warehouse,
    actor: Actor | None,
    login: str,
    display_name: str,
    roles: set[str],
    pin: str | None = None,
    badge: str | None = None,
    clock: Clock = dt.datetime.now,
) -> OperatorView:
    require(actor, Action.MANAGE_OPERATORS)
    checked = check_roles(roles)
    with explained_errors(), warehouse.sessions.begin() as session:
        return _view(
            _new_operator(session, actor, login, display_name, checked, pin, badge, clock())
        )


def list_operators(warehouse: Warehouse, actor: Actor | None) -> list[OperatorView]:
    require(actor, Action.MANAGE_OPERATORS)
    with explained_errors(), warehouse.sessions() as session:
        operators = session.scalars(
            select(m.Operator).options(selectinload(m.Operator.roles)).order_by(m.Operator.login)
        ).all()
        return [_view(o) for o in operators]


@dataclass(frozen=True)
class SignInChoice:
    """A name on the sign-in screen: who can tap in with a PIN."""

    login: str
    display_name: str


def sign_in_choices(warehouse: Warehouse) -> list[SignInChoice]:
    """Active operators who have a PIN, by name; nothing secret."""
    with explained_errors(), warehouse.sessions() as session:
        rows = session.execute(
            select(m.Operator.login, m.Operator.display_name)
            .where(m.Operator.active.is_(True), m.Operator.pin_hash.is_not(None))
            .order_by(m.Operator.display_name)
        ).all()
    return [SignInChoice(login, name) for login, name in rows]


def _change(
    warehouse: Warehouse,
    actor: Actor | None,
    login: str,
    action: str,
    change: Callable[[Session, m.Operator], tuple[dict, dict]],
    clock: Clock,
) -> OperatorView:
    require(actor, Action.MANAGE_OPERATORS)
    with explained_errors(), warehouse.sessions.begin() as session:
        operator = _operator(session, login)
        before, after = change(session, operator)
        try:
            session.flush()
        except sqlalchemy.exc.IntegrityError:
            raise InspectorError("that badge already belongs to another operator") from None
        record(
            session,
            actor,
            action,
            "operator",
            operator.login,
            before=before,
            after=after,
            at=clock(),
        )
        return _view(operator)


def disable_operator(
    warehouse: Warehouse, actor: Actor | None, login: str, clock: Clock = dt.datetime.now
) -> OperatorView:
    def change(session: Session, operator: m.Operator) -> tuple[dict, dict]:
        if actor is not None and operator.id == actor.operator_id:
            raise InspectorError("you cannot disable yourself; ask another admin")
        operator.active = False
        return {"active": True}, {"active": False}

    return _change(warehouse, actor, login, "operator_disabled", change, clock)


def set_pin(
    warehouse: Warehouse,
    actor: Actor | None,
    login: str,
    pin: str,
    clock: Clock = dt.datetime.now,
) -> OperatorView:
    check_pin_format(pin)

    def change(session: Session, operator: m.Operator) -> tuple[dict, dict]:
        had = operator.pin_hash is not None
        operator.pin_hash = hash_pin(pin)
        operator.failed_pins = 0
        operator.locked_until = None
        # The audit trail says that the PIN changed, never what it is.
        return {"pin": had}, {"pin": True, "unlocked": True}

    return _change(warehouse, actor, login, "operator_pin_set", change, clock)


def set_badge(
    warehouse: Warehouse,
    actor: Actor | None,
    login: str,
    badge: str,
    clock: Clock = dt.datetime.now,
) -> OperatorView:
    code = _check_badge(badge)

    def change(session: Session, operator: m.Operator) -> tuple[dict, dict]:
        had = operator.badge_code is not None
        operator.badge_code = code
        return {"badge": had}, {"badge": True}

    return _change(warehouse, actor, login, "operator_badge_set", change, clock)


def sign_in_with_pin(
    warehouse: Warehouse,
    login: str,
    pin: str,
    station_id: int | None,
    clock: Clock = dt.datetime.now,
) -> Actor:
    """The operator as an Actor if the PIN is right; after five wrong PINs, a lock.

    Each try is counted before its PIN is checked, in one atomic UPDATE committed at once
    (failed_pins = failed_pins + 1 ... RETURNING): tries made in parallel at several stations
    each take their own number, and once five are taken no further PIN is checked until the
    lock runs out. A right PIN gives its number back (the count returns to 0).
    """
    now = clock()
    with explained_errors(), warehouse.sessions.begin() as session:
        try:
            operator = _operator(session, login)
        except NotFound:
            raise SignInRefused("no such operator; tap your name or scan your badge") from None
        if not operator.active:
            raise SignInRefused(f"{operator.display_name} is disabled; ask an admin")
        operator_id, stored = operator.id, operator.pin_hash
        if operator.locked_until and operator.locked_until <= now:  # run out: a fresh start
            session.execute(
                update(m.Operator)
                .where(m.Operator.id == operator_id, m.Operator.locked_until <= now)
                .values(locked_until=None, failed_pins=0)
            )
        lock_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        taken = session.execute(
            update(m.Operator)
            .where(
                m.Operator.id == operator_id,
                m.Operator.failed_pins < MAX_WRONG_PINS,
                (m.Operator.locked_until.is_(None)) | (m.Operator.locked_until <= now),
            )
            .values(failed_pins=m.Operator.failed_pins + 1)
            .returning(m.Operator.failed_pins)
        ).scalar()
        if taken is None:  # five tries are taken (or a lock holds): no PIN is checked
            until = session.scalar(
                select(m.Operator.locked_until).where(m.Operator.id == operator_id)
            )
            raise Locked(until or lock_until)
        if taken >= MAX_WRONG_PINS:  # the last try: the lock holds while it is checked
            session.execute(
                update(m.Operator)
                .where(m.Operator.id == operator_id)
                .values(locked_until=lock_until)
            )
    if pin_matches(pin, stored):
        with explained_errors(), warehouse.sessions.begin() as session:
            session.execute(
                update(m.Operator)
                .where(m.Operator.id == operator_id)
                .values(failed_pins=0, locked_until=None)
            )
            operator = _operator(session, login)
            return _signed_in(session, operator, station_id, "pin", now)
    if taken < MAX_WRONG_PINS:
        raise WrongPin(MAX_WRONG_PINS - taken)
    with explained_errors(), warehouse.sessions.begin() as session:
        record(
            session,
            None,
            "operator_locked",
            "operator",
            login,
            after={"until": lock_until.isoformat()},
            station_id=station_id,
            at=now,
        )
    raise Locked(lock_until)


def _signed_in(
    session: Session, operator: m.Operator, station_id: int | None, how: str, at: dt.datetime
) -> Actor:
    """The operator as an Actor at the station, with the sign-in in the audit trail."""
    actor = actor_of(operator, station_id)
    record(session, actor, "signed_in", "operator", operator.login, after={"with": how}, at=at)
    return actor


def sign_in_with_badge(
    warehouse: Warehouse, code: str, station_id: int | None, clock: Clock = dt.datetime.now
) -> Actor:
    """The operator whose badge was scanned, as an Actor."""
    with explained_errors(), warehouse.sessions.begin() as session:
        operator = session.scalars(
            select(m.Operator)
            .options(selectinload(m.Operator.roles))
            .where(m.Operator.badge_code == code.strip())
        ).first()
        if operator is None:
            raise SignInRefused("this badge belongs to no operator; ask an admin to register it")
        if not operator.active:
            raise SignInRefused(f"{operator.display_name} is disabled; ask an admin")
        return _signed_in(session, operator, station_id, "badge", clock())


def is_badge(warehouse: Warehouse, code: str) -> bool:
    """Whether a scanned code is an operator's badge (so the scan means 'switch operator')."""
    with explained_errors(), warehouse.sessions() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(m.Operator)
                .where(m.Operator.badge_code == code.strip())
            )
            == 1
        )
