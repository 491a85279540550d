"""Reading Shopify's answers to the pull's two queries into returns the dock can use."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector.shop.connector import ReturnIn, ReturnLineIn

ORDERS_PER_PAGE = 40
RETURNS_PER_QUERY = 2  # the detail query's requested cost stays well inside the bucket


def orders_query(since: str | None) -> str:
    """The orders filter: returns in progress, changed since the cursor's time."""
    text = "return_status:in_progress"
    if since:
        text += f" updated_at:>'{since}'"
    return text


def _date(text: Any) -> dt.date | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def order_facts(order: dict[str, Any]) -> dict[str, Any]:
    """What the dock needs from an order: delivery date, channel, where the customer is."""
    delivered = [
        d for d in (_date(f.get("deliveredAt")) for f in order.get("fulfillments") or []) if d
    ]
    placed = _date(order.get("processedAt")) or _date(order.get("createdAt"))
    address = order.get("shippingAddress") or {}
    return {
        "order_id": order.get("id") or "",
        "order_name": _text(order.get("name")),
        "order_date": placed,
        "delivered_date": max(delivered) if delivered else placed,
        "source_name": order.get("sourceName"),
        "customer_id": (order.get("customer") or {}).get("id"),
        "email": order.get("email") or None,
        "country": address.get("countryCodeV2") or None,
        "region": address.get("provinceCode") or None,
        "postal_code": address.get("zip") or None,
        "updated_at": order.get("updatedAt"),
    }


def open_return_ids(order: dict[str, Any]) -> list[str]:
    returns = ((order.get("returns") or {}).get("nodes")) or []
    return [r["id"] for r in returns if r.get("id") and r.get("status") == "OPEN"]


def return_of(node: dict[str, Any], facts: dict[str, Any]) -> ReturnIn:
    """A return from the detail query's node and its order's facts."""
    problems: list[str] = []
    by_fulfillment: dict[str, str] = {}
    deliveries: list[tuple[str, str, str | None]] = []
    for rfo in ((node.get("reverseFulfillmentOrders") or {}).get("nodes")) or []:
        for item in ((rfo.get("lineItems") or {}).get("nodes")) or []:
            fli = (item.get("fulfillmentLineItem") or {}).get("id")
            if fli and item.get("id"):
                by_fulfillment.setdefault(fli, item["id"])
        for delivery in ((rfo.get("reverseDeliveries") or {}).get("nodes")) or []:
            tracking = (delivery.get("deliverable") or {}).get("tracking") or {}
            number = _text(tracking.get("number"))
            if number:
                deliveries.append((delivery.get("id") or "", number, tracking.get("carrierName")))
    items = node.get("returnLineItems") or {}
    if (items.get("pageInfo") or {}).get("hasNextPage"):
        problems.append("the return has more than 25 lines; process it in the shop")
    lines = []
    for item in items.get("nodes") or []:
        fli = item.get("fulfillmentLineItem") or {}
        line = fli.get("lineItem") or {}
        variant = line.get("variant") or {}
        product = line.get("product") or {}
        reason = item.get("returnReasonDefinition") or {}
        price = (((line.get("originalUnitPriceSet") or {}).get("shopMoney")) or {}).get("amount")
        lines.append(
            ReturnLineIn(
                shop_id=item.get("id") or "",
                quantity=int(item.get("quantity") or 0),
                sku=_text(line.get("sku")) or _text(variant.get("sku")) or None,
                title=_text(line.get("title")),
                barcode=_text(variant.get("barcode")) or None,
                inventory_item_id=(variant.get("inventoryItem") or {}).get("id"),
                unit_price=str(price) if price is not None else None,
                product_type=_text(product.get("productType")) or None,
                category_name=_text((product.get("category") or {}).get("name")) or None,
                tags=tuple(t for t in product.get("tags") or [] if isinstance(t, str)),
                reason_handle=reason.get("handle"),
                reason_name=reason.get("name"),
                reason_note=_text(item.get("returnReasonNote")),
                customer_note=_text(item.get("customerNote")),
                fulfillment_line_item_id=fli.get("id"),
                rfo_line_item_id=by_fulfillment.get(fli.get("id") or ""),
                variant_id=variant.get("id"),
            )
        )
    created = _date(node.get("createdAt")) or dt.date.today()
    return ReturnIn(
        shop_id=node.get("id") or "",
        name=_text(node.get("name")),
        created_on=created,
        order_id=facts["order_id"],
        order_name=facts["order_name"],
        order_date=facts["order_date"],
        delivered_date=facts["delivered_date"],
        source_name=facts["source_name"],
        customer_id=facts["customer_id"],
        email=facts["email"],
        country=facts["country"],
        region=facts["region"],
        postal_code=facts["postal_code"],
        lines=tuple(lines),
        deliveries=tuple(deliveries),
        problems=tuple(problems),
    )
