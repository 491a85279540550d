"""Reading an RMA file (CSV, XLSX or JSON) into rows of text, each with where it came from."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.core.errors import InspectorError

COLUMNS = (
    "rma_number",
    "rma_created",
    "order_number",
    "order_date",
    "delivered_date",
    "channel",
    "customer_id",
    "customer_email",
    "customer_country",
    "customer_region",
    "customer_postal_code",
    "sku",
    "product_name",
    "category",
    "upc",
    "unit_price",
    "quantity",
    "reason",
    "customer_comment",
    "tracking_numbers",
)
REQUIRED = ("rma_number", "order_number", "sku", "quantity")


@dataclass(frozen=True)
class SourceRow:
    """One row as read: `where` is what a person finds it by (a line or an item number)."""

    where: str
    values: dict[str, str]


class UnreadableFile(InspectorError):
    """The file is not a CSV, XLSX or JSON RMA file this app can read."""


def read_rows(path: Path) -> list[SourceRow]:
    """Read every row of an RMA file; the kind is told by its content, not only its name."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot be read ({exc.strerror})") from None
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            f"{path}: not a CSV, XLSX or JSON file (it is not UTF-8 text nor an Excel workbook)"
        ) from None
    if "\x00" in text:
        raise UnreadableFile(f"{path}: not a CSV, XLSX or JSON file (it holds binary data)")
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        return _read_json(path, stripped)
    return _read_csv(path, text)


def _check_header(path: Path, header: list[str]) -> list[str]:
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise UnreadableFile(
            f"{path}: the header lacks the column(s) {', '.join(missing)}; see "
            "docs/import-format.md for the layout"
        )
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown:
        raise UnreadableFile(
            f"{path}: unknown column(s) {', '.join(unknown)}; see docs/import-format.md"
        )
    duplicated = sorted({n for n in names if n and names.count(n) > 1})
    if duplicated:
        raise UnreadableFile(f"{path}: the column(s) {', '.join(duplicated)} appear twice")
    return names


def _read_csv(path: Path, text: str) -> list[SourceRow]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise UnreadableFile(f"{path}: the file is empty") from None
    except csv.Error as exc:
        raise UnreadableFile(f"{path}: not a readable CSV file ({exc})") from None
    names = _check_header(path, header)
    rows = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            line = reader.line_num
            values = {
                n: (record[i].strip() if i < len(record) else "") for i, n in enumerate(names) if n
            }
            if len(record) > len(names) and any(c.strip() for c in record[len(names) :]):
                values["__extra__"] = "more cells than the header has columns"
            rows.append(SourceRow(f"line {line}", values))
    except csv.Error as exc:
        raise UnreadableFile(f"{path}: line {reader.line_num}: not readable CSV ({exc})") from None
    return rows


def _cell_text(value: Any) -> str:
    """An Excel cell as text, without float noise or scientific notation."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(path: Path, data: bytes) -> list[SourceRow]:
    """The first sheet's rows. A formula cell counts with the value Excel saved with it; one
    with no saved value (a file written by a program that does not compute) is said to be a
    formula, rather than read as empty. A damaged workbook is said in one line."""
    try:
        header, records, formulas = _sheet_cells(data, with_values=False)
        if formulas:
            _, saved, _ = _sheet_cells(data, with_values=True)
    except UnreadableFile:
        raise
    except RecursionError:
        raise UnreadableFile(f"{path}: not a readable XLSX workbook (nested too deep)") from None
    except Exception as exc:  # noqa: BLE001 - a damaged zip or XML raises many kinds
        raise UnreadableFile(
            f"{path}: not a readable XLSX workbook (damaged: {type(exc).__name__}); save it "
            "again from "
            "Excel or export it as CSV"
        ) from None
    if header is None:
        raise UnreadableFile(f"{path}: the first sheet is empty")
    names = _check_header(path, [_cell_text(h) for h in header])
    rows = []
    for number, record in records:
        cells = [_cell_text(value) for value in record]
        if not any(cells) and not any((number, i) in formulas for i in range(len(record))):
            continue
        unsaved: list[tuple[str, str]] = []
        for i, name in enumerate(names):
            if (number, i) not in formulas or not name:
                continue
            value = saved.get(number, ())[i] if i < len(saved.get(number, ())) else None
            if value is None:
                unsaved.append((name, str(record[i])[:40]))
                cells[i] = ""
            else:
                cells[i] = _cell_text(value)
        values = {n: (cells[i] if i < len(cells) else "") for i, n in enumerate(names) if n}
        if unsaved:
            said = "; ".join(f"{n} holds a formula ({f}) with no saved value" for n, f in unsaved)
            values["__extra__"] = said + ": open the file in Excel and save it, or paste the values"
            values["__formulas__"] = ",".join(n for n, _ in unsaved)
        rows.append(SourceRow(f"row {number}", values))
    return rows


def _sheet_cells(data: bytes, with_values: bool) -> tuple[tuple[Any, ...] | None, Any, Any]:
    """Read the first sheet: (header, [(row number, cells)], formula cells) as formulas, or
    (None, {row number: saved values}, None) with the values Excel saved."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=with_values)
    try:
        sheet = book.worksheets[0]
        if with_values:
            return None, dict(enumerate(sheet.iter_rows(values_only=True), start=1)), None
        header: tuple[Any, ...] | None = None
        records: list[tuple[int, tuple[Any, ...]]] = []
        formulas: set[tuple[int, int]] = set()
        for number, row in enumerate(sheet.iter_rows(), start=1):
            values = tuple(getattr(cell, "value", None) for cell in row)
            if number == 1:
                header = values
                continue
            for i, cell in enumerate(row):
                if getattr(cell, "data_type", None) == "f":
                    formulas.add((number, i))
            records.append((number, values))
        return header, records, formulas
    finally:
        book.close()


def _read_json(path: Path, text: str) -> list[SourceRow]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise UnreadableFile(
            f"{path}: the JSON is nested too deep to be an RMA file (rows are objects in a list)"
        ) from None
    items = document.get("rows") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise UnreadableFile(
            f"{path}: JSON must be a list of row objects, or an object with a 'rows' list"
        )
    rows = []
    for number, item in enumerate(items, start=1):
        where = f"item {number}"
        if not isinstance(item, dict):
            rows.append(SourceRow(where, {"__extra__": "is not an object"}))
            continue
        values: dict[str, str] = {}
        for key, value in item.items():
            name = str(key).strip().lower()
            if name not in COLUMNS:
                values["__extra__"] = f"unknown field '{key}'"
                continue
            if name == "tracking_numbers" and isinstance(value, list):
                values[name] = " ".join(str(v) for v in value)
            elif isinstance(value, float) and name != "unit_price":
                values[name] = _cell_text(value)
            elif isinstance(value, dict | list):
                values["__extra__"] = f"field '{key}' must be text or a number"
            else:
                values[name] = "" if value is None else str(value).strip()
        rows.append(SourceRow(where, values))
    return rows
