"""The warehouse's tables: SQLAlchemy 2 typed models, one class per thing on the dock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.vocabulary import (
    CATEGORIES,
    CHANNELS,
    DECLINE_REASONS,
    DISPOSITIONS,
    GRADES,
    OUTBOX_STATES,
    PARCEL_STATUSES,
    PRINT_JOB_STATUSES,
    REQUEST_STATES,
    RETURN_REASONS,
    RMA_STATUSES,
    ROLES,
    UNIT_STATUSES,
    VERDICTS,
)

# Named constraints, so that Alembic's batch mode can drop and recreate them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(_one_of("category", CATEGORIES), name="category"),
        CheckConstraint("unit_cost_cents >= 0 AND price_cents >= 0", name="money"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20))
    upc: Mapped[str | None] = mapped_column(String(64), index=True)
    unit_cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    # What the shop calls the product's type (Shopify's productType), for the category map.
    shop_product_type: Mapped[str | None] = mapped_column(String(255))
    # The shop's product tags, lower case (final sale and conditions may name a tag).
    shop_tags: Mapped[list[str] | None] = mapped_column(JSON)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(80))
    postal_code: Mapped[str | None] = mapped_column(String(16))


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (CheckConstraint(_one_of("channel", CHANNELS), name="channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    placed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    shop_order_id: Mapped[str | None] = mapped_column(String(64))

    lines: Mapped[list[OrderLine]] = relationship(back_populates="order")
    customer: Mapped[Customer | None] = relationship()


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        # An order's lines, and what a day's orders sold, from the index alone.
        Index("ix_order_lines_order_id_sold", "order_id", "product_id", "quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


class Rma(Base):
    __tablename__ = "rmas"
    __table_args__ = (
        CheckConstraint(_one_of("status", RMA_STATUSES), name="status"),
        # A customer's RMAs, and how many they had made before a day, from the index alone.
        Index("ix_rmas_customer_id_created_on", "customer_id", "created_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(20), default="OPEN")
    created_on: Mapped[dt.date] = mapped_column(Date, index=True)
    return_deadline: Mapped[dt.date | None] = mapped_column(Date)
    # The shop's return this RMA was pulled from (a unique index: SQLite adds it in place).
    shop_return_id: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)

    order: Mapped[Order] = relationship()
    customer: Mapped[Customer | None] = relationship()
    lines: Mapped[list[RmaLine]] = relationship(back_populates="rma", order_by="RmaLine.id")
    trackings: Mapped[list[RmaTracking]] = relationship(
        back_populates="rma", order_by="RmaTracking.id"
    )


class RmaTracking(Base):
    """One carrier tracking number the customer's return travels under."""

    __tablename__ = "rma_trackings"

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    carrier: Mapped[str | None] = mapped_column(String(64))
    # The shop's reverse delivery the parcel travels under.
    shop_delivery_id: Mapped[str | None] = mapped_column(String(64))

    rma: Mapped[Rma] = relationship(back_populates="trackings")


class RmaLine(Base):
    __tablename__ = "rma_lines"
    __table_args__ = (
        CheckConstraint(_one_of("reason", RETURN_REASONS), name="reason"),
        CheckConstraint("quantity > 0", name="quantity"),
        UniqueConstraint("rma_id", "product_id", name="uq_rma_lines_rma_id_product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(20), default="UNKNOWN")
    customer_comment: Mapped[str] = mapped_column(Text, default="")
    # The shop's own name of the reason (its reason may be one the app maps to OTHER).
    reason_name: Mapped[str | None] = mapped_column(String(120))

    rma: Mapped[Rma] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


class ShopLine(Base):
    """One of the shop's return line items behind an RMA line, with the ids a push needs.

    An RMA line holds one SKU; the shop may list the same SKU on two lines of a return, so a
    line can have several: its pieces (slots) are counted through them in id order.
    """

    __tablename__ = "shop_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_line_id: Mapped[int] = mapped_column(ForeignKey("rma_lines.id"), index=True)
    return_line_item_id: Mapped[str] = mapped_column(String(64), unique=True)
    # The reverse fulfillment order line item its dispositions go to.
    rfo_line_item_id: Mapped[str | None] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    reason_handle: Mapped[str | None] = mapped_column(String(80))
    inventory_item_id: Mapped[str | None] = mapped_column(String(64))


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    roles: Mapped[list[OperatorRole]] = relationship(back_populates="operator")


class OperatorRole(Base):
    __tablename__ = "operator_roles"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)

    operator: Mapped[Operator] = relationship(back_populates="roles")


class Parcel(Base):
    """A parcel as it came off the truck: received once, whatever its label said."""

    __tablename__ = "parcels"
    __table_args__ = (CheckConstraint(_one_of("status", PARCEL_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    # What the label of a parcel that matched no RMA said, whole (a label is at most 512
    # characters: receiving.labels refuses longer scans); one quarantine record per label.
    label: Mapped[str | None] = mapped_column(String(512), unique=True)
    rma_id: Mapped[int | None] = mapped_column(ForeignKey("rmas.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="RECEIVED")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class ReplayedScan(Base):
    """A scan a station kept in its journal while the database was out, written here in the
    same transaction as its receipt: a replay after a crash finds it and counts nothing twice."""

    __tablename__ = "replayed_scans"

    entry_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20))
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"))
    rma_id: Mapped[int | None] = mapped_column(ForeignKey("rmas.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    scanned_at: Mapped[dt.datetime] = mapped_column(DateTime)
    replayed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ChecklistVersion(Base):
    __tablename__ = "checklist_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)
    first_used_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Bin(Base):
    __tablename__ = "bins"
    __table_args__ = (
        CheckConstraint(_one_of("disposition", DISPOSITIONS), name="disposition"),
        CheckConstraint(f"category IS NULL OR {_one_of('category', CATEGORIES)}", name="category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    disposition: Mapped[str] = mapped_column(String(20))
    category: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Unit(Base):
    """One physical item taken out of a parcel and graded."""

    __tablename__ = "units"
    __table_args__ = (
        CheckConstraint(_one_of("status", UNIT_STATUSES), name="status"),
        CheckConstraint(f"grade IS NULL OR {_one_of('grade', GRADES)}", name="grade"),
        CheckConstraint(
            f"disposition IS NULL OR {_one_of('disposition', DISPOSITIONS)}", name="disposition"
        ),
        CheckConstraint(
            "override_disposition IS NULL OR " + _one_of("override_disposition", DISPOSITIONS),
            name="override_disposition",
        ),
        Index("ix_units_decided_at", "decided_at"),
        # One unit per returned piece of a line: two stations cannot grade the same piece.
        UniqueConstraint("rma_line_id", "slot", name="uq_units_rma_line_id_slot"),
        Index("ix_units_bin_id_status", "bin_id", "status"),
        Index("ix_units_station_id_status", "station_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), unique=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    rma_line_id: Mapped[int | None] = mapped_column(ForeignKey("rma_lines.id"), index=True)
    # Which of the line's pieces (1..quantity); NULL for a unit that is not on the RMA.
    slot: Mapped[int | None] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="DRAFT")
    checklist_version_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_versions.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Who gave each answer (question id -> operator id), and since when the draft's grader
    # (grader_id, at station_id) holds it: a draft changes hands only when taken over.
    answered_by: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    held_since: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The question the grader is at (a draft resumes there), what was scanned to confirm the
    # item, and the facts the rules were given when the unit was decided.
    at_question: Mapped[str | None] = mapped_column(String(64))
    item_scanned: Mapped[str | None] = mapped_column(String(64))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    grade: Mapped[str | None] = mapped_column(String(1))
    disposition: Mapped[str | None] = mapped_column(String(20))
    rule: Mapped[str | None] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    refund: Mapped[str | None] = mapped_column(String(20))
    fee_percent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bin_id: Mapped[int | None] = mapped_column(ForeignKey("bins.id"))
    grader_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    override_disposition: Mapped[str | None] = mapped_column(String(20))
    override_reason: Mapped[str | None] = mapped_column(Text)
    put_away_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Photo(Base):
    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"), index=True)
    question: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __table_args__ = (CheckConstraint(_one_of("status", PRINT_JOB_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # The bench (station) whose printer the tag was queued for: when its printer changes, its
    # waiting tags follow, and another station's worker never prints them.
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"), index=True)
    printer_uri: Mapped[str] = mapped_column(String(255), index=True)
    profile: Mapped[str] = mapped_column(String(32), default="80mm-576", server_default="80mm-576")
    status: Mapped[str] = mapped_column(String(20), default="QUEUED")
    # A reprint is always a person's choice, never the queue's: who asked for it.
    reprint: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # When a job that could not be sent is tried again (it backs off after each failure).
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When the first byte of this claim went to the printer: a claimed job with none sent goes
    # back to the queue when its station was stopped; one with bytes sent waits for a person.
    send_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint("length(action) > 0", name="action"),
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Place in the hash chain: 1, 2, 3... (db/chain.py); what `audit verify` walks.
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    # The RMA the event concerns, if any: an RMA's history includes its parcels and units.
    rma_number: Mapped[str | None] = mapped_column(String(32), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """The head of the audit hash chain: one row, updated with every audit event.

    Appending locks this row, so events from many stations form one chain; and a deleted
    newest event shows, because the head still names it.
    """

    __tablename__ = "audit_chain"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


def _rma_number_of_payload(context: Any) -> str | None:
    """An event's RMA, from its payload: events of one RMA are delivered in order."""
    payload = context.get_current_parameters().get("payload") or {}
    number = payload.get("rma_number") if isinstance(payload, dict) else None
    return str(number)[:32] if number else None


class OutboxEvent(Base):
    """A fact for the shop platform, written with the change and delivered later.

    A deliverer claims a row for a while (claimed_by, claimed_until: a lease, so a station
    that dies lets go), sends it, and marks it SENT; what the shop refuses waits in
    ATTENTION with the shop's words until a supervisor retries or skips it.
    """

    __tablename__ = "outbox_events"
    __table_args__ = (
        CheckConstraint(_one_of("state", OUTBOX_STATES), name="state"),
        Index("ix_outbox_events_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_events_rma_number_id", "rma_number", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    rma_number: Mapped[str | None] = mapped_column(String(32), default=_rma_number_of_payload)
    state: Mapped[str] = mapped_column(String(20), default="PENDING", server_default="PENDING")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # What the event went to in the shop (a reverse fulfillment order line item, a return).
    shop_ref: Mapped[str | None] = mapped_column(String(64))


class AnalyticsDay(Base):
    """The returns analytics' sums for one closed day, kept so a period is a sum of days."""

    __tablename__ = "analytics_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)


class ShopLease(Base):
    """Who does a shop job that only one station may do at a time (the pull), until when."""

    __tablename__ = "shop_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """Configuration shared by every station (per-machine settings live in a file)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class ReturnRequest(Base):
    """A return the customer asked for in the shop, with the policy's verdict and what was
    decided: approved or declined by the verdict (auto) or by a supervisor, sent once through
    the outbox."""

    __tablename__ = "return_requests"
    __table_args__ = (
        CheckConstraint(_one_of("state", REQUEST_STATES), name="state"),
        CheckConstraint(_one_of("verdict", VERDICTS), name="verdict"),
        CheckConstraint(
            f"decline_reason IS NULL OR {_one_of('decline_reason', DECLINE_REASONS)}",
            name="decline_reason",
        ),
        Index("ix_return_requests_state_requested_at", "state", "requested_at"),
        Index("ix_return_requests_decided_at", "decided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_return_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    order_name: Mapped[str] = mapped_column(String(64))
    customer_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # What the verdict was given (order, lines, the customer's history), for the screen and replay.
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    verdict: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(80))
    reason: Mapped[dict[str, Any]] = mapped_column(JSON)  # in every language: {en: …, ko: …}
    decline_reason: Mapped[str | None] = mapped_column(String(20))
    lines: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"lines": [each line's verdict]}
    policy_hash: Mapped[str] = mapped_column(String(64))
    judged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20), default="WAITING")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str | None] = mapped_column(String(20))  # the decline reason sent
    decision_note: Mapped[str | None] = mapped_column(Text)
    # A person decided otherwise than the verdict: a policy exception, counted per rule.
    overridden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
