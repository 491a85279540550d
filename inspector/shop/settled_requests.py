"""Requests kept waiting here that stopped being requested in the shop: the customer withdrew
one, or someone approved or declined it in the shop's own admin. Each pass of `authorize`
reads their status and closes them here (WITHDRAWN, SETTLED_IN_SHOP): they leave the Requests
tab, audited, and nothing is sent to the shop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record

# The shop's return status -> this warehouse's state for the request, and the words kept.
SHOP_SETTLED = {
    None: ("WITHDRAWN", "the shop no longer has this return"),
    "CANCELED": ("WITHDRAWN", "withdrawn in the shop"),
    "OPEN": ("SETTLED_IN_SHOP", "approved in the shop"),
    "CLOSED": ("SETTLED_IN_SHOP", "approved in the shop"),
    "DECLINED": ("SETTLED_IN_SHOP", "declined in the shop"),
}
SETTLED_STATES = ("WITHDRAWN", "SETTLED_IN_SHOP")


def close_settled(
    warehouse: Warehouse, connector: Any, clock: Callable[[], dt.datetime]
) -> list[str]:
    """Close the waiting requests the shop no longer has as requested; their names. Raises
    the connector's ShopProblem when the shop cannot be read (nothing is closed then)."""
    with explained_errors(), warehouse.sessions() as session:
        waiting = list(
            session.scalars(
                select(m.ReturnRequest.shop_return_id).where(m.ReturnRequest.state == "WAITING")
            )
        )
    if not waiting:
        return []
    statuses = connector.request_statuses(waiting)
    settled = {rid: status for rid, status in statuses.items() if status != "REQUESTED"}
    if not settled:
        return []
    closed: list[str] = []
    with explained_errors(), warehouse.sessions.begin() as session:
        now = clock()
        rows = session.scalars(
            select(m.ReturnRequest)
            .where(m.ReturnRequest.shop_return_id.in_(list(settled)))
            .with_for_update()
        )
        for row in rows:
            status = settled[row.shop_return_id]
            # Decided here meanwhile (the row lock orders it), or a status not known: left.
            if row.state != "WAITING" or status not in SHOP_SETTLED:
                continue
            row.state, words = SHOP_SETTLED[status]
            row.decided_at = now
            row.decided_by_id = None
            row.decision_note = words
            record(
                session,
                None,
                "return_request_settled_in_shop",
                "return_request",
                row.shop_return_id,
                before={"state": "WAITING", "verdict": row.verdict, "rule": row.rule},
                after={"state": row.state, "shop_status": status, "note": words},
                rma_number=row.name,
                at=now,
            )
            closed.append(row.name)
    return closed
