"""Who may do what: roles, the actions they allow, and the check every service makes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from db.vocabulary import ROLES
from inspector.core.errors import InspectorError

__all__ = ["NEEDS", "ROLES", "WORDS", "Action", "Actor", "NotAllowed", "check_roles", "require"]


class Action(str, Enum):
    """A guarded action. NEEDS says which role allows it; a person may hold several roles."""

    RECEIVE = "receive"
    GRADE = "grade"
    OVERRIDE = "override"
    RESOLVE_UNKNOWN = "resolve_unknown"
    EXPORT = "export"
    IMPORT = "import"
    CONFIGURE = "configure"
    MANAGE_OPERATORS = "manage_operators"
    MANAGE_STATIONS = "manage_stations"
    BACKUP = "backup"
    CONNECT_SHOP = "connect_shop"
    RESOLVE_OUTBOX = "resolve_outbox"
    DECIDE_REQUESTS = "decide_requests"
    REPAIR = "repair"


NEEDS: dict[Action, str] = {
    Action.RECEIVE: "dock",
    Action.GRADE: "grader",
    Action.OVERRIDE: "supervisor",
    Action.RESOLVE_UNKNOWN: "supervisor",
    Action.EXPORT: "supervisor",
    Action.IMPORT: "supervisor",
    Action.CONFIGURE: "supervisor",
    Action.MANAGE_OPERATORS: "admin",
    Action.MANAGE_STATIONS: "admin",
    Action.BACKUP: "admin",
    Action.CONNECT_SHOP: "admin",
    Action.RESOLVE_OUTBOX: "supervisor",
    Action.DECIDE_REQUESTS: "supervisor",
    Action.REPAIR: "admin",
}

WORDS: dict[Action, str] = {
    Action.RECEIVE: "receive parcels",
    Action.GRADE: "grade units",
    Action.OVERRIDE: "override a disposition",
    Action.RESOLVE_UNKNOWN: "resolve unknown parcels",
    Action.EXPORT: "export reports",
    Action.IMPORT: "import RMAs",
    Action.CONFIGURE: "change checklists, rules, bins or printers",
    Action.MANAGE_OPERATORS: "manage operators",
    Action.MANAGE_STATIONS: "manage stations",
    Action.BACKUP: "back up the database",
    Action.CONNECT_SHOP: "connect the shop",
    Action.RESOLVE_OUTBOX: "retry or skip what goes to the shop",
    Action.DECIDE_REQUESTS: "approve or decline requested returns",
    Action.REPAIR: "check and repair the database",
}


@dataclass(frozen=True)
class Actor:
    """The person behind an action, and the station they are at."""

    operator_id: int
    login: str
    display_name: str
    roles: frozenset[str]
    station_id: int | None = None

    def may(self, action: Action) -> bool:
        return NEEDS[action] in self.roles


class NotAllowed(InspectorError):
    """The signed-in person's roles do not allow the action (or no one is signed in)."""

    def __init__(self, actor: Actor | None, action: Action) -> None:
        self.actor = actor
        self.action = action
        self.needed = NEEDS[action]
        if actor is None:
            message = f"sign in to {WORDS[action]}; it needs the {NEEDS[action]} role"
        else:
            held = ", ".join(sorted(actor.roles)) or "no role"
            message = (
                f"{actor.display_name} ({held}) may not {WORDS[action]}: that needs the "
                f"{NEEDS[action]} role"
            )
        super().__init__(message)


def require(actor: Actor | None, action: Action) -> Actor:
    """Return the actor if their roles allow the action; raise NotAllowed otherwise."""
    if actor is None or not actor.may(action):
        raise NotAllowed(actor, action)
    return actor


def check_roles(roles: set[str] | frozenset[str]) -> frozenset[str]:
    """The roles as a set, or an error naming the unknown ones."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise InspectorError(
            f"unknown role(s) {', '.join(sorted(unknown))}; the roles are {', '.join(ROLES)}"
        )
    if not roles:
        raise InspectorError(f"give at least one role: {', '.join(ROLES)}")
    return frozenset(roles)
