"""The fake shop's state: orders, returns, reverse fulfillment orders, dispositions and
inventory levels, with the resolvers the fake Admin API executes its requests over."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import re
import threading
from dataclasses import dataclass, field
from typing import Any


def gid(kind: str, number: int) -> str:
    return f"gid://shopify/{kind}/{number}"


@dataclass
class ShopItem:
    sku: str | None
    title: str
    price: str = "49.90"
    barcode: str | None = None
    product_type: str = ""
    tags: tuple[str, ...] = ()
    category: str | None = None


@dataclass
class ReturnLine:
    id: str
    fli_id: str
    item: ShopItem
    quantity: int
    reason_handle: str | None = "unwanted"
    reason_name: str | None = "Unwanted"
    reason_note: str = ""
    customer_note: str = ""
    processed: int = 0
    variant_id: str = ""
    inventory_item_id: str = ""


@dataclass
class RfoLine:
    id: str
    fli_id: str
    total: int
    dispositions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ShopReturn:
    id: str
    name: str
    order: ShopOrder
    created_at: str
    lines: list[ReturnLine]
    rfo_id: str
    rfo_lines: list[RfoLine]
    deliveries: list[tuple[str, str, str]]
    status: str = "OPEN"
    decline: dict[str, Any] | None = None  # a declined request's reason and note
    decided: int = 0  # approve and decline calls applied
    process_calls: int = 0
    notes: list[str] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ShopOrder:
    id: str
    name: str
    created_at: str
    updated_at: str
    source_name: str = "web"
    email: str | None = "buyer@example.com"
    customer_id: str | None = None
    country: str | None = "US"
    province: str | None = "CA"
    zip: str | None = "94110"
    delivered_at: str | None = None
    total: str | None = None  # the order's value (default: its items' prices)
    items: list[tuple[str | None, int]] = field(default_factory=list)  # (SKU, pieces) bought
    returns: list[ShopReturn] = field(default_factory=list)


class ShopState:
    """Everything the fake shop holds; every change under one lock."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.orders: list[ShopOrder] = []
        self.returns: dict[str, ShopReturn] = {}
        self.rfo_lines: dict[str, tuple[ShopReturn, RfoLine, ReturnLine]] = {}
        self.locations = {gid("Location", 1): "Main warehouse", gid("Location", 2): "Outlet"}
        self.inventory: dict[tuple[str, str], int] = {}
        self._ids = itertools.count(1000)
        # 09:00 UTC ten days before today: the shop's returns are as fresh on any day the suite
        # runs (a fixed date made every parcel late from one day on: a date bomb), and the hour
        # is the same day in the warehouse's time zone.
        self.clock = dt.datetime.now(dt.timezone.utc).replace(
            hour=9, minute=0, second=0, microsecond=0
        ) - dt.timedelta(days=10)

    def _next(self) -> int:
        return next(self._ids)

    def add_return(
        self,
        items: list[tuple[ShopItem, int]],
        *,
        tracking: str | None = None,
        carrier: str = "UPS",
        reason: tuple[str | None, str | None] = ("unwanted", "Unwanted"),
        updated_at: str | None = None,
        status: str = "OPEN",
        **order_fields: Any,
    ) -> ShopReturn:
        """An order with `items` (item, quantity), delivered, and a return of them all: open,
        or REQUESTED (waiting for the merchant's approval)."""
        with self.lock:
            self.clock += dt.timedelta(minutes=1)
            stamp = updated_at or self.clock.isoformat().replace("+00:00", "Z")
            number = self._next()
            order_fields.setdefault("customer_id", gid("Customer", number))
            order_fields.setdefault(
                "delivered_at",
                (self.clock - dt.timedelta(days=5)).isoformat().replace("+00:00", "Z"),
            )
            order_fields.setdefault(
                "created_at",
                (self.clock - dt.timedelta(days=9)).isoformat().replace("+00:00", "Z"),
            )
            order_fields.setdefault("items", [(item.sku, quantity) for item, quantity in items])
            order = ShopOrder(
                id=gid("Order", number), name=f"#{number}", updated_at=stamp, **order_fields
            )
            lines, rfo_lines = [], []
            for item, quantity in items:
                fli = gid("FulfillmentLineItem", self._next())
                variant = self._next()
                lines.append(
                    ReturnLine(
                        gid("ReturnLineItem", self._next()),
                        fli,
                        item,
                        quantity,
                        reason[0],
                        reason[1],
                        variant_id=gid("ProductVariant", variant),
                        inventory_item_id=gid("InventoryItem", variant),
                    )
                )
                rfo_lines.append(
                    RfoLine(gid("ReverseFulfillmentOrderLineItem", self._next()), fli, quantity)
                )
            deliveries = []
            if tracking:
                deliveries.append((gid("ReverseDelivery", self._next()), tracking, carrier))
            ret = ShopReturn(
                id=gid("Return", self._next()),
                name=f"{order.name}-R1",
                order=order,
                created_at=stamp,
                lines=lines,
                rfo_id=gid("ReverseFulfillmentOrder", self._next()),
                rfo_lines=rfo_lines,
                deliveries=deliveries,
                status=status,
            )
            order.returns.append(ret)
            self.orders.append(order)
            self.returns[ret.id] = ret
            for rfo_line, line in zip(rfo_lines, lines, strict=True):
                self.rfo_lines[rfo_line.id] = (ret, rfo_line, line)
            return ret

    # -- reading, as the schema's objects ------------------------------------------------

    def order_view(self, order: ShopOrder) -> dict[str, Any]:
        return {
            "__typename": "Order",
            "id": order.id,
            "name": order.name,
            "createdAt": order.created_at,
            "processedAt": order.created_at,
            "updatedAt": order.updated_at,
            "sourceName": order.source_name,
            "email": order.email,
            "customer": {"id": order.customer_id} if order.customer_id else None,
            "shippingAddress": {
                "countryCodeV2": order.country,
                "provinceCode": order.province,
                "zip": order.zip,
            },
            "fulfillments": lambda info, **a: [{"deliveredAt": order.delivered_at}],
            "currentTotalPriceSet": {"shopMoney": {"amount": order.total or self._total(order)}},
            "lineItems": lambda info, **a: connection(
                [{"sku": sku, "quantity": n} for sku, n in order.items], a
            ),
            "returns": lambda info, **a: connection(
                [self.return_view(r) for r in order.returns if _status_matches(r, a.get("query"))],
                a,
            ),
        }

    def _total(self, order: ShopOrder) -> str:
        prices = {line.item.sku: line.item.price for r in order.returns for line in r.lines}
        cents = sum(round(float(prices.get(sku) or 0) * 100) * n for sku, n in order.items)
        return f"{cents / 100:.2f}"

    def return_view(self, ret: ShopReturn) -> dict[str, Any]:
        return {
            "__typename": "Return",
            "id": ret.id,
            "name": ret.name,
            "status": ret.status,
            "decline": ret.decline,
            "createdAt": ret.created_at,
            "order": {
                "id": ret.order.id,
                "transactions": lambda info, **a: [
                    {
                        "id": ret.order.id.replace("Order", "OrderTransaction"),
                        "kind": "SALE",
                        "status": "SUCCESS",
                        "amountSet": {"shopMoney": {"amount": "500.00", "currencyCode": "USD"}},
                    }
                ],
            },
            "returnLineItems": lambda info, **a: connection(
                [self.line_view(x) for x in ret.lines], a
            ),
            "reverseFulfillmentOrders": lambda info, **a: connection([self.rfo_view(ret)], a),
        }

    def line_view(self, line: ReturnLine) -> dict[str, Any]:
        item = line.item
        return {
            "__typename": "ReturnLineItem",
            "id": line.id,
            "quantity": line.quantity,
            "processedQuantity": line.processed,
            "processableQuantity": line.quantity - line.processed,
            "returnReasonNote": line.reason_note,
            "customerNote": line.customer_note or None,
            "returnReasonDefinition": (
                {"handle": line.reason_handle, "name": line.reason_name}
                if line.reason_handle
                else None
            ),
            "fulfillmentLineItem": {
                "id": line.fli_id,
                "lineItem": {
                    "sku": item.sku,
                    "title": item.title,
                    "originalUnitPriceSet": {"shopMoney": {"amount": item.price}},
                    "variant": {
                        "id": line.variant_id,
                        "sku": item.sku,
                        "barcode": item.barcode,
                        "inventoryItem": {"id": line.inventory_item_id},
                    },
                    "product": {
                        "productType": item.product_type,
                        "tags": list(item.tags),
                        "category": {"name": item.category} if item.category else None,
                    },
                },
            },
        }

    def rfo_view(self, ret: ShopReturn) -> dict[str, Any]:
        return {
            "__typename": "ReverseFulfillmentOrder",
            "id": ret.rfo_id,
            "lineItems": lambda info, **a: connection(
                [self.rfo_line_view(x) for x in ret.rfo_lines], a
            ),
            "reverseDeliveries": lambda info, **a: connection(
                [
                    {
                        "id": did,
                        "deliverable": {
                            "__typename": "ReverseDeliveryShippingDeliverable",
                            "tracking": {"number": number, "carrierName": carrier},
                        },
                    }
                    for did, number, carrier in ret.deliveries
                ],
                a,
            ),
        }

    def rfo_line_view(self, line: RfoLine) -> dict[str, Any]:
        return {
            "__typename": "ReverseFulfillmentOrderLineItem",
            "id": line.id,
            "totalQuantity": line.total,
            "fulfillmentLineItem": {"id": line.fli_id},
            "dispositions": [
                {
                    "type": d["type"],
                    "quantity": d["quantity"],
                    "location": ({"id": d["location"]} if d["location"] else None),
                }
                for d in line.dispositions
            ],
        }

    def node(self, node_id: str) -> dict[str, Any] | None:
        if node_id in self.returns:
            return self.return_view(self.returns[node_id])
        if node_id in self.rfo_lines:
            return self.rfo_line_view(self.rfo_lines[node_id][1])
        return None

    def orders_page(self, args: dict[str, Any]) -> dict[str, Any]:
        query = args.get("query") or ""
        wanted = self.orders
        if "return_status:in_progress" in query:
            wanted = [o for o in wanted if any(r.status == "OPEN" for r in o.returns)]
        if "return_status:return_requested" in query:
            wanted = [o for o in wanted if any(r.status == "REQUESTED" for r in o.returns)]
        since = re.search(r"updated_at:>'?([^' ]+)'?", query)
        if since:
            wanted = [o for o in wanted if o.updated_at > since.group(1)]
        wanted = sorted(wanted, key=lambda o: (o.updated_at, o.id))
        return connection([self.order_view(o) for o in wanted], args)


def _status_matches(ret: ShopReturn, query: str | None) -> bool:
    match = re.search(r"status:(\w+)", query or "")
    return match is None or ret.status.lower() == match.group(1).lower()


def _cursor(index: int) -> str:
    return base64.b64encode(f"i:{index}".encode()).decode()


def connection(items: list[Any], args: dict[str, Any]) -> dict[str, Any]:
    """A Relay connection page of `items` after the `after` cursor."""
    start = 0
    if args.get("after"):
        start = int(base64.b64decode(args["after"]).decode().split(":")[1]) + 1
    first = args.get("first") or 50
    page = items[start : start + first]
    end = start + len(page) - 1
    return {
        "nodes": page,
        "edges": [{"node": n, "cursor": _cursor(start + i)} for i, n in enumerate(page)],
        "pageInfo": {
            "hasNextPage": start + first < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": _cursor(start) if page else None,
            "endCursor": _cursor(end) if page else None,
        },
    }
