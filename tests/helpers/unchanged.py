"""Proof that a refused action changed nothing: every table's rows, before and after.

A refusal must leave no row behind: no unit, no audit event, no outbox event, no print job, no
half-written setting. `snapshot` reads every table of the live database (reflected, so a table
added later is covered without a change here), all columns, ordered by primary key; tests'
databases are small. `unchanged` is the context manager a refusal test wraps its call in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import MetaData, select

from inspector.core.warehouse import Warehouse

Rows = dict[str, list[tuple[Any, ...]]]


def snapshot(warehouse: Warehouse) -> Rows:
    """Every table's rows (all columns), ordered by primary key (by every column without one)."""
    metadata = MetaData()
    metadata.reflect(bind=warehouse.engine)
    rows: Rows = {}
    with warehouse.engine.connect() as connection:
        for table in metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            result = connection.execute(select(table).order_by(*order))
            rows[table.name] = [tuple(row) for row in result]
    return rows


def differences(before: Rows, after: Rows) -> list[str]:
    """What changed, table by table, in words a failing test can print."""
    found = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old == new:
            continue
        added = [row for row in new if row not in old]
        removed = [row for row in old if row not in new]
        found.append(f"{name}: added {added}, removed or changed {removed}")
    return found


@contextmanager
def unchanged(warehouse: Warehouse) -> Iterator[Rows]:
    """Fail if any row of any table differs after the block (raised or not) from before it."""
    before = snapshot(warehouse)
    try:
        yield before
    finally:
        changed = differences(before, snapshot(warehouse))
        assert not changed, "a refused action changed the database:\n" + "\n".join(changed)


def refused(
    warehouse: Warehouse, error: type[Exception], words: str, act: Callable[[], object]
) -> Exception:
    """Run `act`, which must raise `error` with `words` in its message (a plain substring, not
    a pattern) and leave every table as it was; the error, for more checks."""
    with unchanged(warehouse):
        try:
            act()
        except error as exc:
            assert type(exc) is error, f"{type(exc).__name__} ({exc!s}), not {error.__name__}"
            assert words in str(exc), f"{type(exc).__name__}: {exc!s} does not say {words!r}"
            return exc
    raise AssertionError(f"{error.__name__} ({words!r}) was not raised")
