"""The Shopify connector: pulls open returns and delivers the outbox through the Admin API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.shop import shopify_pull as reading
from inspector.shop import shopify_requests as requests
from inspector.shop.admin_api import AdminApi
from inspector.shop.connector import (
    Connection,
    Location,
    PullPage,
    ShopAmbiguous,
    ShopProblem,
    ShopRejected,
    ShopUnreachable,
)
from inspector.shop.outbox import Attention, Claimed, Result, Retry, Sent, sent_refs
from inspector.shop.shop_settings import ShopSettings
from inspector.shop.shopify_push import (
    DISPOSE_BATCH,
    Completion,
    Disposal,
    applied_counts,
    plan,
    refund_transfer,
    settle_applied,
    user_error_words,
)

STATE_IDS_PER_QUERY = 50


class ShopifyConnector:
    """One store, one token, one warehouse (whose shop ids the events are resolved by)."""

    name = "shopify"
    batch_size = DISPOSE_BATCH

    def __init__(self, warehouse: Warehouse, settings: ShopSettings, api: AdminApi) -> None:
        self.warehouse = warehouse
        self.settings = settings
        self.api = api

    def close(self) -> None:
        self.api.close()

    # -- checking --------------------------------------------------------------------------

    def check(self) -> Connection:
        """The token works: the shop's name and its locations."""
        data = self.api.call("locations", {})
        shop = data.get("shop") or {}
        nodes = ((data.get("locations") or {}).get("nodes")) or []
        return Connection(
            shop_name=str(shop.get("name") or shop.get("myshopifyDomain") or "?"),
            locations=[
                Location(n["id"], str(n.get("name") or ""), bool(n.get("isActive", True)))
                for n in nodes
                if n.get("id")
            ],
        )

    # -- pulling ---------------------------------------------------------------------------

    def pull(self, cursor: dict[str, Any]) -> PullPage:
        """One page of orders with returns in progress, and their open returns in full.

        The cursor holds the time the pull counts from (`since`, kept a second behind the
        newest order seen, so an order changed in the same second is read again rather than
        missed) and, between the pages of one pull, the page cursor (`after`)."""
        variables = {
            "first": reading.ORDERS_PER_PAGE,
            "after": cursor.get("after"),
            "query": reading.orders_query(cursor.get("since")),
        }
        spent_before = self.api.spent.actual_cost
        data = self.api.call("orders_with_returns", variables)
        orders = data.get("orders") or {}
        page_info = orders.get("pageInfo") or {}
        wanted: list[tuple[str, dict[str, Any]]] = []
        newest = cursor.get("newest")
        for order in orders.get("nodes") or []:
            facts = reading.order_facts(order)
            if facts["updated_at"] and (newest is None or facts["updated_at"] > newest):
                newest = facts["updated_at"]
            wanted += [(rid, facts) for rid in reading.open_return_ids(order)]
        returns = []
        for start in range(0, len(wanted), reading.RETURNS_PER_QUERY):
            chunk = wanted[start : start + reading.RETURNS_PER_QUERY]
            found = self.api.call("return_details", {"ids": [rid for rid, _ in chunk]})
            nodes = {n["id"]: n for n in found.get("nodes") or [] if isinstance(n, dict) and n}
            for rid, facts in chunk:
                if rid in nodes:
                    returns.append(reading.return_of(nodes[rid], facts))
        more = bool(page_info.get("hasNextPage"))
        if more:
            next_cursor = {**cursor, "after": page_info.get("endCursor"), "newest": newest}
        else:
            next_cursor = {"since": _a_second_before(newest) or cursor.get("since")}
        return PullPage(returns, next_cursor, more, self.api.spent.actual_cost - spent_before)

    def pull_requests(self, cursor: dict[str, Any]) -> PullPage:
        """One page of requested returns, waiting for approval (inspector.shop.requests)."""
        return requests.pull_requests(self.api, cursor, _a_second_before)

    def request_statuses(self, return_ids: list[str]) -> dict[str, str | None]:
        """The shop's status now of returns kept here as requested (None: gone)."""
        return requests.request_statuses(self.api, return_ids)

    # -- delivering ------------------------------------------------------------------------

    def deliver(self, events: list[Claimed]) -> dict[int, Result]:
        results: dict[int, Result] = {
            e.id: requests.decide(self.api, e) for e in events if e.kind in requests.KINDS
        }
        events = [e for e in events if e.kind not in requests.KINDS]
        with explained_errors(), self.warehouse.sessions() as session:
            todo = plan(session, events, self.settings)
        results.update(todo.results)
        if todo.disposals:
            results.update(self._dispose_all(todo.disposals))
        for completion in todo.completions:
            waiting = [
                e.id
                for e in events
                if e.rma_number == completion.event.rma_number
                and e.id < completion.event.id
                and not isinstance(results.get(e.id), Sent)
            ]
            if waiting:
                results[completion.event.id] = Retry(
                    "waits until the RMA's units are in the shop", after_s=0, counts=False
                )
            else:
                results[completion.event.id] = self._complete(completion)
        return results

    def _dispose_all(self, disposals: list[Disposal]) -> dict[int, Result]:
        results: dict[int, Result] = {}
        tried = {d.rfo_line_item_id for d in disposals if d.event.attempts > 1}
        if tried:
            check = [d for d in disposals if d.rfo_line_item_id in tried]
            rest = [d for d in disposals if d.rfo_line_item_id not in tried]
            settled, missing = self._settle(check)
            results.update(settled)
            disposals = sorted(rest + missing, key=lambda d: d.event.id)
        for start in range(0, len(disposals), DISPOSE_BATCH):
            results.update(self._dispose(disposals[start : start + DISPOSE_BATCH]))
        return results

    def _settle(self, disposals: list[Disposal]) -> tuple[dict[int, Result], list[Disposal]]:
        """Read what the shop holds for these line items; settle what it already has."""
        ids = sorted({d.rfo_line_item_id for d in disposals})
        applied: dict[str, Any] = {}
        for start in range(0, len(ids), STATE_IDS_PER_QUERY):
            data = self.api.call(
                "dispositions_state", {"ids": ids[start : start + STATE_IDS_PER_QUERY]}
            )
            applied.update(applied_counts(data.get("nodes") or []))
        with explained_errors(), self.warehouse.sessions() as session:
            before = sent_refs(session, ids)
        return settle_applied(disposals, applied, before)

    def _dispose(self, chunk: list[Disposal]) -> dict[int, Result]:
        try:
            data = self.api.call(
                "dispose", {"inputs": [d.as_input() for d in chunk]}, mutation=True
            )
        except ShopAmbiguous as exc:
            return {d.event.id: Retry(str(exc), after_s=exc.retry_after or 1.0) for d in chunk}
        except ShopRejected as exc:
            return {d.event.id: Attention(str(exc)) for d in chunk}
        errors = ((data.get("reverseFulfillmentOrderDispose") or {}).get("userErrors")) or []
        if not errors:
            return {d.event.id: Sent(d.rfo_line_item_id, sent_as=d.kind) for d in chunk}
        if len(chunk) == 1:
            return {
                chunk[0].event.id: Attention(user_error_words(errors), chunk[0].rfo_line_item_id)
            }
        # Which one was refused, and whether the others went in, is read from the shop; the
        # ones still missing are then sent one at a time.
        settled, missing = self._settle(chunk)
        results = dict(settled)
        for disposal in missing:
            results.update(self._dispose([disposal]))
        return results

    def _complete(self, completion: Completion) -> Result:
        event = completion.event
        lines = list(completion.lines)
        status = "OPEN"
        try:
            if event.attempts > 1:
                state = self.api.call("return_state", {"id": completion.return_id}).get("return")
                if state is None:
                    return Attention("the shop no longer has this return", completion.return_id)
                status = state.get("status") or "OPEN"
                done = {
                    n["id"]: int(n.get("processedQuantity") or 0)
                    for n in (state.get("returnLineItems") or {}).get("nodes") or []
                }
                lines = [(i, q - done.get(i, 0)) for i, q in lines if q - done.get(i, 0) > 0]
            if status == "OPEN" and lines:
                status = self._process(completion, lines)
            if status == "OPEN":
                status = self._close(completion)
        except ShopAmbiguous as exc:
            return Retry(str(exc), after_s=exc.retry_after or 1.0, shop_ref=completion.return_id)
        except _Refused as exc:
            return Attention(str(exc), completion.return_id)
        except ShopRejected as exc:
            return Attention(str(exc), completion.return_id)
        return Sent(completion.return_id, note=None if status == "CLOSED" else f"return {status}")

    def _process(self, completion: Completion, lines: list[tuple[str, int]]) -> str:
        data: dict[str, Any] = {
            "returnId": completion.return_id,
            "returnLineItems": [{"id": i, "quantity": q} for i, q in lines],
            "note": completion.note,
            "notifyCustomer": False,
        }
        if self.settings.refund_from_dock and completion.refund_cents > 0:
            basis = self.api.call("refund_basis", {"id": completion.return_id}).get("return")
            transfer = refund_transfer(basis, completion.refund_cents)
            if transfer is None:
                raise _Refused("the order has no successful payment to refund against")
            data["financialTransfer"] = transfer
        answer = self.api.call("return_process", {"input": data}, mutation=True)
        return self._processed(answer)

    def _processed(self, data: dict[str, Any]) -> str:
        payload = data.get("returnProcess") or {}
        if payload.get("userErrors"):
            raise _Refused(user_error_words(payload["userErrors"]))
        return str((payload.get("return") or {}).get("status") or "OPEN")

    def _close(self, completion: Completion) -> str:
        data = self.api.call("return_close", {"id": completion.return_id}, mutation=True)
        payload = data.get("returnClose") or {}
        if payload.get("userErrors"):
            raise _Refused(user_error_words(payload["userErrors"]))
        return str((payload.get("return") or {}).get("status") or "CLOSED")


class _Refused(ShopProblem):
    """userErrors on a return: the event waits for a person."""


def _a_second_before(stamp: str | None) -> str | None:
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return (when - dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")


__all__ = ["ShopifyConnector", "ShopUnreachable"]
