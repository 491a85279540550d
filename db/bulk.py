"""Fast loading of many rows at once (the demo warehouse): executemany or COPY."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table, text


def _sqlite_converter(column_type: Any) -> Callable[[Any], Any] | None:
    """How a value of this column type is written, in the text forms SQLAlchemy's SQLite
    types use (so the ORM reads it back); None where the driver takes it as it is."""
    if isinstance(column_type, DateTime):
        return lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(column_type, Date):
        return lambda v: v.isoformat()
    if isinstance(column_type, JSON):
        return lambda v: json.dumps(v, ensure_ascii=False)
    return None


def insert_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple]
) -> int:
    """Insert plain tuples in the given column order; return how many were written."""
    dialect = connection.dialect.name
    names = ", ".join(columns)
    raw = connection.connection.driver_connection
    assert raw is not None, "the connection is closed"
    count = 0
    if dialect == "sqlite":
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        convert = [
            (i, f) for i, c in enumerate(columns) if (f := _sqlite_converter(table.c[c].type))
        ]

        def written(row: tuple) -> list:
            values = list(row)
            for i, f in convert:
                if values[i] is not None:
                    values[i] = f(values[i])
            return values

        batch = [written(row) for row in rows] if convert else list(rows)
        raw.cursor().executemany(sql, batch)
        return len(batch)
    if dialect == "postgresql":
        json_cols = {i for i, c in enumerate(columns) if isinstance(table.c[c].type, JSON)}
        with raw.cursor().copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                if json_cols:
                    row = tuple(
                        json.dumps(v, ensure_ascii=False) if i in json_cols else v
                        for i, v in enumerate(row)
                    )
                copy.write_row(row)
                count += 1
        return count
    raise ValueError(f"bulk loading is not written for {dialect}")


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After loading explicit ids into PostgreSQL, move each id sequence past them."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


@contextmanager
def roomy_cache(connection: Connection, megabytes: int = 512) -> Iterator[None]:
    """Give SQLite a large page cache while one transaction writes millions of rows.

    With the default 2 MB cache, index pages spill to the WAL again and again and the load
    spends most of its time writing; with room, each page is written about once.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{megabytes * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")
