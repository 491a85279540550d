"""Writing RMA import files (CSV, XLSX, JSON) the way a shop platform would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from inspector.rmas.import_files import COLUMNS


def row(**values: str) -> dict[str, str]:
    """A good row; keyword arguments replace fields."""
    base = {
        "rma_number": "R-1001",
        "rma_created": "2026-11-20",
        "order_number": "SO-5001",
        "order_date": "2026-11-01",
        "delivered_date": "2026-11-05",
        "channel": "web",
        "customer_id": "CUST-1",
        "customer_email": "a@example.com",
        "customer_country": "US",
        "customer_region": "CA",
        "customer_postal_code": "94105",
        "sku": "SKU-1",
        "product_name": "Trail Shoe",
        "category": "footwear",
        "upc": "036000291452",
        "unit_price": "89.99",
        "quantity": "1",
        "reason": "SIZE_TOO_SMALL",
        "customer_comment": "too small",
        "tracking_numbers": "1Z999AA10123456784",
    }
    base.update(values)
    return base


def write_csv(path: Path, rows: list[dict[str, str]], bom: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_json(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[dict], numeric: tuple[str, ...] = ()) -> Path:
    """An XLSX with the given columns stored as numbers, as Excel does when it guesses."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    for values in rows:
        sheet.append(
            [
                int(values[c]) if c in numeric and values.get(c) else values.get(c, "")
                for c in COLUMNS
            ]
        )
    book.save(path)
    return path
