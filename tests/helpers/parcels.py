"""Received parcels to grade: RMAs imported the way the shop sends them, then scanned in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.core.warehouse import Warehouse
from inspector.people.roles import Actor
from inspector.receiving.receipts import receive
from inspector.rmas.rma_import import import_file
from tests.helpers.rma_files import row, write_csv

# One product per category, with real check digits on the UPCs.
PRODUCTS = {
    "electronics": {
        "sku": "EL-EARBUDS",
        "product_name": "Voltra Wireless Earbuds, Black",
        "category": "electronics",
        "upc": "036000291452",
        "unit_price": "129.00",
    },
    "apparel": {
        "sku": "AP-SWEATER",
        "product_name": "Merino Crew Sweater, Navy, M",
        "category": "apparel",
        "upc": "012345678905",
        "unit_price": "79.00",
    },
    "footwear": {
        "sku": "FW-TRAIL",
        "product_name": "Trail Running Shoe, US 9",
        "category": "footwear",
        "upc": "042100005264",
        "unit_price": "119.00",
    },
    "home": {
        "sku": "HM-KETTLE",
        "product_name": "Stainless Kettle 1.7 L",
        "category": "home",
        "upc": "073796001018",
        "unit_price": "49.00",
    },
    "other": {
        "sku": "OT-GIFTCARD-HOLDER",
        "product_name": "Gift Card Holder",
        "category": "other",
        "upc": "049000050103",
        "unit_price": "5.00",
    },
}


def received_rma(
    warehouse: Warehouse,
    staff: dict[str, Actor],
    folder: Path,
    lines: list[dict[str, str]],
    rma_number: str = "R-1001",
    tracking: str = "1Z999AA10123456784",
    at: dt.datetime | None = None,
    **rma_fields: str,
) -> str:
    """Import one RMA with these lines (each a PRODUCTS entry plus quantity/reason/...),
    receive its parcel at the dock (`at` that moment, else now), and return its number."""
    if at is not None:
        # Dated as the file's defaults are from 26 November: asked for six days before, so the
        # parcel is inside its windows on any day the test is run for.
        for field, days in (("rma_created", 6), ("order_date", 25), ("delivered_date", 21)):
            rma_fields.setdefault(field, (at - dt.timedelta(days=days)).date().isoformat())
    rows = [
        row(rma_number=rma_number, tracking_numbers=tracking, **rma_fields, **line)
        for line in lines
    ]
    path = write_csv(folder / f"{rma_number}.csv", rows)
    import_file(warehouse, path, staff["supervisor"])
    if at is None:
        receive(warehouse, staff["dock"], tracking)
    else:
        receive(warehouse, staff["dock"], tracking, clock=lambda: at)
    return rma_number


def line(category: str, quantity: int = 1, reason: str = "UNWANTED", comment: str = "") -> dict:
    return {
        **PRODUCTS[category],
        "quantity": str(quantity),
        "reason": reason,
        "customer_comment": comment,
    }


def bench_grader(warehouse: Warehouse, staff: dict[str, Actor], station: str = "BENCH-1") -> Actor:
    """The test grader, signed in at a grading bench."""
    from dataclasses import replace

    from inspector.people.stations import register_station

    return replace(staff["grader"], station_id=register_station(warehouse, station))


def grade_unit(
    warehouse: Warehouse,
    grader: Actor,
    piece,  # noqa: ANN001 - a parcel_sheet.Piece
    answers: dict,
    category: str | None = None,
    at: dt.datetime | None = None,
    **commit_options,  # noqa: ANN003 - override=, printer=
):  # noqa: ANN201 - committing.Committed
    """Grade one expected piece through the services: start, confirm the item by its UPC (by
    eye without a category), answer in order, commit; started and decided `at` that moment
    (else now)."""
    from inspector.grading import answering, committing, units

    draft = units.start_unit(warehouse, grader, piece.line_id, piece.slot, clock=at)
    upc = PRODUCTS[category]["upc"] if category else None
    answering.confirm_item(warehouse, grader, draft.unit_id, upc)
    for question, value in answers.items():
        answering.answer(warehouse, grader, draft.unit_id, question, value)
    return committing.commit(warehouse, grader, draft.unit_id, clock=at, **commit_options)


def grade_new_apparel(
    warehouse: Warehouse,
    grader: Actor,
    line_id: int,
    slot: int,
    override=None,  # noqa: ANN001 - a committing.Override
):  # noqa: ANN201 - committing.Committed
    """Grade piece `slot` of an apparel line as new with its tags (RESTOCK, grade A)."""
    from types import SimpleNamespace

    piece = SimpleNamespace(line_id=line_id, slot=slot)
    answers = {"tags_attached": True, "packaging": True}
    return grade_unit(warehouse, grader, piece, answers, "apparel", override=override)


def grade_a_day(
    warehouse: Warehouse,
    grader: Actor,
    boss: Actor,
    rma: str,
    override_reason: str,
    at: dt.datetime | None = None,
) -> None:
    """Grade an RMA of two apparel units and one electronics unit (see `line`): the first
    restocked by `grader`, the second overridden to DISPOSE by `boss` (a supervisor who
    grades), the third sealed but sent back as defective (REASON_MISMATCH); all decided `at`
    that moment (else now)."""
    from dataclasses import replace

    from inspector.grading import committing, units

    pieces = units.open_rma(warehouse, grader, rma).pieces
    new_with_tags = {"tags_attached": True, "packaging": True}
    grade_unit(warehouse, grader, pieces[0], new_with_tags, "apparel", at=at)
    boss = replace(boss, station_id=grader.station_id, roles=frozenset({"grader", "supervisor"}))
    grade_unit(
        warehouse,
        boss,
        pieces[1],
        new_with_tags,
        "apparel",
        at=at,
        override=committing.Override("DISPOSE", override_reason),
    )
    grade_unit(warehouse, grader, pieces[2], {"sealed": True}, "electronics", at=at)
