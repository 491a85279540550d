"""Finding an RMA from what was scanned or typed: RMA, tracking or order number."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, object_session, selectinload

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.receiving import labels
from inspector.receiving.labels import Candidate
from inspector.receiving.policy_view import PolicyView, policy_view
from inspector.rmas.return_window import ReturnWindow, Standing


@dataclass(frozen=True)
class RmaLineView:
    sku: str
    product_name: str
    category: str
    quantity: int
    reason: str
    customer_comment: str


@dataclass(frozen=True)
class RmaView:
    rma_number: str
    order_number: str
    status: str
    created_on: dt.date
    return_deadline: dt.date | None  # "request by": the last day the return may be asked for
    channel: str
    customer_id: str | None
    customer_region: str | None
    customer_country: str | None
    tracking_numbers: tuple[str, ...]
    lines: tuple[RmaLineView, ...]
    arrived_on: dt.date | None = None  # the day its first parcel reached the dock

    @property
    def window(self) -> ReturnWindow:
        """Its two dates: request by, arrive by."""
        return ReturnWindow.of(self.created_on, self.return_deadline)

    def standing(self, today: dt.date) -> Standing:
        """How it stands to its dates, by its parcel's arrival or, while none came, today."""
        return self.window.standing(self.arrived_on, today)
    policy: PolicyView | None = None  # the return policy's verdict on its lines

    def as_json(self) -> dict:
        """The RMA as `inspector lookup` prints it."""
        data = asdict(replace(self, policy=None))
        data["policy"] = self.policy.as_json() if self.policy else None
        data["created_on"] = self.created_on.isoformat()
        data["return_deadline"] = self.return_deadline.isoformat() if self.return_deadline else None
        data["request_by"] = data["return_deadline"]
        data["arrive_by"] = self.window.arrive_by.isoformat()
        data["arrived_on"] = self.arrived_on.isoformat() if self.arrived_on else None
        data["tracking_numbers"] = list(self.tracking_numbers)
        data["lines"] = [asdict(line) for line in self.lines]
        return data


@dataclass(frozen=True)
class RmaHit:
    """One row of a search: enough to tell RMAs apart, and what matched."""

    rma_number: str
    order_number: str
    status: str
    created_on: dt.date
    matched: str


def _rma_query() -> Select[m.Rma]:
    return select(m.Rma).options(
        selectinload(m.Rma.lines).selectinload(m.RmaLine.product),
        selectinload(m.Rma.trackings),
        selectinload(m.Rma.order),
        selectinload(m.Rma.customer),
    )


def view_of(rma: m.Rma) -> RmaView:
    customer = rma.customer
    session = object_session(rma)
    first_arrival = (
        session.scalar(
            select(func.min(m.Parcel.received_at)).where(
                m.Parcel.rma_id == rma.id, m.Parcel.status != "REJECTED"
            )
        )
        if session is not None and rma.id is not None
        else None
    )
    return RmaView(
        rma_number=rma.rma_number,
        order_number=rma.order.order_number,
        status=rma.status,
        created_on=rma.created_on,
        return_deadline=rma.return_deadline,
        channel=rma.order.channel,
        customer_id=customer.external_id if customer else None,
        customer_region=customer.region if customer else None,
        customer_country=customer.country if customer else None,
        tracking_numbers=tuple(t.tracking_number for t in rma.trackings),
        lines=tuple(
            RmaLineView(
                sku=line.product.sku,
                product_name=line.product.name,
                category=line.product.category,
                quantity=line.quantity,
                reason=line.reason,
                customer_comment=line.customer_comment,
            )
            for line in rma.lines
        ),
        arrived_on=first_arrival.date() if first_arrival is not None else None,
    )


@dataclass(frozen=True)
class Match:
    """An RMA a scanned code names, and the reading that named it."""

    rma: m.Rma
    by: Candidate


def cleaned(text: str) -> str:
    """What was scanned or typed, without what no stored number holds and no database takes:
    NUL and other control characters (the GS1 separator stays), lone surrogates."""
    return "".join(
        c for c in text if (c.isprintable() or c == "\x1d") and not "\ud800" <= c <= "\udfff"
    )


def find_rmas(session: Session, code: str) -> list[Match]:
    """Every RMA the code names exactly, in the order of its readings (inspector.receiving.labels).

    An RMA number names its RMA; a tracking number or SSCC the RMA it travels for; any
    other text is tried as it stands against RMA, tracking and order numbers (one order
    may have several RMAs). GTINs and serials name products, not parcels.
    """
    matches: dict[str, Match] = {}
    code = cleaned(code)

    def add(rmas: list[m.Rma], by: Candidate) -> None:
        for rma in rmas:
            matches.setdefault(rma.rma_number, Match(rma, by))

    for candidate in labels.candidates(code):
        if matches and candidate.kind == "order":
            break  # a checked RMA or carrier number has named its RMA: no need to guess more
        value = candidate.value
        if candidate.kind == "rma" or candidate.kind == "order":
            add(list(session.scalars(_rma_query().where(m.Rma.rma_number == value))), candidate)
        if candidate.kind in ("tracking", "sscc", "order"):
            add(
                list(
                    session.scalars(
                        _rma_query()
                        .join(m.RmaTracking)
                        .where(m.RmaTracking.tracking_number == value)
                    )
                ),
                candidate,
            )
        if candidate.kind == "order":
            add(
                list(
                    session.scalars(
                        _rma_query()
                        .join(m.Order, m.Rma.order_id == m.Order.id)
                        .where(m.Order.order_number == value)
                        .order_by(m.Rma.id)
                    )
                ),
                candidate,
            )
    return list(matches.values())


def find_rma(session: Session, code: str) -> m.Rma | None:
    """The first RMA the code names, or None."""
    found = find_rmas(session, code)
    return found[0].rma if found else None


def judged_view_of(
    session: Session, rma: m.Rma, arrived_at: dt.datetime | None, now: dt.datetime | None = None
) -> RmaView:
    """The RMA with the policy's verdict on its lines (a parcel scanned at `arrived_at`)."""
    return replace(
        view_of(rma), policy=policy_view(session, rma, arrived_at, now or dt.datetime.now())
    )


def _first_arrival(session: Session, rma: m.Rma) -> dt.datetime | None:
    return session.scalar(
        select(m.Parcel.received_at).where(m.Parcel.rma_id == rma.id).order_by(m.Parcel.id)
    )


def lookup(warehouse: Warehouse, code: str) -> RmaView | None:
    """The RMA a scanned or typed code names, or None when nothing matches."""
    with explained_errors(), warehouse.sessions() as session:
        rma = find_rma(session, code)
        return judged_view_of(session, rma, _first_arrival(session, rma)) if rma else None


def _next_prefix(prefix: str) -> str | None:
    """The first text after every text that starts with `prefix`; None when there is none
    (the prefix ends in the last code point). Surrogates are skipped: no text holds them."""
    last = ord(prefix[-1]) + 1
    if last > 0x10FFFF:
        return None
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return prefix[:-1] + chr(last)


def search(warehouse: Warehouse, text: str, limit: int = 50) -> list[RmaHit]:
    """RMAs whose RMA, order or tracking number holds `text`: exact, then prefix, then part.

    Exact and prefix matches use the unique indexes; the slower match anywhere inside a
    number is tried only for three characters or more and when the faster ones found few.
    """
    text = cleaned(text)
    needle = text.strip().upper()
    if not needle:
        return []
    hits: dict[str, RmaHit] = {}
    columns = (
        (m.Rma.rma_number, None),
        (m.Order.order_number, m.Order),
        (m.RmaTracking.tracking_number, m.RmaTracking),
    )
    with explained_errors(), warehouse.sessions() as session:
        exact = find_rma(session, text)
        if exact:
            hits[exact.rma_number] = hit_of(exact, exact.rma_number)
        for mode in ("prefix", "inside"):
            if len(hits) >= limit or (mode == "inside" and len(needle) < 3):
                break
            for column, joined in columns:
                condition: ColumnElement[bool]
                if mode == "prefix":
                    after = _next_prefix(needle)
                    condition = column >= needle
                    if after is not None:
                        condition = condition & (column < after)
                else:
                    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    condition = column.like(f"%{escaped}%", escape="\\")
                query = select(m.Rma, column).options(selectinload(m.Rma.order))
                if joined is m.Order:
                    query = query.join(m.Order, m.Rma.order_id == m.Order.id)
                elif joined is m.RmaTracking:
                    query = query.join(m.RmaTracking)
                query = query.where(condition).order_by(column).limit(limit - len(hits))
                for rma, matched in session.execute(query):
                    hits.setdefault(rma.rma_number, hit_of(rma, matched))
                if len(hits) >= limit:
                    break
    return list(hits.values())[:limit]


def hit_of(rma: m.Rma, matched: str) -> RmaHit:
    return RmaHit(rma.rma_number, rma.order.order_number, rma.status, rma.created_on, matched)


def rma_view(warehouse: Warehouse, rma_number: str) -> RmaView | None:
    """The full RMA for a number picked from a search."""
    with explained_errors(), warehouse.sessions() as session:
        rma = session.scalars(_rma_query().where(m.Rma.rma_number == rma_number)).first()
        return judged_view_of(session, rma, _first_arrival(session, rma)) if rma else None
