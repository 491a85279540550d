"""The daily disposition log: one row per unit decided in a period, with everything a
supervisor closes the day with. Read a day at a time, so a long period stays cheap."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Select, Text, and_, select, type_coerce
from sqlalchemy.orm import aliased

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse

# (key, heading, kind): kind says how exports type the column.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("decided_at", "Time", "datetime"),
    ("station", "Station", "text"),
    ("grader", "Grader", "text"),
    ("unit", "Unit", "id"),
    ("rma", "RMA", "id"),
    ("order", "Order", "id"),
    ("channel", "Channel", "text"),
    ("region", "Customer region", "text"),
    ("sku", "SKU", "id"),
    ("product", "Product", "text"),
    ("category", "Category", "text"),
    ("reason", "Reason", "text"),
    ("comment", "Customer comment", "text"),
    ("grade", "Grade", "text"),
    ("disposition", "Disposition", "text"),
    ("bin", "Bin", "id"),
    ("flags", "Flags", "text"),
    ("override_by", "Override by", "text"),
    ("override_reason", "Override reason", "text"),
    ("refund", "Refund", "text"),
    ("days_to_return", "Days from delivery to return", "number"),
    ("hours_to_disposition", "Hours from receipt to disposition", "number"),
)
KEYS = tuple(key for key, _h, _k in COLUMNS)


@dataclass(frozen=True)
class Period:
    """A day or a range of days (both ends included), optionally one station or grader."""

    date_from: dt.date
    date_to: dt.date
    station: str | None = None
    grader: str | None = None

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise InspectorError(
                f"the period ends ({self.date_to}) before it starts ({self.date_from})"
            )

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date_from, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time())

    def describe(self) -> str:
        days = (
            f"{self.date_from}"
            if self.date_from == self.date_to
            else f"{self.date_from} to {self.date_to}"
        )
        parts = [days]
        if self.station:
            parts.append(f"station {self.station}")
        if self.grader:
            parts.append(f"grader {self.grader}")
        return ", ".join(parts)


def _query(period: Period) -> Select[Any]:
    grader = aliased(m.Operator)
    overrider = aliased(m.Operator)
    query = cast(
        "Select[Any]",
        select(
            m.Unit.decided_at,
            m.Station.name,
            grader.display_name,
            m.Unit.unit_code,
            m.Rma.rma_number,
            m.Order.order_number,
            m.Order.channel,
            m.Customer.region,
            m.Product.sku,
            m.Product.name,
            m.Product.category,
            m.RmaLine.reason,
            m.RmaLine.customer_comment,
            m.Unit.grade,
            m.Unit.disposition,
            m.Unit.override_disposition,
            m.Bin.code,
            type_coerce(m.Unit.flags, Text),  # decoded below only when not empty
            overrider.display_name,
            m.Unit.override_reason,
            m.Unit.refund,
            m.Unit.fee_percent,
            m.Rma.created_on,
            m.Order.delivered_on,
            m.Parcel.received_at,
        )
        .select_from(m.Unit)
        .join(m.Parcel, m.Parcel.id == m.Unit.parcel_id)
        .join(m.Rma, m.Rma.id == m.Parcel.rma_id)
        .join(m.Order, m.Order.id == m.Rma.order_id)
        .outerjoin(m.Customer, m.Customer.id == m.Rma.customer_id)
        .outerjoin(m.RmaLine, m.RmaLine.id == m.Unit.rma_line_id)
        .outerjoin(m.Product, m.Product.id == m.Unit.product_id)
        .outerjoin(m.Bin, m.Bin.id == m.Unit.bin_id)
        .outerjoin(m.Station, m.Station.id == m.Unit.station_id)
        .outerjoin(grader, grader.id == m.Unit.grader_id)
        .outerjoin(overrider, overrider.id == m.Unit.override_by_id)
        .where(
            and_(
                m.Unit.decided_at >= period.start,
                m.Unit.decided_at < period.end,
                m.Unit.status.in_(("DECIDED", "PUT_AWAY")),
            )
        )
        .order_by(m.Unit.decided_at, m.Unit.id),
    )
    if period.station:
        query = query.where(m.Station.name == period.station)
    if period.grader:
        query = query.where(
            (grader.login == period.grader) | (grader.display_name == period.grader)
        )
    return query


def log_rows(warehouse: Warehouse, period: Period) -> Iterator[tuple[Any, ...]]:
    """The log's rows in COLUMNS order, oldest first. Read a day at a time, each day whole:
    memory stays one day's rows, no transaction stays open while a file is written, and
    PostgreSQL may plan the day's joins in parallel (it does not for a server-side cursor:
    a 22,856-unit day read in 0.6 s instead of 1.2 s)."""
    day = period.date_from
    while day <= period.date_to:
        one_day = dataclasses.replace(period, date_from=day, date_to=day)
        with explained_errors(), warehouse.sessions() as session:
            result = session.execute(_query(one_day)).all()
        day += dt.timedelta(days=1)
        for r in result:
            (
                decided,
                station,
                grader_name,
                unit,
                rma,
                order,
                channel,
                region,
                sku,
                product,
                category,
                reason,
                comment,
                grade,
                disposition,
                override_to,
                bin_code,
                flags,
                overrider,
                override_reason,
                refund,
                fee,
                created_on,
                delivered_on,
                received_at,
            ) = r
            refund_words = (
                f"PARTIAL ({fee}% fee)" if refund == "PARTIAL" and fee else (refund or "")
            )
            yield (
                decided,
                station or "",
                grader_name or "",
                unit,
                rma,
                order,
                channel,
                region or "",
                sku or "",
                product or "",
                category or "other",
                reason or "",
                comment or "",
                grade or "",
                override_to or disposition or "",
                bin_code or "",
                _flag_words(flags),
                overrider or "",
                override_reason or "",
                refund_words,
                (created_on - delivered_on).days if created_on and delivered_on else None,
                round((decided - received_at).total_seconds() / 3600, 1)
                if decided and received_at
                else None,
            )


def _flag_words(flags: str | list[str] | None) -> str:
    """The unit's flags, space-separated, from the column's JSON text (SQLite) or the list
    psycopg has already decoded (PostgreSQL); most units have none."""
    if not flags or flags == "[]":
        return ""
    return " ".join(json.loads(flags) if isinstance(flags, str) else flags)
