"""Returns the customer asked for in the shop, judged by the policy before anything ships:
in suggest mode (the default) they wait for a supervisor's one tap, in auto mode the verdict
approves or declines them; REVIEW always waits for a person. Each decision is audited and
goes to the shop through the outbox (once, like every event)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from db.vocabulary import DECLINE_REASONS
from inspector.core.errors import InspectorError, NotFound
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.policy.facts import customer_history, look_back_days
from inspector.policy.in_force import policy_in_force
from inspector.policy.return_json import return_to_json
from inspector.policy.rules import Policy
from inspector.policy.verdict import (
    NOT_RETURNABLE,
    REVIEW,
    LineFacts,
    OrderFacts,
    ReturnFacts,
    Verdict,
    judge,
)
from inspector.shop.connector import ReturnIn, ShopProblem
from inspector.shop.pulled import channel_of, reason_of
from inspector.shop.pulling import drop_lease, take_lease
from inspector.shop.settled_requests import SETTLED_STATES, close_settled
from inspector.shop.shop_settings import KEY, ShopSettings, load_shop_settings, save_setting_field
from inspector.shop.shopify_requests import APPROVED, DECLINED

STATE_KEY = "shop.requests"
LEASE = "requests"
APPROVING = ("APPROVE", "APPROVE_WITH_FEE")


@dataclass
class AuthorizeReport:
    read: int = 0
    new: list[str] = field(default_factory=list)
    approved: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    settled_in_shop: list[str] = field(default_factory=list)  # withdrawn or decided there
    busy: bool = False
    error: str | None = None

    def summary(self) -> str:
        if self.busy:
            return "another station is reading requests right now"
        text = (
            f"{self.read} requested returns read: {len(self.new)} new, {len(self.approved)} "
            f"approved, {len(self.declined)} declined, {len(self.waiting)} waiting for a person"
        )
        if self.settled_in_shop:
            text += f", {len(self.settled_in_shop)} withdrawn or decided in the shop"
        return f"{text}; {self.error}" if self.error else text


def _cents(text: str | None) -> int:
    try:
        return int((Decimal(text or "0") * 100).to_integral_value())
    except InvalidOperation:
        return 0


def _moment(text: str | None, fallback: dt.date) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.combine(fallback, dt.time(), tzinfo=dt.timezone.utc)


def request_facts(
    session: Session, ret: ReturnIn, settings: ShopSettings, policy: Policy
) -> ReturnFacts:
    """The verdict's facts for a requested return: its lines as the shop words them (the
    category by the product map, or the product's own here), the order, and the customer's
    history as this warehouse knows it."""
    skus = [line.sku for line in ret.lines if line.sku]
    known: dict[str, str] = {
        sku: category
        for sku, category in session.execute(
            select(m.Product.sku, m.Product.category).where(m.Product.sku.in_(skus))
        )
    }
    lines = tuple(
        LineFacts(
            key=line.shop_id,
            sku=line.sku or line.shop_id,
            category=settings.category_for(line.product_type, line.category_name, *line.tags)
            or known.get(line.sku or "")
            or "other",
            reason=reason_of(line.reason_handle),
            quantity=line.quantity,
            price_cents=_cents(line.unit_price),
            tags=frozenset(t.strip().lower() for t in line.tags),
        )
        for line in ret.lines
    )
    asked = _moment(ret.created_at, ret.created_on)
    value = (
        _cents(ret.order_value)
        if ret.order_value
        else sum(x.price_cents * x.quantity for x in lines)
    )
    order = OrderFacts(
        channel=channel_of(ret.source_name),
        ordered_on=ret.order_date,
        delivered_on=None if ret.delivery_known is False else ret.delivered_date,
        value_cents=value,
        skus=ret.order_skus or len({x.sku for x in lines}),
        units=ret.order_units or sum(x.quantity for x in lines),
    )
    history = None
    if ret.customer_id:
        customer_id = session.scalar(
            select(m.Customer.id).where(m.Customer.external_id == ret.customer_id[:64])
        )
        if customer_id is None:
            history = customer_history(session, -1, asked.date(), 0)
        else:
            history = customer_history(session, customer_id, asked.date(), look_back_days(policy))
    return ReturnFacts(lines, order, history, asked)


def _lines_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "lines": [
            {**line.as_json(), "reason": line.reason, "confirm": [c.text for c in line.confirm]}
            for line in verdict.lines
        ]
    }


def store_request(
    session: Session, ret: ReturnIn, settings: ShopSettings, policy: Policy, now: dt.datetime
) -> tuple[m.ReturnRequest, bool]:
    """Keep a requested return with its verdict (judged again while it waits); (row, new)."""
    facts = request_facts(session, ret, settings, policy)
    verdict = judge(policy, facts, now)
    row = session.scalars(
        select(m.ReturnRequest).where(m.ReturnRequest.shop_return_id == ret.shop_id[:64])
    ).first()
    new = row is None
    if row is None:
        row = m.ReturnRequest(shop_return_id=ret.shop_id[:64], state="WAITING")
        session.add(row)
    elif row.state != "WAITING":
        return row, False
    row.name = (ret.name or ret.shop_id)[:32]
    row.order_name = ret.order_name[:64]
    row.customer_ref = (ret.customer_id or "")[:64] or None
    row.requested_at = (facts.requested_at or now).astimezone(dt.timezone.utc).replace(tzinfo=None)
    row.facts = {**return_to_json(facts), "shop_order_id": ret.order_id[:64]}
    row.verdict, row.rule, row.reason = verdict.outcome, verdict.rule[:80], verdict.reason
    row.decline_reason = verdict.decline_reason
    row.lines = _lines_json(verdict)
    row.policy_hash = policy.content_hash
    row.judged_at = now
    session.flush()
    return row, new


def _decided_already(row: m.ReturnRequest) -> str:
    if row.state in SETTLED_STATES:
        return f"request {row.name} was {row.decision_note or 'settled in the shop'} already"
    return f"request {row.name} was {row.state.lower()} already"


def _decide(
    session: Session,
    row: m.ReturnRequest,
    actor: Actor | None,
    approve: bool,
    decline_reason: str | None,
    note: str,
    now: dt.datetime,
) -> None:
    if row.state != "WAITING":
        raise InspectorError(_decided_already(row))
    if not approve and decline_reason not in DECLINE_REASONS:
        raise InspectorError(f"a decline needs its reason: one of {', '.join(DECLINE_REASONS)}")
    overridden = (approve and row.verdict == NOT_RETURNABLE) or (
        not approve and row.verdict in APPROVING
    )
    row.state = "APPROVED" if approve else "DECLINED"
    row.decided_by_id = actor.operator_id if actor else None
    row.decided_at = now
    row.decision_reason = None if approve else decline_reason
    row.decision_note = note[:500] or None
    row.overridden = overridden
    payload: dict[str, Any] = {"rma_number": row.name, "shop_return_id": row.shop_return_id}
    if not approve:
        payload.update(decline_reason=decline_reason, decline_note=note[:500])
    session.add(m.OutboxEvent(at=now, kind=APPROVED if approve else DECLINED, payload=payload))
    record(
        session,
        actor,
        "return_request_approved" if approve else "return_request_declined",
        "return_request",
        row.shop_return_id,
        before={"state": "WAITING", "verdict": row.verdict, "rule": row.rule},
        after={
            "state": row.state,
            "by": "policy" if actor is None else actor.login,
            "decline_reason": row.decision_reason,
            "note": row.decision_note,
            "overridden": overridden,
        },
        rma_number=row.name,
        at=now,
    )


def decide_request(
    warehouse: Warehouse,
    actor: Actor | None,
    request_id: int,
    approve: bool,
    *,
    decline_reason: str | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> None:
    """A supervisor approves or declines a waiting request (declining names Shopify's reason
    and a note the customer reads)."""
    require(actor, Action.DECIDE_REQUESTS)
    with explained_errors(), warehouse.sessions.begin() as session:
        row = session.get(m.ReturnRequest, request_id, with_for_update=True)
        if row is None:
            raise NotFound(f"no requested return {request_id}")
        if row.state != "WAITING":
            raise InspectorError(_decided_already(row))
        if not approve and not note.strip():
            note = row.reason.get("en", "") if row.verdict == NOT_RETURNABLE else ""
        if not approve and not note.strip():
            raise InspectorError("say why the request is declined: the customer reads it")
        _decide(
            session, row, actor, approve, decline_reason, note.strip(), now or dt.datetime.now()
        )


def authorize(
    warehouse: Warehouse,
    connector: Any,
    holder: str,
    *,
    auto: bool | None = None,
    actor: Actor | None = None,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
    max_pages: int = 50,
) -> AuthorizeReport:
    """One pass over the shop's requested returns. `auto` (default: the shop setting) lets
    the verdict approve and decline; forcing it on here needs an admin."""
    report = AuthorizeReport()
    settings = load_shop_settings(warehouse)
    if auto and not settings.authorize_auto:
        require(actor, Action.CONNECT_SHOP)
    deciding = settings.authorize_auto if auto is None else auto
    if not hasattr(connector, "pull_requests"):
        report.error = f"the {connector.name} connector does not read requested returns"
        return report
    if not take_lease(warehouse, LEASE, holder, clock()):
        report.busy = True
        return report
    try:
        policy = policy_in_force().policy
        with explained_errors(), warehouse.sessions() as session:
            state_row = session.get(m.Setting, STATE_KEY)
            cursor = dict((state_row.value if state_row else {}).get("cursor") or {})
        for _ in range(max_pages):
            try:
                page = connector.pull_requests(cursor)
            except ShopProblem as exc:
                report.error = str(exc)
                break
            report.read += len(page.returns)
            with explained_errors(), warehouse.sessions.begin() as session:
                now = clock()
                for ret in page.returns:
                    row, new = store_request(session, ret, settings, policy, now)
                    if new:
                        report.new.append(row.name)
                    if row.state != "WAITING":
                        continue
                    if deciding and row.verdict != REVIEW:
                        approve = row.verdict in APPROVING
                        note = "" if approve else row.reason.get("en", "")
                        _decide(session, row, None, approve, row.decline_reason, note, now)
                        (report.approved if approve else report.declined).append(row.name)
                    else:
                        report.waiting.append(row.name)
                cursor = page.cursor
                state_row = session.get(m.Setting, STATE_KEY)
                value = {"cursor": cursor, "last_at": now.isoformat(timespec="seconds")}
                if state_row is None:
                    session.add(m.Setting(key=STATE_KEY, value=value))
                else:
                    state_row.value = value
            if not page.more:
                break
        if report.error is None and hasattr(connector, "request_statuses"):
            try:
                report.settled_in_shop = close_settled(warehouse, connector, clock)
            except ShopProblem as exc:
                report.error = str(exc)
    finally:
        drop_lease(warehouse, LEASE, holder)
    return report


@dataclass(frozen=True)
class RequestRow:
    """One requested return as the Requests tab lists it."""

    id: int
    name: str
    order_name: str
    requested_at: dt.datetime
    verdict: str
    rule: str
    reason: dict[str, str]
    decline_reason: str | None
    state: str
    lines: list[dict[str, Any]]
    returns_before: int  # the customer's returns in the days the policy looks back
    items_bought: int
    items_returned: int
    has_customer: bool
    overridden: bool
    order_url: str | None = None  # the order in the shop's admin, to open in a browser


def _order_url(store_url: str, order_id: str | None) -> str | None:
    """The order's page in the Shopify admin (gid://shopify/Order/123 -> .../orders/123)."""
    number = (order_id or "").rsplit("/", 1)[-1]
    return f"{store_url}/admin/orders/{number}" if store_url and number.isdigit() else None


def list_requests(
    warehouse: Warehouse, states: tuple[str, ...] = ("WAITING",), limit: int = 200
) -> list[RequestRow]:
    """Requests in the given states: those waiting for a person first, oldest first."""
    store_url = load_shop_settings(warehouse).store_url
    with explained_errors(), warehouse.sessions() as session:
        rows = session.scalars(
            select(m.ReturnRequest)
            .where(m.ReturnRequest.state.in_(states))
            .order_by((m.ReturnRequest.verdict == REVIEW).desc(), m.ReturnRequest.requested_at)
            .limit(limit)
        ).all()
        out = []
        for r in rows:
            customer = (r.facts or {}).get("customer")
            out.append(
                RequestRow(
                    id=r.id,
                    name=r.name,
                    order_name=r.order_name,
                    requested_at=r.requested_at,
                    verdict=r.verdict,
                    rule=r.rule,
                    reason=dict(r.reason),
                    decline_reason=r.decline_reason,
                    state=r.state,
                    lines=list((r.lines or {}).get("lines", [])),
                    returns_before=len((customer or {}).get("returns", [])),
                    items_bought=sum(n for _, n in (customer or {}).get("bought", [])),
                    items_returned=sum(n for _, n in (customer or {}).get("returned", [])),
                    has_customer=customer is not None,
                    overridden=r.overridden,
                    order_url=_order_url(store_url, (r.facts or {}).get("shop_order_id")),
                )
            )
        return out


def set_authorize_mode(warehouse: Warehouse, actor: Actor | None, auto: bool) -> None:
    """Whether the verdict approves and declines requests by itself (admin)."""
    require(actor, Action.CONNECT_SHOP)
    with explained_errors(), warehouse.sessions.begin() as session:
        before = save_setting_field(session, authorize_auto=auto)
        record(
            session,
            actor,
            "shop_authorize_mode",
            "shop",
            KEY,
            before={"authorize_auto": before.authorize_auto},
            after={"authorize_auto": auto},
        )
