"""Operators for tests: one per role, signed in, with known PINs."""

from __future__ import annotations

from inspector.core.warehouse import Warehouse
from inspector.people.operators import (
    add_operator,
    create_first_admin,
    sign_in_with_badge,
    sign_in_with_pin,
)
from inspector.people.roles import Actor

PINS = {"admin": "9000", "dock": "1000", "grader": "2000", "supervisor": "3000"}


def staff(warehouse: Warehouse) -> dict[str, Actor]:
    """An admin (the first operator) and one operator for each other role, signed in: the admin
    with the PIN, the others with their badges (a PIN check is a 60 ms scrypt, and this runs
    for some 400 tests; PIN sign-in has tests of its own)."""
    create_first_admin(warehouse, "admin", "Ada Admin", PINS["admin"])
    admin = sign_in_with_pin(warehouse, "admin", PINS["admin"], None)
    actors = {"admin": admin}
    for role in ("dock", "grader", "supervisor"):
        add_operator(
            warehouse,
            admin,
            role,
            f"{role.title()} Person",
            {role},
            PINS[role],
            badge=f"BADGE-{role.upper()}",
        )
        actors[role] = sign_in_with_badge(warehouse, f"BADGE-{role.upper()}", None)
    return actors
