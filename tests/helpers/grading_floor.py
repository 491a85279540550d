"""A grading floor in every state a refusal needs: a received RMA with one unit decided, one
half graded and one started but not confirmed, an unexpected unit, an RMA imported but not
received, and a cancelled one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update

from db import models as m
from inspector.core.warehouse import Warehouse
from inspector.grading import answering, units
from inspector.people.roles import Actor
from inspector.rmas.rma_import import import_file
from tests.helpers.parcels import PRODUCTS, grade_new_apparel, line, received_rma
from tests.helpers.rma_files import row, write_csv


@dataclass(frozen=True)
class Floor:
    rma: str  # received, three apparel pieces
    line_id: int  # their line
    decided: int  # unit id of piece 1, graded
    decided_code: str
    half: int  # piece 2: item confirmed, tags_attached answered False
    unconfirmed: int  # piece 3: started, item not confirmed
    unexpected: int  # a unit the RMA does not list
    not_received: str  # imported, its parcel never scanned
    not_received_line: int
    cancelled: str  # received, then cancelled by the shop


def grading_floor(
    warehouse: Warehouse, staff: dict[str, Actor], grader: Actor, folder: Path
) -> Floor:
    rma = received_rma(warehouse, staff, folder, [line("apparel", 3)])
    sheet = units.open_rma(warehouse, grader, rma)
    line_id = sheet.pieces[0].line_id
    decided = grade_new_apparel(warehouse, grader, line_id, 1)
    half = units.start_unit(warehouse, grader, line_id, 2)
    answering.confirm_item(warehouse, grader, half.unit_id, PRODUCTS["apparel"]["upc"])
    answering.answer(warehouse, grader, half.unit_id, "tags_attached", False)
    unconfirmed = units.start_unit(warehouse, grader, line_id, 3)
    unexpected = units.start_unexpected(warehouse, grader, rma, PRODUCTS["home"]["upc"])
    others = [
        row(rma_number="R-2002", tracking_numbers="", **line("home")),
        row(rma_number="R-3003", tracking_numbers="", **line("footwear")),
    ]
    import_file(warehouse, write_csv(folder / "others.csv", others), staff["supervisor"])
    with warehouse.sessions.begin() as session:
        session.execute(
            update(m.Rma).where(m.Rma.rma_number == "R-3003").values(status="CANCELLED")
        )
    not_received = units.parcel_sheet(warehouse, "R-2002")
    return Floor(
        rma=rma,
        line_id=line_id,
        decided=units.open_rma(warehouse, grader, rma).pieces[0].unit_id or 0,
        decided_code=decided.unit_code,
        half=half.unit_id,
        unconfirmed=unconfirmed.unit_id,
        unexpected=unexpected.unit_id,
        not_received="R-2002",
        not_received_line=not_received.pieces[0].line_id or 0,
        cancelled="R-3003",
    )
