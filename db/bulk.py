"""Fast loading of many rows at once (the demo warehouse): executemany or COPY."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, text


def _sqlite_value(value: Any) -> Any:
    # The same text forms SQLAlchemy's SQLite types write, so the ORM reads them back.
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


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
        batch = [tuple(_sqlite_value(v) for v in row) for row in rows]
        raw.cursor().executemany(sql, batch)
        return len(batch)
    if dialect == "postgresql":
        json_cols = {i for i, c in enumerate(columns) if _is_json(table, c)}
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


def _is_json(table: Table, column: str) -> bool:
    return table.c[column].type.__class__.__name__ == "JSON"


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
