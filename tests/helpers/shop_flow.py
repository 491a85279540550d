"""The shop connection in tests: a warehouse connected to the fake Admin API, and a dock
that receives and grades what was pulled."""

from __future__ import annotations

import dataclasses
from typing import Any

import cv2
import numpy as np

from inspector.core.warehouse import Warehouse
from inspector.grading import answering, committing
from inspector.grading import units as grading
from inspector.people.roles import Actor
from inspector.people.stations import register_station
from inspector.receiving.receipts import receive
from inspector.shop.connecting import connect_shopify, connector_for
from inspector.shop.connector import Connector
from tests.helpers.fake_shop_state import ShopItem

TOKEN_ENV = "TEST_SHOPIFY_TOKEN"
LOCATION = "Main warehouse"
LOCATION_ID = "gid://shopify/Location/1"

# Conditions on the default checklist and the disposition Shopify should hold for each.
SHOP_TYPE = {
    "sealed": "RESTOCKED",
    "like_new": "PROCESSING_REQUIRED",
    "used": "PROCESSING_REQUIRED",
    "damaged": "NOT_RESTOCKED",
    "missing": "MISSING",
}


def item(n: int, **fields: Any) -> ShopItem:
    """A product the dock grades with the default checklist (no type mapping)."""
    return ShopItem(sku=f"SKU-{n:04d}", title=f"Thing {n}", **fields)


def connect(warehouse: Warehouse, admin: Actor, fake: Any, monkeypatch: Any, **options: Any):
    monkeypatch.setenv(TOKEN_ENV, fake.token)
    return connect_shopify(
        warehouse, admin, fake.url, f"env:{TOKEN_ENV}", options.pop("location", LOCATION), **options
    )


def shop_connector(warehouse: Warehouse, **api_options: float) -> Connector:
    options = {"read_timeout": 2.0, "give_up_after_s": 20.0, **api_options}
    return connector_for(warehouse, **options)


def tiny_jpeg() -> bytes:
    ok, data = cv2.imencode(".jpg", np.full((8, 8, 3), 128, np.uint8))
    assert ok
    return data.tobytes()


def grader_at_bench(warehouse: Warehouse, staff: dict[str, Actor]) -> Actor:
    return dataclasses.replace(staff["grader"], station_id=register_station(warehouse, "BENCH-1"))


def grade_rma(warehouse: Warehouse, grader: Actor, rma_number: str, conditions: list[str]) -> None:
    """Grade the RMA's pieces in order with the default checklist: each a condition, or
    'missing' for the rest (recorded missing from the parcel)."""
    pieces = grading.open_rma(warehouse, grader, rma_number).pieces
    for piece, condition in zip(pieces, conditions, strict=False):
        if condition == "missing":
            break
        draft = grading.start_unit(warehouse, grader, piece.line_id, piece.slot)
        answering.confirm_item(warehouse, grader, draft.unit_id, None)
        answering.answer(warehouse, grader, draft.unit_id, "condition", condition)
        if condition != "sealed":
            answering.answer(warehouse, grader, draft.unit_id, "complete", True)
            answering.take_photo(warehouse, grader, draft.unit_id, "photo", tiny_jpeg())
        committing.commit(warehouse, grader, draft.unit_id)
    if "missing" in conditions:
        committing.mark_missing(warehouse, grader, rma_number)


def receive_all(warehouse: Warehouse, dock: Actor, trackings: list[str]) -> None:
    for number in trackings:
        outcome = receive(warehouse, dock, number).outcome.value
        assert outcome in ("received", "already_received", "outside_window", "arrived_late"), (
            number,
            outcome,
        )


def decided_units(
    warehouse: Warehouse, rma_number: str, kinds: list[str], *, complete: bool = True
) -> list[str]:
    """Units of the RMA's pieces decided straight into the database, with the outbox events
    grading writes (payloads as inspector.grading.units makes them): for tests and benchmarks
    of the push that need many units; `kinds` are Shopify disposition types, one per piece."""
    import datetime as now_dt

    from sqlalchemy import select

    from db import models as m
    from inspector.grading.unit_codes import make_unit_code

    dock = {"RESTOCKED": "RESTOCK", "PROCESSING_REQUIRED": "REPACKAGE", "NOT_RESTOCKED": "DISPOSE"}
    now = now_dt.datetime.now()
    codes = []
    with warehouse.sessions.begin() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.rma_number == rma_number)).one()
        parcel = m.Parcel(rma_id=rma.id, status="RECEIVED", received_at=now, note="")
        session.add(parcel)
        session.flush()
        pieces = [(line, slot) for line in rma.lines for slot in range(1, line.quantity + 1)]
        for (line, slot), kind in zip(pieces, kinds, strict=False):
            unit = m.Unit(
                unit_code=f"draft-{rma.id}-{line.id}-{slot}",
                parcel_id=parcel.id,
                rma_line_id=line.id,
                slot=slot,
                product_id=line.product_id,
                status="MISSING" if kind == "MISSING" else "DECIDED",
                answers={},
                facts={},
                disposition=dock.get(kind),
                grade=None if kind == "MISSING" else "A",
                refund=None if kind == "MISSING" else "FULL",
                reason="bench",
                decided_at=now,
            )
            session.add(unit)
            session.flush()
            unit.unit_code = make_unit_code(unit.id)
            codes.append(unit.unit_code)
            session.add(
                m.OutboxEvent(
                    at=now,
                    kind="return.unit_dispositioned",
                    payload={
                        "rma_number": rma_number,
                        "unit_id": unit.unit_code,
                        "sku": line.product.sku,
                        "disposition": kind,
                    },
                )
            )
        if complete:
            rma.status = "COMPLETE"
            session.add(
                m.OutboxEvent(at=now, kind="return.completed", payload={"rma_number": rma_number})
            )
    return codes
