"""Checking the rows of an RMA file: each row's fields against the vocabulary, then the rows
grouped by RMA, which must agree with each other. Nothing here touches the database."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from stdnum import ean

from db import models as m
from db.vocabulary import CATEGORIES, CHANNELS, RETURN_REASONS
from inspector.core.errors import rma_named
from inspector.core.limits import INTEGER_MAX, length_of, too_long
from inspector.rmas.import_files import SourceRow

# A return line's pieces are graded one by one, and opening an RMA makes a row for each: no
# return holds a thousand of one SKU, so more is a typo (a quantity of 1,000,000 once built a
# million pieces, 336 MB, when the RMA was opened).
MAX_QUANTITY = 999

# Each text field and the column it is stored in: its limit is the column's (db/models.py).
TEXT_COLUMNS = {
    "rma_number": m.Rma.__table__.c.rma_number,
    "order_number": m.Order.__table__.c.order_number,
    "sku": m.Product.__table__.c.sku,
    "product_name": m.Product.__table__.c.name,
    "customer_id": m.Customer.__table__.c.external_id,
    "customer_email": m.Customer.__table__.c.email,
    "customer_region": m.Customer.__table__.c.region,
    "customer_postal_code": m.Customer.__table__.c.postal_code,
}
_TRACKING_LENGTH = length_of(m.RmaTracking.__table__.c.tracking_number) or 40
_TRACKING = re.compile(rf"[0-9A-Z]{{8,{_TRACKING_LENGTH}}}")


def shown(text: str, most: int = 40) -> str:
    """A value as a message quotes it: whole when short, else its start and its length."""
    if len(text) <= most:
        return text
    return f"{text[:most]}... ({len(text):,} characters)"


@dataclass(frozen=True)
class RowProblem:
    where: str
    message: str


@dataclass
class RmaLineIn:
    where: str
    sku: str
    product_name: str
    category: str
    upc: str | None
    unit_price_cents: int | None
    quantity: int
    reason: str
    comment: str


@dataclass
class RmaIn:
    """One RMA gathered from its rows; the first row's RMA-level fields rule."""

    where: str
    rma_number: str
    created_on: dt.date
    order_number: str
    order_date: dt.date | None
    delivered_date: dt.date | None
    channel: str
    customer_id: str | None
    customer_email: str | None
    customer_country: str | None
    customer_region: str | None
    customer_postal_code: str | None
    tracking_numbers: list[str] = field(default_factory=list)
    lines: list[RmaLineIn] = field(default_factory=list)


def _date(values: dict[str, str], name: str, problems: list[str]) -> dt.date | None:
    text = values.get(name, "")
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{name} '{shown(text)}' is not a date like 2026-11-26")
        return None


def _money_cents(text: str, problems: list[str]) -> int | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "").lstrip("$"))
    except InvalidOperation:
        problems.append(f"unit_price '{shown(text)}' is not an amount like 19.99")
        return None
    if not value.is_finite():
        problems.append(f"unit_price '{shown(text)}' is not an amount like 19.99")
        return None
    if value < 0:
        problems.append(f"unit_price '{shown(text)}' must not be negative")
        return None
    if value * 100 > INTEGER_MAX:
        problems.append(
            f"unit_price '{shown(text)}' is too large (at most {INTEGER_MAX / 100:,.2f})"
        )
        return None
    return int((value * 100).quantize(Decimal(1)))


def _upc(text: str, problems: list[str]) -> str | None:
    if not text:
        return None
    digits = text.replace(" ", "")
    # ean.is_valid also reads '-' between digits; a UPC is kept as its digits alone.
    if digits.isdigit() and len(digits) == 11 and ean.is_valid("0" + digits):
        digits = "0" + digits  # a UPC-A that a spreadsheet stored as a number
    if not (digits.isdigit() and ean.is_valid(digits)):
        problems.append(f"upc '{shown(text)}' is not a UPC/EAN with a valid check digit")
        return None
    return digits


def parse_row(row: SourceRow) -> tuple[RmaIn | None, list[str]]:
    """Check one row; return the RMA it describes (with its one line) and what is wrong."""
    v = row.values
    problems: list[str] = []
    if "__extra__" in v:
        problems.append(v["__extra__"])
    formulas = set(v.get("__formulas__", "").split(","))  # said in __extra__ already
    for name in ("rma_number", "order_number", "sku", "quantity"):
        if not v.get(name) and name not in formulas:
            problems.append(f"{name} is empty")
    for name, column in TEXT_COLUMNS.items():
        overrun = too_long(column, v.get(name))
        if overrun:
            problems.append(f"{name} {overrun}")
    if not v.get("customer_id") and v.get("customer_email"):  # the email is then the id
        overrun = too_long(TEXT_COLUMNS["customer_id"], v["customer_email"])
        if overrun:
            problems.append(f"customer_email, the customer's id here, {overrun}")
    quantity = 0
    if v.get("quantity"):
        try:
            quantity = int(v["quantity"])
        except ValueError:
            problems.append(f"quantity '{shown(v['quantity'])}' is not a whole number")
        else:
            if quantity < 1:
                problems.append(f"quantity '{shown(v['quantity'])}' must be 1 or more")
            elif quantity > MAX_QUANTITY:
                problems.append(
                    f"quantity '{shown(v['quantity'])}' is more than {MAX_QUANTITY} pieces of one "
                    "SKU in one return: check the number"
                )
    created = _date(v, "rma_created", problems)
    order_date = _date(v, "order_date", problems)
    delivered = _date(v, "delivered_date", problems)
    if order_date and delivered and delivered < order_date:
        problems.append("delivered_date is before order_date")
    channel = (v.get("channel") or "web").lower()
    if channel not in CHANNELS:
        problems.append(f"channel '{shown(v['channel'])}' is not one of {', '.join(CHANNELS)}")
    category = (v.get("category") or "other").lower()
    if category not in CATEGORIES:
        problems.append(f"category '{shown(v['category'])}' is not one of {', '.join(CATEGORIES)}")
    reason = (v.get("reason") or "UNKNOWN").upper().replace(" ", "_").replace("-", "_")
    if reason not in RETURN_REASONS:
        problems.append(f"reason '{shown(v['reason'])}' is not one of {', '.join(RETURN_REASONS)}")
    country = v.get("customer_country", "").upper() or None
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(
            f"customer_country '{shown(country)}' is not a two-letter code like US or KR"
        )
    trackings = []
    for token in v.get("tracking_numbers", "").replace(",", " ").split():
        number = token.upper()
        if not _TRACKING.fullmatch(number):
            problems.append(
                f"tracking number '{shown(token)}' is not 8 to {_TRACKING_LENGTH} letters and "
                "digits"
            )
        trackings.append(number)
    if len(set(trackings)) != len(trackings):
        problems.append("a tracking number is listed twice")
    price = _money_cents(v.get("unit_price", ""), problems)
    upc = _upc(v.get("upc", ""), problems)
    if problems:
        return None, problems
    line = RmaLineIn(
        where=row.where,
        sku=v["sku"],
        product_name=v.get("product_name") or v["sku"],
        category=category,
        upc=upc,
        unit_price_cents=price,
        quantity=quantity,
        reason=reason,
        comment=v.get("customer_comment", ""),
    )
    rma = RmaIn(
        where=row.where,
        rma_number=v["rma_number"],
        created_on=created or dt.date.today(),
        order_number=v["order_number"],
        order_date=order_date,
        delivered_date=delivered,
        channel=channel,
        customer_id=v.get("customer_id") or v.get("customer_email") or None,
        customer_email=v.get("customer_email") or None,
        customer_country=country,
        customer_region=v.get("customer_region") or None,
        customer_postal_code=v.get("customer_postal_code") or None,
        tracking_numbers=trackings,
        lines=[line],
    )
    return rma, []


_RMA_FIELDS = ("order_number", "created_on", "customer_id")


def gather(rows: list[SourceRow]) -> tuple[list[RmaIn], list[RowProblem]]:
    """Check every row and group them by RMA; rows of one RMA must agree with each other."""
    problems: list[RowProblem] = []
    rmas: dict[str, RmaIn] = {}
    tracking_owner: dict[str, str] = {}
    for row in rows:
        parsed, row_problems = parse_row(row)
        problems.extend(RowProblem(row.where, p) for p in row_problems)
        if parsed is None:
            continue
        known = rmas.get(parsed.rma_number)
        if known is None:
            rmas[parsed.rma_number] = known = parsed
        else:
            clash = [f for f in _RMA_FIELDS if getattr(parsed, f) != getattr(known, f)]
            if clash:
                problems.append(
                    RowProblem(
                        row.where,
                        f"{', '.join(clash)} differs from {known.where} for RMA "
                        f"{parsed.rma_number}",
                    )
                )
                continue
            line = parsed.lines[0]
            if any(old.sku == line.sku for old in known.lines):
                problems.append(
                    RowProblem(
                        row.where,
                        f"SKU {line.sku} is listed twice for {rma_named(known.rma_number)}",
                    )
                )
                continue
            known.lines.append(line)
            for number in parsed.tracking_numbers:
                if number not in known.tracking_numbers:
                    known.tracking_numbers.append(number)
        for number in parsed.tracking_numbers:
            owner = tracking_owner.setdefault(number, parsed.rma_number)
            if owner != parsed.rma_number:
                problems.append(
                    RowProblem(
                        row.where, f"tracking number {number} also belongs to {rma_named(owner)}"
                    )
                )
    return list(rmas.values()), problems
