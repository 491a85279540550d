"""A return written as JSON (docs/policy.md), read into the verdict's facts with every
problem named by its place in the file."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from db.vocabulary import CATEGORIES, CHANNELS, RETURN_REASONS
from inspector.core.errors import InspectorError
from inspector.policy.verdict import CustomerHistory, LineFacts, OrderFacts, ReturnFacts


class ReturnFileError(InspectorError):
    """A return file that cannot be judged: says where and what."""


def read_return(path: Path) -> ReturnFacts:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReturnFileError(f"{path}: cannot read the file: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ReturnFileError(f"{path}, line {exc.lineno}: not valid JSON: {exc.msg}") from None
    return return_from_json(data, str(path))


def return_from_json(data: Any, source: str) -> ReturnFacts:
    def fail(where: str, what: str) -> ReturnFileError:
        return ReturnFileError(f"{source}: {where}: {what}")

    def mapping(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise fail(where, "must be an object {…}")
        return value

    def day(value: Any, where: str, optional: bool = True) -> dt.date | None:
        if value is None and optional:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise fail(where, f"'{value}' is no date (YYYY-MM-DD)") from None

    def moment(value: Any, where: str) -> dt.datetime | None:
        if value is None:
            return None
        try:
            return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise fail(where, f"'{value}' is no time (YYYY-MM-DDTHH:MM[+zone])") from None

    def cents(value: Any, where: str) -> int:
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            amount = Decimal("nan")
        if isinstance(value, bool) or not amount.is_finite() or amount < 0:
            raise fail(where, f"'{value}' is no amount of money")
        return int((amount * 100).to_integral_value())

    def whole(value: Any, where: str, low: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise fail(where, f"'{value}' must be a whole number of at least {low}")
        return value

    def one_of(value: Any, allowed: tuple[str, ...], where: str) -> str:
        if value not in allowed:
            raise fail(where, f"'{value}' is not one of {', '.join(allowed)}")
        return str(value)

    top = mapping(data, "the file")
    order_in = mapping(top.get("order"), "order")
    lines_in = top.get("lines")
    if not isinstance(lines_in, list) or not lines_in:
        raise fail("lines", "must list the return's lines [{…}, …]")
    lines = []
    for i, raw in enumerate(lines_in):
        at = f"lines[{i}]"
        line = mapping(raw, at)
        sku = line.get("sku")
        if not isinstance(sku, str) or not sku.strip():
            raise fail(f"{at}.sku", "every line needs its SKU")
        tags = line.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise fail(f"{at}.tags", "must be a list of words")
        lines.append(
            LineFacts(
                key=str(line.get("id", i + 1)),
                sku=sku.strip(),
                category=one_of(line.get("category"), CATEGORIES, f"{at}.category"),
                reason=one_of(line.get("reason", "UNKNOWN"), RETURN_REASONS, f"{at}.reason"),
                quantity=whole(line.get("quantity", 1), f"{at}.quantity", 1),
                price_cents=cents(line.get("price", 0), f"{at}.price"),
                tags=frozenset(t.strip().lower() for t in tags),
            )
        )
    skus = {line.sku for line in lines}
    order = OrderFacts(
        channel=one_of(order_in.get("channel"), CHANNELS, "order.channel"),
        ordered_on=day(order_in.get("ordered_on"), "order.ordered_on"),
        delivered_on=day(order_in.get("delivered_on"), "order.delivered_on"),
        value_cents=cents(
            order_in.get("value", sum(x.price_cents * x.quantity for x in lines) / 100),
            "order.value",
        ),
        skus=whole(order_in.get("skus", len(skus)), "order.skus", 1),
        units=whole(order_in.get("units", sum(x.quantity for x in lines)), "order.units", 1),
    )
    customer = None
    if top.get("customer") is not None:
        history = mapping(top["customer"], "customer")

        def pairs(key: str) -> tuple[tuple[dt.date, int], ...]:
            raw = history.get(key, [])
            if not isinstance(raw, list):
                raise fail(f"customer.{key}", "must list [day, pieces] pairs")
            out = []
            for j, pair in enumerate(raw):
                where = f"customer.{key}[{j}]"
                if not isinstance(pair, list) or len(pair) != 2:
                    raise fail(where, "must be [day, pieces]")
                out.append((day(pair[0], where, False), whole(pair[1], where, 1)))
            return tuple(out)  # type: ignore[arg-type]

        returns = history.get("returns", [])
        if not isinstance(returns, list):
            raise fail("customer.returns", "must list the days of earlier returns")
        customer = CustomerHistory(
            returns=tuple(day(d, f"customer.returns[{j}]", False) for j, d in enumerate(returns)),  # type: ignore[misc]
            bought=pairs("bought"),
            returned=pairs("returned"),
        )
    return ReturnFacts(
        lines=tuple(lines),
        order=order,
        customer=customer,
        requested_at=moment(top.get("requested_at"), "requested_at"),
        arrived_at=moment(top.get("arrived_at"), "arrived_at"),
    )


def return_to_json(facts: ReturnFacts) -> dict[str, Any]:
    """The facts as the JSON `return_from_json` reads (kept with a request, for replay)."""
    order = facts.order
    data: dict[str, Any] = {
        "requested_at": facts.requested_at.isoformat() if facts.requested_at else None,
        "order": {
            "channel": order.channel,
            "ordered_on": order.ordered_on.isoformat() if order.ordered_on else None,
            "delivered_on": order.delivered_on.isoformat() if order.delivered_on else None,
            "value": str(Decimal(order.value_cents) / 100),
            "skus": order.skus,
            "units": max(order.units, 1),
        },
        "customer": None,
        "lines": [
            {
                "id": line.key,
                "sku": line.sku,
                "category": line.category,
                "reason": line.reason,
                "quantity": line.quantity,
                "price": str(Decimal(line.price_cents) / 100),
                "tags": sorted(line.tags),
            }
            for line in facts.lines
        ],
    }
    if facts.arrived_at is not None:
        data["arrived_at"] = facts.arrived_at.isoformat()
    if facts.customer is not None:
        data["customer"] = {
            "returns": [d.isoformat() for d in facts.customer.returns],
            "bought": [[d.isoformat(), n] for d, n in facts.customer.bought],
            "returned": [[d.isoformat(), n] for d, n in facts.customer.returned],
        }
    return data
