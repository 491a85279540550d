"""Requested returns in Shopify: reading those that wait for approval, and sending the
decision (returnApproveRequest, or returnDeclineRequest with Shopify's reason and the
policy's words as the note). A decision tried before is settled by reading the return's
status first: neither mutation takes an idempotency key in 2026-10."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from inspector.shop import shopify_pull as reading
from inspector.shop.connector import PullPage, ShopAmbiguous, ShopRejected
from inspector.shop.outbox import Attention, Claimed, Result, Retry, Sent
from inspector.shop.shopify_push import user_error_words

if TYPE_CHECKING:  # httpx loads with the shop's first request, not on the way to sign-in
    from inspector.shop.admin_api import AdminApi

APPROVED, DECLINED = "return.request_approved", "return.request_declined"
KINDS = (APPROVED, DECLINED)
DECLINE_NOTE_LIMIT = 500
# Each order brings its line items' SKUs (20 at most): ten orders a page keep the requested
# cost near 400 of the bucket's 1000.
ORDERS_PER_PAGE = 10
# A status is one field of each node: fifty a query cost about what one return's details do.
STATUSES_PER_QUERY = 50


def requested_query(since: str | None) -> str:
    text = "return_status:return_requested"
    if since:
        text += f" updated_at:>'{since}'"
    return text


def _order_extra(order: dict[str, Any]) -> dict[str, Any]:
    total = ((order.get("currentTotalPriceSet") or {}).get("shopMoney") or {}).get("amount")
    items = ((order.get("lineItems") or {}).get("nodes")) or []
    skus = {str(i.get("sku") or f"#{n}") for n, i in enumerate(items)}
    return {
        "order_value": str(total) if total is not None else None,
        "order_skus": len(skus) or None,
        "order_units": sum(int(i.get("quantity") or 0) for i in items) or None,
        "delivery_known": any(f.get("deliveredAt") for f in order.get("fulfillments") or []),
    }


def pull_requests(api: AdminApi, cursor: dict[str, Any], newest_of: Any) -> PullPage:
    """One page of orders with requested returns, and those returns in full."""
    variables = {
        "first": ORDERS_PER_PAGE,
        "after": cursor.get("after"),
        "query": requested_query(cursor.get("since")),
    }
    spent_before = api.spent.actual_cost
    data = api.call("requested_returns", variables)
    orders = data.get("orders") or {}
    page_info = orders.get("pageInfo") or {}
    wanted: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    newest = cursor.get("newest")
    for order in orders.get("nodes") or []:
        facts = reading.order_facts(order)
        if facts["updated_at"] and (newest is None or facts["updated_at"] > newest):
            newest = facts["updated_at"]
        returns = ((order.get("returns") or {}).get("nodes")) or []
        wanted += [
            (r["id"], facts, _order_extra(order))
            for r in returns
            if r.get("id") and r.get("status") == "REQUESTED"
        ]
    found_returns = []
    for start in range(0, len(wanted), reading.RETURNS_PER_QUERY):
        chunk = wanted[start : start + reading.RETURNS_PER_QUERY]
        found = api.call("return_details", {"ids": [rid for rid, _, _ in chunk]})
        nodes = {n["id"]: n for n in found.get("nodes") or [] if isinstance(n, dict) and n}
        for rid, facts, extra in chunk:
            node = nodes.get(rid)
            if node is None or node.get("status") != "REQUESTED":
                continue
            ret = reading.return_of(node, facts)
            found_returns.append(
                dataclasses.replace(ret, created_at=node.get("createdAt"), **extra)
            )
    more = bool(page_info.get("hasNextPage"))
    if more:
        next_cursor = {**cursor, "after": page_info.get("endCursor"), "newest": newest}
    else:
        next_cursor = {"since": newest_of(newest) or cursor.get("since")}
    return PullPage(found_returns, next_cursor, more, api.spent.actual_cost - spent_before)


def request_statuses(api: AdminApi, return_ids: list[str]) -> dict[str, str | None]:
    """Each return's status in the shop now (None: the shop no longer has it)."""
    statuses: dict[str, str | None] = {}
    for start in range(0, len(return_ids), STATUSES_PER_QUERY):
        chunk = return_ids[start : start + STATUSES_PER_QUERY]
        found = api.call("return_statuses", {"ids": chunk})
        nodes = {n["id"]: n for n in found.get("nodes") or [] if isinstance(n, dict) and n}
        statuses.update({rid: (nodes.get(rid) or {}).get("status") for rid in chunk})
    return statuses


def decide(api: AdminApi, event: Claimed) -> Result:
    """Send one decision; if it may have gone out before, read the return's status first."""
    return_id = str(event.payload.get("shop_return_id") or "")
    wanted = "OPEN" if event.kind == APPROVED else "DECLINED"
    try:
        if event.attempts > 1:
            state = api.call("return_state", {"id": return_id}).get("return")
            if state is None:
                return Attention("the shop no longer has this return", return_id)
            status = state.get("status")
            if status == wanted or (wanted == "OPEN" and status == "CLOSED"):
                return Sent(return_id, note="the shop had it already")
            if status != "REQUESTED":
                return Attention(
                    f"the return is {str(status).lower()} in the shop now; it can no longer be "
                    f"{'approved' if wanted == 'OPEN' else 'declined'}",
                    return_id,
                )
        if event.kind == APPROVED:
            data = api.call(
                "return_approve_request",
                {"input": {"id": return_id, "notifyCustomer": True}},
                mutation=True,
            ).get("returnApproveRequest")
        else:
            note = str(event.payload.get("decline_note") or "")[:DECLINE_NOTE_LIMIT]
            data = api.call(
                "return_decline_request",
                {
                    "input": {
                        "id": return_id,
                        "declineReason": event.payload.get("decline_reason") or "OTHER",
                        "declineNote": note,
                        "notifyCustomer": True,
                    }
                },
                mutation=True,
            ).get("returnDeclineRequest")
    except ShopAmbiguous as exc:
        return Retry(str(exc), after_s=exc.retry_after or 1.0, shop_ref=return_id)
    except ShopRejected as exc:
        return Attention(str(exc), return_id)
    errors = (data or {}).get("userErrors") or []
    if errors:
        return Attention(user_error_words(errors), return_id)
    return Sent(return_id)
