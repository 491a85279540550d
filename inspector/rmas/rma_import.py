"""Importing RMAs from the shop: every row checked first (`import_rows`), then all written or
none."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError, rma_named
from inspector.core.warehouse import Warehouse
from inspector.people.audit import Change, record, record_many
from inspector.people.roles import Action, Actor, require
from inspector.reports.day_facts import forget_days
from inspector.rmas.carriers import carrier_of
from inspector.rmas.import_files import read_rows
from inspector.rmas.import_rows import RmaIn, RowProblem, gather
from inspector.rmas.return_window import request_by

_CHUNK = 500


class ImportRejected(InspectorError):
    """The file had bad rows; nothing was imported."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(
            f"{path}: {len(problems)} bad row(s), nothing imported; fix them and import again"
        )


@dataclass
class ImportReport:
    rows: int = 0
    rmas_new: int = 0
    rmas_unchanged: int = 0
    rmas_updated: int = 0
    lines_added: int = 0
    trackings_added: int = 0
    products_new: int = 0
    orders_new: int = 0
    customers_new: int = 0
    changed_rmas: dict[str, str] = field(default_factory=dict)  # RMA number -> what happened

    def summary(self) -> str:
        return (
            f"{self.rows} rows: {self.rmas_new} new RMAs, {self.rmas_updated} updated, "
            f"{self.rmas_unchanged} already imported; {self.products_new} new products, "
            f"{self.orders_new} new orders, {self.customers_new} new customers"
        )


def _fetch(session: Session, column: Any, values: set[str], *options: Any) -> dict[str, Any]:
    """The rows whose `column` is one of `values`, by that value, fetched in chunks."""
    found: dict[str, Any] = {}
    ordered = sorted(values)
    entity = column.class_
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        for obj in session.scalars(select(entity).where(column.in_(chunk)).options(*options)):
            found[getattr(obj, column.key)] = obj
    return found


def import_file(warehouse: Warehouse, path: Path, actor: Actor | None) -> ImportReport:
    """Import an RMA file all-or-nothing; raise ImportRejected listing every bad row.

    Needs the supervisor role; the import is recorded in the audit trail with the file's hash.
    """
    require(actor, Action.IMPORT)
    rows = read_rows(path)
    if not rows:
        raise InspectorError(f"{path}: the file has a header but no rows; nothing imported")
    rmas, problems = gather(rows)
    if problems:
        raise ImportRejected(path, problems)
    report = ImportReport(rows=len(rows))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with explained_errors(), warehouse.sessions.begin() as session:
        problems = _apply(session, rmas, report)
        if problems:
            session.rollback()
            raise ImportRejected(path, problems)
        # The analytics count these days again: they have new orders or RMAs now.
        forget_days(
            session, [r.created_on for r in rmas] + [r.order_date for r in rmas if r.order_date]
        )
        record_many(
            session,
            actor,
            [
                Change(
                    action,
                    "rma",
                    number,
                    after={"file": path.name, "sha256": digest},
                    rma_number=number,
                )
                for number, action in report.changed_rmas.items()
            ],
        )
        record(
            session,
            actor,
            "import",
            "file",
            path.name,
            after={
                "sha256": digest,
                "rows": report.rows,
                "rmas_new": report.rmas_new,
                "rmas_updated": report.rmas_updated,
                "rmas_unchanged": report.rmas_unchanged,
            },
        )
    return report


def apply_rmas(session: Session, rmas: list[RmaIn], report: ImportReport) -> list[RowProblem]:
    """Write checked RMAs in the caller's transaction (a file import, a shop pull); return
    what clashes with the RMAs already held (then the caller rolls back)."""
    return _apply(session, rmas, report)


def _apply(session: Session, rmas: list[RmaIn], report: ImportReport) -> list[RowProblem]:
    problems: list[RowProblem] = []
    products = _fetch(session, m.Product.sku, {ln.sku for r in rmas for ln in r.lines})
    customers = _fetch(
        session, m.Customer.external_id, {r.customer_id for r in rmas if r.customer_id}
    )
    orders = _fetch(
        session,
        m.Order.order_number,
        {r.order_number for r in rmas},
        selectinload(m.Order.lines).selectinload(m.OrderLine.product),
    )
    existing = _fetch(
        session,
        m.Rma.rma_number,
        {r.rma_number for r in rmas},
        selectinload(m.Rma.lines).selectinload(m.RmaLine.product),
    )
    trackings = _fetch(
        session,
        m.RmaTracking.tracking_number,
        {t for r in rmas for t in r.tracking_numbers},
        selectinload(m.RmaTracking.rma),
    )
    for rma_in in rmas:
        for line in rma_in.lines:
            if line.sku not in products:
                product = m.Product(
                    sku=line.sku,
                    name=line.product_name,
                    description="",
                    category=line.category,
                    upc=line.upc,
                    unit_cost_cents=0,
                    price_cents=line.unit_price_cents or 0,
                )
                session.add(product)
                products[line.sku] = product
                report.products_new += 1
        customer = None
        if rma_in.customer_id:
            customer = customers.get(rma_in.customer_id)
            if customer is None:
                customer = m.Customer(
                    external_id=rma_in.customer_id,
                    email=rma_in.customer_email,
                    country=rma_in.customer_country,
                    region=rma_in.customer_region,
                    postal_code=rma_in.customer_postal_code,
                )
                session.add(customer)
                customers[rma_in.customer_id] = customer
                report.customers_new += 1
        order = orders.get(rma_in.order_number)
        if order is None:
            order = m.Order(
                order_number=rma_in.order_number,
                customer=customer,
                channel=rma_in.channel,
                placed_on=rma_in.order_date,
                delivered_on=rma_in.delivered_date,
            )
            session.add(order)
            orders[rma_in.order_number] = order
            report.orders_new += 1
        _order_lines(order, rma_in, products)
        rma = existing.get(rma_in.rma_number)
        if rma is None:
            deadline = request_by(rma_in.delivered_date, rma_in.order_date)
            rma = m.Rma(
                rma_number=rma_in.rma_number,
                order=order,
                customer=customer,
                status="OPEN",
                created_on=rma_in.created_on,
                return_deadline=deadline,
            )
            session.add(rma)
            report.rmas_new += 1
            report.changed_rmas[rma_in.rma_number] = "rma_imported"
            changed = True
        else:
            if rma.order_id != order.id:
                problems.append(
                    RowProblem(
                        rma_in.where,
                        f"{rma_named(rma_in.rma_number)} was imported before with order "
                        f"{rma.order.order_number}, not {rma_in.order_number}",
                    )
                )
                continue
            changed = False
        changed |= _rma_lines(rma, rma_in, products, report, problems)
        for number in rma_in.tracking_numbers:
            owner = trackings.get(number)
            if owner is not None:
                if owner.rma is not rma:  # type: ignore[attr-defined]
                    problems.append(
                        RowProblem(
                            rma_in.where,
                            f"tracking number {number} already belongs to RMA "
                            f"{owner.rma.rma_number}",  # type: ignore[attr-defined]
                        )
                    )
                continue
            new = m.RmaTracking(rma=rma, tracking_number=number, carrier=carrier_of(number))
            session.add(new)
            trackings[number] = new
            report.trackings_added += 1
            changed = True
        if rma_in.rma_number in existing:
            if changed:
                report.rmas_updated += 1
                report.changed_rmas[rma_in.rma_number] = "rma_updated"
            else:
                report.rmas_unchanged += 1
    session.flush()
    return problems


def _order_lines(order: m.Order, rma_in: RmaIn, products: dict) -> None:
    """An order holds at least what was returned from it (sales count for return rates)."""
    for line in rma_in.lines:
        product = products[line.sku]
        if any(ol.product is product for ol in order.lines):
            continue
        order.lines.append(
            m.OrderLine(
                product=product,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents or product.price_cents,
            )
        )


def _rma_lines(
    rma: m.Rma,
    rma_in: RmaIn,
    products: dict,
    report: ImportReport,
    problems: list[RowProblem],
) -> bool:
    changed = False
    held = {line.product.sku: line for line in rma.lines} if rma.id else {}
    for line in rma_in.lines:
        old = held.get(line.sku)
        if old is not None:
            if (old.quantity, old.reason) != (line.quantity, line.reason):
                problems.append(
                    RowProblem(
                        line.where,
                        f"{rma_named(rma.rma_number)} was imported before with {old.quantity} x "
                        f"{line.sku} ({old.reason}); the file says {line.quantity} "
                        f"({line.reason})",
                    )
                )
            continue
        rma.lines.append(
            m.RmaLine(
                product=products[line.sku],
                quantity=line.quantity,
                reason=line.reason,
                customer_comment=line.comment,
            )
        )
        report.lines_added += 1
        changed = True
    return changed
