"""The fake shop's mutations: dispositions, processing and closing a return, with Shopify's
userErrors for what it would refuse. A batch of dispositions is applied whole or not at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.helpers.fake_shop_state import ShopState

DISPOSITION_TYPES = ("RESTOCKED", "PROCESSING_REQUIRED", "NOT_RESTOCKED", "MISSING")


def _error(field: list[str], message: str, code: str) -> dict[str, Any]:
    return {"field": field, "message": message, "code": code}


def dispose(state: ShopState, inputs: list[dict[str, Any]]) -> dict[str, Any]:
    with state.lock:
        errors = []
        adding: dict[str, int] = {}
        for index, entry in enumerate(inputs):
            where = ["dispositionInputs", str(index)]
            found = state.rfo_lines.get(entry["reverseFulfillmentOrderLineItemId"])
            if found is None:
                errors.append(
                    _error(
                        [*where, "reverseFulfillmentOrderLineItemId"],
                        "Reverse fulfillment order line item does not exist.",
                        "NOT_FOUND",
                    )
                )
                continue
            ret, line, _return_line = found
            if ret.status != "OPEN":
                errors.append(_error(where, "The return is not open.", "INVALID_STATE"))
                continue
            location = entry.get("locationId")
            if location is not None and location not in state.locations:
                errors.append(
                    _error([*where, "locationId"], "Location does not exist.", "NOT_FOUND")
                )
                continue
            if entry["dispositionType"] == "RESTOCKED" and location is None:
                errors.append(
                    _error([*where, "locationId"], "A restock needs a location.", "BLANK")
                )
                continue
            held = sum(d["quantity"] for d in line.dispositions) + adding.get(line.id, 0)
            if held + entry["quantity"] > line.total:
                errors.append(
                    _error(
                        [*where, "quantity"],
                        "Quantity exceeds the quantity left to dispose.",
                        "INVALID_STATE",
                    )
                )
                continue
            adding[line.id] = adding.get(line.id, 0) + entry["quantity"]
        if errors:
            return {"reverseFulfillmentOrderLineItems": None, "userErrors": errors}
        touched = []
        for entry in inputs:
            ret, line, return_line = state.rfo_lines[entry["reverseFulfillmentOrderLineItemId"]]
            line.dispositions.append(
                {
                    "type": entry["dispositionType"],
                    "quantity": entry["quantity"],
                    "location": entry.get("locationId"),
                }
            )
            if entry["dispositionType"] == "RESTOCKED":
                key = (return_line.inventory_item_id, entry["locationId"])
                state.inventory[key] = state.inventory.get(key, 0) + entry["quantity"]
            touched.append(state.rfo_line_view(line))
        return {"reverseFulfillmentOrderLineItems": touched, "userErrors": []}


def process(state: ShopState, data: dict[str, Any]) -> dict[str, Any]:
    with state.lock:
        ret = state.returns.get(data["returnId"])
        if ret is None:
            return {
                "return": None,
                "userErrors": [
                    _error(["input", "returnId"], "Return does not exist.", "NOT_FOUND")
                ],
            }
        if ret.status != "OPEN":
            return {
                "return": None,
                "userErrors": [
                    _error(["input", "returnId"], "Return is not open.", "INVALID_STATE")
                ],
            }
        by_id = {line.id: line for line in ret.lines}
        asked = data.get("returnLineItems") or []
        for index, entry in enumerate(asked):
            line = by_id.get(entry["id"])
            if line is None:
                return {
                    "return": None,
                    "userErrors": [
                        _error(
                            ["input", "returnLineItems", str(index), "id"],
                            "Return line item does not exist.",
                            "NOT_FOUND",
                        )
                    ],
                }
            if entry["quantity"] > line.quantity - line.processed:
                return {
                    "return": None,
                    "userErrors": [
                        _error(
                            ["input", "returnLineItems", str(index), "quantity"],
                            "Quantity exceeds the processable quantity.",
                            "INVALID_STATE",
                        )
                    ],
                }
        for entry in asked:
            by_id[entry["id"]].processed += entry["quantity"]
        ret.process_calls += 1
        refund = (data.get("financialTransfer") or {}).get("issueRefund")
        if refund:
            ret.refunds.extend(refund["orderTransactions"])
        if data.get("note"):
            ret.notes.append(data["note"])
        return {"return": state.return_view(ret), "userErrors": []}


def close(state: ShopState, return_id: str) -> dict[str, Any]:
    with state.lock:
        ret = state.returns.get(return_id)
        if ret is None:
            return {
                "return": None,
                "userErrors": [_error(["id"], "Return does not exist.", "NOT_FOUND")],
            }
        if ret.status != "OPEN":
            return {
                "return": None,
                "userErrors": [_error(["id"], "Return is already closed.", "INVALID_STATE")],
            }
        ret.status = "CLOSED"
        return {"return": state.return_view(ret), "userErrors": []}


def _requested(state: ShopState, return_id: str) -> tuple[Any, dict[str, Any] | None]:
    ret = state.returns.get(return_id)
    if ret is None:
        return None, {
            "return": None,
            "userErrors": [_error(["input", "id"], "Return does not exist.", "NOT_FOUND")],
        }
    if ret.status != "REQUESTED":
        message = f"Return is {ret.status.lower()}, not requested."
        return None, {
            "return": None,
            "userErrors": [_error(["input", "id"], message, "INVALID_STATE")],
        }
    return ret, None


def approve_request(state: ShopState, data: dict[str, Any]) -> dict[str, Any]:
    """returnApproveRequest: a requested return opens."""
    with state.lock:
        ret, refused = _requested(state, data["id"])
        if refused:
            return refused
        ret.status, ret.decided = "OPEN", ret.decided + 1
        state.clock += dt.timedelta(minutes=1)
        ret.order.updated_at = state.clock.isoformat().replace("+00:00", "Z")
        return {"return": state.return_view(ret), "userErrors": []}


def decline_request(state: ShopState, data: dict[str, Any]) -> dict[str, Any]:
    """returnDeclineRequest: a requested return is declined with a reason and a note."""
    with state.lock:
        ret, refused = _requested(state, data["id"])
        if refused:
            return refused
        note = data.get("declineNote")
        if note is not None and len(note) > 500:
            return {
                "return": None,
                "userErrors": [
                    _error(
                        ["input", "declineNote"],
                        "Decline note is too long (maximum is 500 characters).",
                        "TOO_LONG",
                    )
                ],
            }
        ret.status, ret.decided = "DECLINED", ret.decided + 1
        ret.decline = {"reason": data["declineReason"], "note": note}
        return {"return": state.return_view(ret), "userErrors": []}


def refuse_everything(field: list[str]) -> dict[str, Any]:
    """The injected userErrors fault: an INVALID_STATE answer, nothing applied."""
    return {
        "reverseFulfillmentOrderLineItems": None,
        "return": None,
        "userErrors": [
            _error(field, "The return is in a state that does not allow this.", "INVALID_STATE")
        ],
    }
