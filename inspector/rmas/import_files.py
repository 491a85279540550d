"""Reading an RMA file (CSV, XLSX or JSON) into rows of text, each with where it came from."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
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
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UnreadableFile(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        header = next(rows_iter, None)
        if header is None:
            raise UnreadableFile(f"{path}: the first sheet is empty")
        names = _check_header(path, [_cell_text(h) for h in header])
        rows = []
        for number, record in enumerate(rows_iter, start=2):
            cells = [_cell_text(v) for v in record]
            if not any(cells):
                continue
            values = {n: (cells[i] if i < len(cells) else "") for i, n in enumerate(names) if n}
            rows.append(SourceRow(f"row {number}", values))
        return rows
    finally:
        book.close()


def _read_json(path: Path, text: str) -> list[SourceRow]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
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
