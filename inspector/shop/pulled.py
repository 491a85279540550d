"""A pulled return becomes an RMA through the same checks as a file import, all or nothing
per return; the shop's ids stay on the RMA, its lines and its parcels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum import ean

from db import models as m
from db.vocabulary import RETURN_REASONS
from inspector.core.errors import rma_named
from inspector.rmas.import_files import SourceRow
from inspector.rmas.rma_import import ImportReport, RmaIn, apply_rmas, gather
from inspector.shop.connector import ReturnIn, ReturnLineIn
from inspector.shop.shop_settings import ShopSettings

# Shopify order sources the dock counts as its own web shop, or as a store's till.
_WEB_SOURCES = {"web", "shopify_draft_order", "iphone", "android", "checkout_next", "online_store"}
_STORE_SOURCES = {"pos"}
_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass
class StoredReturns:
    """What one page of pulled returns did to the RMAs."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (return, what is wrong)
    warnings: list[str] = field(default_factory=list)
    days: set = field(default_factory=set)


def channel_of(source: str | None) -> str:
    name = (source or "web").strip().lower()
    if name in _WEB_SOURCES:
        return "web"
    if name in _STORE_SOURCES:
        return "store"
    return "marketplace"


def reason_of(handle: str | None) -> str:
    """The app's reason for a shop reason handle; one it does not know is OTHER."""
    if not handle:
        return "UNKNOWN"
    word = handle.strip().upper().replace("-", "_").replace(" ", "_")
    return word if word in RETURN_REASONS and word != "UNKNOWN" else "OTHER"


def _barcode(line: ReturnLineIn, where: str, warnings: list[str]) -> tuple[str, str | None]:
    """(what the import checks as the UPC, what is kept as given besides)."""
    code = (line.barcode or "").strip()
    if not code:
        return "", None
    if code.isdigit() and len(code) in (8, 12, 13, 14) and ean.is_valid(code):
        return code, None
    if len(code) > 14:
        warnings.append(
            f"{where}: barcode '{code[:40]}' is no GTIN and longer than 14 characters: not "
            "kept; the grader confirms the item by eye"
        )
        return "", None
    warnings.append(f"{where}: barcode '{code}' is no GTIN with a valid check digit; kept as given")
    return "", code


def _sku(line: ReturnLineIn) -> str:
    if line.sku:
        return line.sku
    tail = (line.variant_id or line.shop_id).rsplit("/", 1)[-1]
    return f"SHOP-{tail}"[:64]


def _fits(value: str | None, limit: int, what: str, where: str, warnings: list[str]) -> str:
    if value and len(value) > limit:
        warnings.append(f"{where}: {what} is longer than {limit} characters; left out")
        return ""
    return value or ""


def rows_of(
    ret: ReturnIn, settings: ShopSettings, warnings: list[str]
) -> tuple[list[SourceRow], dict[str, str]]:
    """The return as import rows, one per SKU (lines of the same SKU are added up); and the
    barcodes kept as given, by SKU."""
    where = f"return {ret.name or ret.shop_id}"
    trackings = []
    for _id, number, _carrier in ret.deliveries:
        cleaned = _SEPARATORS.sub("", number).upper()
        if cleaned not in trackings:
            trackings.append(cleaned)
    common = {
        "rma_number": ret.name,
        "rma_created": ret.created_on.isoformat(),
        "order_number": ret.order_name,
        "order_date": ret.order_date.isoformat() if ret.order_date else "",
        "delivered_date": ret.delivered_date.isoformat() if ret.delivered_date else "",
        "channel": channel_of(ret.source_name),
        "customer_id": _fits(ret.customer_id, 64, "the customer id", where, warnings),
        "customer_email": _fits(ret.email, 200, "the customer's e-mail", where, warnings),
        "customer_country": ret.country or "",
        "customer_region": _fits(ret.region, 80, "the customer's region", where, warnings),
        "customer_postal_code": _fits(ret.postal_code, 16, "the postal code", where, warnings),
        "tracking_numbers": " ".join(trackings),
    }
    by_sku: dict[str, dict[str, str]] = {}
    kept: dict[str, str] = {}
    for line in ret.lines:
        sku = _sku(line)
        here = f"{where}, SKU {sku}"
        upc, as_given = _barcode(line, here, warnings)
        if as_given:
            kept[sku] = as_given
        comment = " / ".join(t for t in (line.reason_note, line.customer_note) if t)
        row = by_sku.get(sku)
        if row is not None:
            row["quantity"] = str(int(row["quantity"]) + line.quantity)
            row["customer_comment"] = " / ".join(t for t in (row["customer_comment"], comment) if t)
            continue
        category = settings.category_for(line.product_type, line.category_name, *line.tags)
        by_sku[sku] = {
            **common,
            "sku": sku,
            "product_name": (line.title or sku)[:200],
            "category": category or "other",
            "upc": upc,
            "unit_price": line.unit_price or "",
            "quantity": str(line.quantity),
            "reason": reason_of(line.reason_handle),
            "customer_comment": comment,
        }
    return [SourceRow(where, values) for values in by_sku.values()], kept


def store_returns(
    session: Session, returns: list[ReturnIn], settings: ShopSettings
) -> StoredReturns:
    """Make or update an RMA for each return, each in a savepoint of its own."""
    outcome = StoredReturns()
    for ret in returns:
        name = ret.name or ret.shop_id
        if ret.problems:
            outcome.problems.extend((name, p) for p in ret.problems)
            continue
        if not ret.lines:
            outcome.problems.append((name, "the return has no lines"))
            continue
        warnings: list[str] = []
        rows, kept = rows_of(ret, settings, warnings)
        rmas, row_problems = gather(rows)
        if row_problems or len(rmas) != 1:
            outcome.problems.extend((name, p.message) for p in row_problems)
            continue
        report = ImportReport(rows=len(rows))
        savepoint = session.begin_nested()
        try:
            problems = [p.message for p in apply_rmas(session, rmas, report)]
            if not problems:
                problems = _shop_ids(session, ret, rmas[0], kept)
        except IntegrityError:
            problems = [
                "another station stored the same return a moment ago; pulled again next time"
            ]
        if problems:
            savepoint.rollback()
            outcome.problems.extend((name, _shop_words(p)) for p in problems)
            continue
        savepoint.commit()
        outcome.warnings.extend(warnings)
        action = report.changed_rmas.get(ret.name)
        if action == "rma_imported":
            outcome.new.append(ret.name)
        elif action:
            outcome.updated.append(ret.name)
        else:
            outcome.unchanged += 1
        if action:
            outcome.days.add(ret.created_on)
            if ret.order_date:
                outcome.days.add(ret.order_date)
    return outcome


def _shop_words(message: str) -> str:
    return message.replace("was imported before", "was pulled before").replace(
        "the file says", "the shop says now"
    )


def _shop_ids(session: Session, ret: ReturnIn, rma_in: RmaIn, kept: dict[str, str]) -> list[str]:
    """Keep the shop's ids on the RMA, its order, lines, parcels and products."""
    rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == ret.name)).one()
    if rma.shop_return_id not in (None, ret.shop_id):
        return [
            f"{rma_named(ret.name)} already stands for another shop return ({rma.shop_return_id})"
        ]
    rma.shop_return_id = ret.shop_id
    if rma.order.shop_order_id is None:
        rma.order.shop_order_id = ret.order_id[:64] or None
    numbers = {_SEPARATORS.sub("", n).upper(): i for i, n, _c in ret.deliveries}
    for tracking in rma.trackings:
        if tracking.shop_delivery_id is None and tracking.tracking_number in numbers:
            tracking.shop_delivery_id = numbers[tracking.tracking_number][:64] or None
    lines_by_sku = {line.product.sku: line for line in rma.lines}
    held = {
        s.return_line_item_id: s
        for s in session.scalars(
            select(m.ShopLine).where(m.ShopLine.rma_line_id.in_([x.id for x in rma.lines]))
        )
    }
    for line in ret.lines:
        sku = _sku(line)
        rma_line = lines_by_sku[sku]
        if rma_line.reason_name is None and line.reason_name:
            rma_line.reason_name = line.reason_name[:120]
        product = rma_line.product
        if product.shop_product_type is None and line.product_type:
            product.shop_product_type = line.product_type[:255]
        tags = sorted({t.strip().lower()[:64] for t in line.tags if t.strip()})[:50]
        if tags and product.shop_tags != tags:
            product.shop_tags = tags  # the policy's final sale and conditions may name a tag
        if product.upc is None and sku in kept:
            product.upc = kept[sku]
        old = held.get(line.shop_id)
        if old is not None:
            if old.rfo_line_item_id is None and line.rfo_line_item_id:
                old.rfo_line_item_id = line.rfo_line_item_id[:64]
            continue
        session.add(
            m.ShopLine(
                rma_line_id=rma_line.id,
                return_line_item_id=line.shop_id[:64],
                rfo_line_item_id=(line.rfo_line_item_id or "")[:64] or None,
                quantity=line.quantity,
                reason_handle=(line.reason_handle or "")[:80] or None,
                inventory_item_id=(line.inventory_item_id or "")[:64] or None,
            )
        )
    session.flush()
    return []
