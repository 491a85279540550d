"""What a connector is: it pulls returns changed since a cursor and delivers outbox events;
what a pulled return looks like before it becomes an RMA; the problems a shop can answer with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from inspector.core.errors import InspectorError
from inspector.shop.outbox import Claimed, Result


class ShopProblem(InspectorError):
    """The shop could not be used just now, or refused what was sent; the words say which."""

    retry_after: float | None = None

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ShopUnreachable(ShopProblem):
    """No answer, or a busy or failing server: the dock goes on, the outbox waits."""


class ShopAmbiguous(ShopUnreachable):
    """A change was sent and no answer came: the shop may or may not have applied it."""


class ShopAuthRefused(ShopProblem):
    """The shop refused the token or the signature: a connection problem, not an event's."""


class ShopRejected(ShopProblem):
    """The shop refused the request itself (a 4xx, a GraphQL error): waits for a person."""


@dataclass(frozen=True)
class ReturnLineIn:
    """One line of a pulled return, as the shop words it."""

    shop_id: str  # the return line item
    quantity: int
    sku: str | None
    title: str
    barcode: str | None = None
    inventory_item_id: str | None = None
    unit_price: str | None = None  # decimal text in the shop's currency
    product_type: str | None = None
    category_name: str | None = None
    tags: tuple[str, ...] = ()
    reason_handle: str | None = None
    reason_name: str | None = None
    reason_note: str = ""
    customer_note: str = ""
    fulfillment_line_item_id: str | None = None
    rfo_line_item_id: str | None = None  # where its dispositions go
    variant_id: str | None = None


@dataclass(frozen=True)
class ReturnIn:
    """A return pulled from the shop, with what the dock needs from its order."""

    shop_id: str
    name: str
    created_on: dt.date
    order_id: str
    order_name: str
    order_date: dt.date | None
    delivered_date: dt.date | None
    source_name: str | None
    customer_id: str | None
    email: str | None
    country: str | None
    region: str | None
    postal_code: str | None
    lines: tuple[ReturnLineIn, ...]
    deliveries: tuple[tuple[str, str, str | None], ...] = ()  # (id, tracking number, carrier)
    problems: tuple[str, ...] = ()  # what makes it unusable as pulled
    # For a requested return, what the policy needs besides: when it was asked for (the
    # shop's time, with its zone), the order's value and its SKUs and pieces.
    created_at: str | None = None
    order_value: str | None = None
    order_skus: int | None = None
    order_units: int | None = None
    delivery_known: bool | None = (
        None  # False: the order has no delivery date (the order's date stands in)
    )


@dataclass(frozen=True)
class PullPage:
    returns: list[ReturnIn]
    cursor: dict[str, Any]  # where the next page starts; kept between pulls
    more: bool  # another page is waiting now
    cost: float = 0.0


@dataclass(frozen=True)
class Location:
    id: str
    name: str
    active: bool = True


@dataclass
class Connection:
    """What checking a connection found: the shop's name and its locations."""

    shop_name: str
    locations: list[Location] = field(default_factory=list)


class Connector(Protocol):
    """A shop platform: pull returns, deliver outbox events."""

    name: str
    batch_size: int  # how many events one deliver() takes

    def check(self) -> Connection: ...

    def pull(self, cursor: dict[str, Any]) -> PullPage: ...

    def deliver(self, events: list[Claimed]) -> dict[int, Result]: ...

    def close(self) -> None: ...
