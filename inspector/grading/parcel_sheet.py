"""The grader's view of an opened parcel: every piece the RMA expects, each unit found, and
whether the RMA is accounted for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import models as m
from inspector.core.errors import InspectorError, NotFound, rma_named
from inspector.receiving.lookup import find_rmas

ACCOUNTED = ("DECIDED", "PUT_AWAY", "MISSING")


@dataclass(frozen=True)
class Piece:
    """One expected piece of an RMA line (line_id and slot set), or a unit found in the parcel
    that is not on the RMA (line_id None)."""

    line_id: int | None
    slot: int | None
    sku: str
    product_name: str
    description: str
    category: str
    reason: str
    customer_comment: str
    status: str  # PENDING, DRAFT, DECIDED, PUT_AWAY, MISSING
    unit_id: int | None = None
    unit_code: str | None = None
    grade: str | None = None
    disposition: str | None = None
    bin_code: str | None = None
    station: str | None = None


@dataclass(frozen=True)
class ParcelSheet:
    rma_number: str
    order_number: str
    rma_status: str
    channel: str
    customer_region: str | None
    delivered_on: dt.date | None
    return_deadline: dt.date | None
    created_on: dt.date
    pieces: tuple[Piece, ...]

    @property
    def complete(self) -> bool:
        return all(p.status in ACCOUNTED for p in self.pieces if p.line_id is not None)

    def next_pending(self) -> Piece | None:
        return next((p for p in self.pieces if p.status in ("PENDING", "DRAFT")), None)

    def counts(self) -> tuple[int, int]:
        """(pieces accounted for, pieces expected)."""
        expected = [p for p in self.pieces if p.line_id is not None]
        return sum(p.status in ACCOUNTED for p in expected), len(expected)


def find_graded_rma(session: Session, code: str) -> m.Rma:
    """The RMA a grader means by a scanned or typed code; it must have been received."""
    matches = find_rmas(session, code)
    if not matches:
        raise NotFound(f"no RMA matches '{code.strip()}'")
    if len({x.rma.id for x in matches}) > 1:
        raise InspectorError(f"'{code.strip()}' matches several RMAs: scan the RMA number")
    rma = matches[0].rma
    if rma.status == "OPEN":
        raise InspectorError(
            f"{rma_named(rma.rma_number)} has not been received: scan its parcel at the dock first"
        )
    if rma.status == "CANCELLED":
        raise InspectorError(f"{rma_named(rma.rma_number)} was cancelled: set the parcel aside")
    return rma


def sheet_of(session: Session, rma: m.Rma) -> ParcelSheet:
    lines = list(
        session.scalars(
            select(m.RmaLine)
            .where(m.RmaLine.rma_id == rma.id)
            .options(selectinload(m.RmaLine.product))
            .order_by(m.RmaLine.id)
        )
    )
    parcel_ids = select(m.Parcel.id).where(m.Parcel.rma_id == rma.id)
    units = list(
        session.scalars(
            select(m.Unit).where(
                (m.Unit.rma_line_id.in_([line.id for line in lines]))
                | (m.Unit.parcel_id.in_(parcel_ids) & m.Unit.rma_line_id.is_(None))
            )
        )
    )
    bins = {b.id: b.code for b in session.scalars(select(m.Bin))} if units else {}
    stations = {sid: name for sid, name in session.execute(select(m.Station.id, m.Station.name))}
    by_slot = {(u.rma_line_id, u.slot): u for u in units if u.rma_line_id is not None}
    pieces: list[Piece] = []
    for line in lines:
        p = line.product
        for slot in range(1, line.quantity + 1):
            unit = by_slot.get((line.id, slot))
            pieces.append(
                Piece(
                    line_id=line.id,
                    slot=slot,
                    sku=p.sku,
                    product_name=p.name,
                    description=p.description,
                    category=p.category,
                    reason=line.reason,
                    customer_comment=line.customer_comment,
                    status=unit.status if unit else "PENDING",
                    unit_id=unit.id if unit else None,
                    unit_code=unit.unit_code if unit else None,
                    grade=unit.grade if unit else None,
                    disposition=(unit.override_disposition or unit.disposition) if unit else None,
                    bin_code=bins.get(unit.bin_id) if unit and unit.bin_id else None,
                    station=stations.get(unit.station_id) if unit and unit.station_id else None,
                )
            )
    products = {
        p.id: p
        for p in session.scalars(
            select(m.Product).where(m.Product.id.in_([u.product_id for u in units if u.product_id]))
        )
    }
    for unit in units:
        if unit.rma_line_id is not None:
            continue
        product = products.get(unit.product_id) if unit.product_id else None
        pieces.append(
            Piece(
                line_id=None,
                slot=None,
                sku=product.sku if product else "",
                product_name=product.name if product else "",
                description=product.description if product else "",
                category=product.category if product else "other",
                reason="UNKNOWN",
                customer_comment="",
                status=unit.status,
                unit_id=unit.id,
                unit_code=unit.unit_code,
                grade=unit.grade,
                disposition=unit.override_disposition or unit.disposition,
                bin_code=bins.get(unit.bin_id) if unit.bin_id else None,
                station=stations.get(unit.station_id) if unit.station_id else None,
            )
        )
    order = rma.order
    return ParcelSheet(
        rma_number=rma.rma_number,
        order_number=order.order_number,
        rma_status=rma.status,
        channel=order.channel,
        customer_region=rma.customer.region if rma.customer else None,
        delivered_on=order.delivered_on,
        return_deadline=rma.return_deadline,
        created_on=rma.created_on,
        pieces=tuple(pieces),
    )
