"""What the outbox's events become in Shopify: a disposition per unit on its reverse
fulfillment order line item, and the completed return processed and closed.

Before an event is sent again (an earlier attempt may have reached the shop), what the shop
holds is read and only what is missing is sent: the dispose and process mutations take no
idempotency key in 2026-10.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from inspector.core.errors import rma_named
from inspector.shop.outbox import Attention, Claimed, Result, Retry, Sent
from inspector.shop.shop_settings import ShopSettings

DISPOSE_BATCH = 250
NOTE_LIMIT = 1500


@dataclass(frozen=True)
class Disposal:
    """One unit's disposition, resolved to the shop's line item."""

    event: Claimed
    rfo_line_item_id: str
    kind: str  # RESTOCKED, PROCESSING_REQUIRED, NOT_RESTOCKED, MISSING
    location_id: str | None

    def as_input(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "reverseFulfillmentOrderLineItemId": self.rfo_line_item_id,
            "quantity": 1,
            "dispositionType": self.kind,
        }
        if self.location_id:
            data["locationId"] = self.location_id
        return data


@dataclass(frozen=True)
class Completion:
    """A completed RMA: its shop return, the quantities to process, the dock's note."""

    event: Claimed
    return_id: str
    lines: tuple[tuple[str, int], ...]  # (return line item id, quantity)
    note: str
    refund_cents: int = 0  # what the dock recommends refunding, in the order's currency


@dataclass
class Plan:
    results: dict[int, Result]
    disposals: list[Disposal]
    completions: list[Completion]


def plan(session: Session, events: list[Claimed], settings: ShopSettings) -> Plan:
    """Resolve each event to what Shopify needs; events with nothing to send are settled."""
    out = Plan({}, [], [])
    units = _units(session, [e.payload.get("unit_id") for e in events])
    rmas = _rmas(session, {e.rma_number for e in events if e.rma_number})
    lines = _lines(session, {u.rma_line_id for u in units.values() if u.rma_line_id})
    for event in events:
        rma = rmas.get(event.rma_number or "")
        if event.kind == "return.received":
            out.results[event.id] = Sent(note="Shopify needs nothing for a receipt")
        elif rma is None or rma.shop_return_id is None:
            named = rma_named(event.rma_number or "?")
            out.results[event.id] = Sent(
                note=f"{named} did not come from the shop: nothing to send"
            )
        elif event.kind == "return.unit_dispositioned":
            unit = units.get(event.payload.get("unit_id") or "")
            _disposal(event, unit, lines, settings, out)
        elif event.kind == "return.completed":
            out.completions.append(_completion(session, event, rma))
        else:
            out.results[event.id] = Attention(f"the Shopify connector does not know '{event.kind}'")
    return out


def _units(session: Session, codes: list[Any]) -> dict[str, m.Unit]:
    wanted = sorted({c for c in codes if isinstance(c, str)})
    found: dict[str, m.Unit] = {}
    for start in range(0, len(wanted), 500):
        for unit in session.scalars(
            select(m.Unit).where(m.Unit.unit_code.in_(wanted[start : start + 500]))
        ):
            found[unit.unit_code] = unit
    return found


def _rmas(session: Session, numbers: set[str]) -> dict[str, m.Rma]:
    wanted = sorted(numbers)
    found: dict[str, m.Rma] = {}
    for start in range(0, len(wanted), 500):
        for rma in session.scalars(
            select(m.Rma).where(m.Rma.rma_number.in_(wanted[start : start + 500]))
        ):
            found[rma.rma_number] = rma
    return found


def _lines(session: Session, line_ids: set[int]) -> dict[int, tuple[int, list[m.ShopLine]]]:
    """RMA lines by id: their product, and the shop's lines behind them in id order."""
    wanted = sorted(line_ids)
    found: dict[int, tuple[int, list[m.ShopLine]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for line_id, product_id in session.execute(
            select(m.RmaLine.id, m.RmaLine.product_id).where(m.RmaLine.id.in_(chunk))
        ):
            found[line_id] = (product_id, [])
        for shop_line in session.scalars(
            select(m.ShopLine).where(m.ShopLine.rma_line_id.in_(chunk)).order_by(m.ShopLine.id)
        ):
            found[shop_line.rma_line_id][1].append(shop_line)
    return found


def shop_line_of(unit: m.Unit, shop_lines: list[m.ShopLine]) -> m.ShopLine | None:
    """The shop's return line item a unit's piece (its slot on the RMA line) belongs to."""
    if unit.rma_line_id is None or unit.slot is None:
        return None
    counted = 0
    for line in shop_lines:
        counted += line.quantity
        if unit.slot <= counted:
            return line
    return None


def _disposal(
    event: Claimed,
    unit: m.Unit | None,
    lines: dict[int, tuple[int, list[m.ShopLine]]],
    settings: ShopSettings,
    out: Plan,
) -> None:
    if unit is None:
        out.results[event.id] = Attention(
            f"unit {event.payload.get('unit_id')} is not in the database"
        )
        return
    product_id, shop_lines = lines.get(unit.rma_line_id or 0, (None, []))
    line = shop_line_of(unit, shop_lines)
    if line is None:
        out.results[event.id] = Sent(
            note=f"unit {unit.unit_code} is not on the shop's return: nothing to send"
        )
        return
    if line.rfo_line_item_id is None:
        out.results[event.id] = Retry(
            "the shop has no reverse fulfillment order line for this item yet; the next pull "
            "brings it",
            after_s=300,
        )
        return
    kind = str(event.payload.get("disposition") or "")
    if unit.product_id not in (None, product_id):
        kind = "MISSING"  # a wrong item came back: the expected one did not
    if kind not in ("RESTOCKED", "PROCESSING_REQUIRED", "NOT_RESTOCKED", "MISSING"):
        out.results[event.id] = Attention(f"'{kind}' is not a disposition Shopify takes")
        return
    location = None
    if kind != "MISSING":
        if not settings.location_id:
            out.results[event.id] = Attention(
                "no location is set for the dock's units: connect again with --location NAME"
            )
            return
        location = settings.location_id
    out.disposals.append(Disposal(event, line.rfo_line_item_id, kind, location))


def _completion(session: Session, event: Claimed, rma: m.Rma) -> Completion:
    line_ids = [line.id for line in rma.lines]
    shop_lines = session.scalars(
        select(m.ShopLine).where(m.ShopLine.rma_line_id.in_(line_ids)).order_by(m.ShopLine.id)
    ).all()
    units = session.scalars(
        select(m.Unit).where(m.Unit.rma_line_id.in_(line_ids)).order_by(m.Unit.id)
    ).all()
    parts = []
    prices = dict(
        session.execute(
            select(m.OrderLine.product_id, m.OrderLine.unit_price_cents).where(
                m.OrderLine.order_id == rma.order_id
            )
        ).all()
    )
    refund = 0
    for unit in units:
        final = unit.override_disposition or unit.disposition
        if unit.status == "MISSING":
            parts.append(f"{unit.unit_code} missing from the parcel")
        elif final:
            words = (unit.refund or "").lower()
            fee = f", fee {unit.fee_percent}%" if unit.fee_percent else ""
            price = prices.get(unit.product_id, 0) if unit.product_id else 0
            if words == "full":
                refund += price
            elif words == "partial":
                refund += price * (100 - unit.fee_percent) // 100
            parts.append(
                f"{unit.unit_code} {final} grade {unit.grade}, refund {words}{fee}: "
                f"{(unit.override_reason or unit.reason or '').strip()}"
            )
    note = ("Returns Inspector: " + "; ".join(parts))[:NOTE_LIMIT]
    return Completion(
        event,
        rma.shop_return_id or "",
        tuple((s.return_line_item_id, s.quantity) for s in shop_lines),
        note,
        refund,
    )


def refund_transfer(basis: dict[str, Any] | None, cents: int) -> dict[str, Any] | None:
    """returnProcess's financialTransfer for a refund of `cents` against the order's payment
    (its first successful sale or capture), or None when there is nothing to refund."""
    order = (basis or {}).get("order") or {}
    for transaction in order.get("transactions") or []:
        if (
            transaction.get("kind") in ("SALE", "CAPTURE")
            and transaction.get("status") == "SUCCESS"
        ):
            money = ((transaction.get("amountSet") or {}).get("shopMoney")) or {}
            paid = round(float(money.get("amount") or 0) * 100)
            amount = min(cents, paid)
            if amount <= 0:
                return None
            return {
                "issueRefund": {
                    "orderTransactions": [
                        {
                            "parentId": transaction["id"],
                            "transactionAmount": {
                                "amount": f"{amount / 100:.2f}",
                                "currencyCode": money.get("currencyCode"),
                            },
                        }
                    ]
                }
            }
    return None


def user_error_words(errors: list[dict[str, Any]]) -> str:
    """Shopify's userErrors as one line: its messages and codes."""
    texts = []
    for error in errors:
        code = error.get("code")
        message = str(error.get("message") or "refused")
        texts.append(f"{message} ({code})" if code else message)
    return "Shopify refused it: " + "; ".join(texts)


def applied_counts(nodes: list[Any]) -> dict[str, dict[str, int] | None]:
    """From the dispositions-state query: per line item, the quantity disposed per type
    (None for a line item the shop no longer has)."""
    counts: dict[str, dict[str, int] | None] = {}
    for node in nodes:
        if not isinstance(node, dict) or not node.get("id"):
            continue
        per_type: dict[str, int] = {}
        for disposition in node.get("dispositions") or []:
            kind = disposition.get("type")
            per_type[kind] = per_type.get(kind, 0) + int(disposition.get("quantity") or 0)
        counts[node["id"]] = per_type
    return counts


def settle_applied(
    disposals: list[Disposal],
    applied: dict[str, dict[str, int] | None],
    sent_before: dict[str, list[dict[str, Any]]],
) -> tuple[dict[int, Result], list[Disposal]]:
    """Which disposals the shop already holds (settled as sent) and which are still missing.

    For each line item and type, the shop's quantity beyond what earlier SENT events account
    for was applied by attempts whose answer never came; the oldest events take it.
    """
    settled: dict[int, Result] = {}
    missing: list[Disposal] = []
    groups: dict[tuple[str, str], list[Disposal]] = {}
    # Events tried before take the credit first: theirs are the answers that never came.
    for d in sorted(disposals, key=lambda d: (d.event.attempts <= 1, d.event.id)):
        groups.setdefault((d.rfo_line_item_id, d.kind), []).append(d)
    for (line_id, kind), group in groups.items():
        if line_id not in applied or applied[line_id] is None:
            for d in group:
                settled[d.event.id] = Attention(
                    "the shop no longer has this return line (the return changed after it was "
                    "pulled): settle it in the shop, then skip this event"
                )
            continue
        held = (applied[line_id] or {}).get(kind, 0)
        before = sum(1 for p in sent_before.get(line_id, []) if _kind_of(p) == kind)
        extra = max(0, held - before)
        for d in group[:extra]:
            settled[d.event.id] = Sent(
                d.rfo_line_item_id, note="found applied in the shop", sent_as=kind
            )
        missing.extend(group[extra:])
    return settled, missing


def _kind_of(payload: dict[str, Any]) -> str:
    return str(payload.get("sent_as") or payload.get("disposition") or "")
