"""The longest text and the largest number each column holds, read from the models, so that a
value is refused in words before the database sees it, the same on SQLite (which would store it
whole) and PostgreSQL (which would fail the whole transaction)."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import ColumnElement, Integer, String

from inspector.core.errors import InspectorError

# PostgreSQL's INTEGER (and SQLite's, as far as the app is concerned): 32 bits, signed.
INTEGER_MAX = 2**31 - 1


class TooLong(InspectorError):
    """A text is longer than its column holds."""


def length_of(column: ColumnElement[Any]) -> int | None:
    """How many characters the column holds; None when it has no limit (Text)."""
    kind = column.type
    return kind.length if isinstance(kind, String) else None


def too_long(column: ColumnElement[Any], value: str | None) -> str | None:
    """Words saying how a text overruns its column, or None when it fits."""
    limit = length_of(column)
    if value is None or limit is None or len(value) <= limit:
        return None
    return f"is {len(value):,} characters long; at most {limit} fit"


def check_text(column: ColumnElement[Any], value: str | None, what: str) -> str | None:
    """The value, or TooLong naming `what` when it does not fit its column."""
    problem = too_long(column, value)
    if problem:
        raise TooLong(f"{what} {problem}")
    return value


def out_of_range(column: ColumnElement[Any], value: float | int | None) -> str | None:
    """Words saying a number cannot be stored in an integer column, or None when it can."""
    if value is None or not isinstance(column.type, Integer):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "is not a number"
    if abs(value) > INTEGER_MAX:
        return f"is too large (at most {INTEGER_MAX:,})"
    return None
