"""Committing against a real database: a unit committed once and only when its checklist is
done, overrides with their role and reason, missing and unexpected units completing the RMA."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.grading import answering, committing, units
from inspector.grading.committing import Override
from inspector.grading.unit_codes import parse_unit_code
from inspector.grading.units import AlreadyDecided
from inspector.people.roles import NotAllowed
from tests.helpers.parcels import PRODUCTS, grade_new_apparel, line, received_rma


def test_a_unit_is_graded_and_committed_once(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    piece = sheet.next_pending()
    committed = grade_new_apparel(warehouse, bench["grader"], piece.line_id, piece.slot)
    assert committed.disposition == "RESTOCK" and committed.decision.grade == "A"
    assert committed.decision.rule == "new-with-tags"
    assert parse_unit_code(committed.unit_code) == committed.unit_code
    assert committed.bin_code.startswith("RS-AP-")
    assert committed.rma_complete
    with pytest.raises(AlreadyDecided):
        committing.commit(warehouse, bench["grader"], sheet.pieces[0].unit_id or 1)
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit)).one()
        assert (unit.status, unit.grade, unit.disposition, unit.refund) == (
            "DECIDED",
            "A",
            "RESTOCK",
            "FULL",
        )
        assert unit.answers == {"tags_attached": True, "packaging": True}
        assert unit.facts["reason"] == "UNWANTED" and unit.facts["item_matched"] is True
        assert "new-with-tags" in unit.reason
        assert session.scalars(select(m.Rma.status)).one() == "COMPLETE"
        kinds = [e.kind for e in session.scalars(select(m.OutboxEvent).order_by(m.OutboxEvent.id))]
        assert kinds[-2:] == ["return.unit_dispositioned", "return.completed"]
        shop = session.scalars(
            select(m.OutboxEvent).where(m.OutboxEvent.kind == "return.unit_dispositioned")
        ).one()
        assert shop.payload["disposition"] == "RESTOCKED"
        actions = list(session.scalars(select(m.AuditEvent.action).order_by(m.AuditEvent.seq)))
        assert actions[-4:] == ["unit_started", "item_confirmed", "unit_decided", "rma_completed"]


def test_commit_refuses_an_unconfirmed_item_or_an_unanswered_question(
    warehouse, staff, bench, tmp_path
):
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear")])
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    with pytest.raises(InspectorError, match="confirm the item first"):
        committing.commit(warehouse, bench["grader"], draft.unit_id)
    answering.confirm_item(warehouse, bench["grader"], draft.unit_id, PRODUCTS["footwear"]["upc"])
    answering.answer(warehouse, bench["grader"], draft.unit_id, "unworn", True)
    with pytest.raises(InspectorError, match="'box' is not answered"):
        committing.commit(warehouse, bench["grader"], draft.unit_id)
    with pytest.raises(InspectorError, match="no choice 'shoebox'"):
        answering.answer(warehouse, bench["grader"], draft.unit_id, "box", "shoebox")


def test_missing_and_unexpected_units_complete_the_rma(warehouse, staff, bench, tmp_path):
    received_rma(warehouse, staff, tmp_path, [line("footwear")], "R-2000", "1Z999AA10123456795")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 3)])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    extra = units.start_unexpected(warehouse, bench["grader"], rma, PRODUCTS["footwear"]["upc"])
    assert extra.item_state == "unexpected" and extra.checklist.name == "footwear"
    answering.answer(warehouse, bench["grader"], extra.unit_id, "unworn", True)
    answering.answer(warehouse, bench["grader"], extra.unit_id, "box", "missing")
    committed = committing.commit(warehouse, bench["grader"], extra.unit_id)
    assert "UNEXPECTED" in committed.decision.flags
    assert not committed.rma_complete
    assert committing.mark_missing(warehouse, bench["grader"], rma) == 2
    sheet = units.parcel_sheet(warehouse, rma)
    assert sheet.complete
    assert [p.status for p in sheet.pieces] == ["DECIDED", "MISSING", "MISSING", "DECIDED"]
    assert sheet.pieces[-1].line_id is None
    with warehouse.sessions() as session:
        assert (
            session.scalars(select(m.Rma.status).where(m.Rma.rma_number == rma)).one() == "COMPLETE"
        )
        missing = session.scalars(
            select(m.OutboxEvent).where(m.OutboxEvent.kind == "return.unit_dispositioned")
        ).all()
        assert [e.payload["disposition"] for e in missing].count("MISSING") == 2


def test_an_override_needs_the_role_and_a_reason(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    with pytest.raises(NotAllowed):
        grade_new_apparel(
            warehouse, bench["grader"], sheet.pieces[0].line_id, 1, Override("DISPOSE", "stained")
        )
    with pytest.raises(InspectorError, match="needs a reason"):
        committing.commit(warehouse, bench["supervisor"], 1, Override("DISPOSE", " "))
    committed = committing.commit(
        warehouse, bench["supervisor"], 1, Override("REFURBISH", "a pulled thread at the cuff")
    )
    assert committed.disposition == "REFURBISH" and committed.decision.disposition == "RESTOCK"
    assert committed.bin_code.startswith("RF-AP-")
    with warehouse.sessions() as session:
        unit = session.get(m.Unit, 1)
        assert unit.override_disposition == "REFURBISH"
        assert unit.override_reason == "a pulled thread at the cuff"
        assert unit.override_by_id == bench["supervisor"].operator_id
        event = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "disposition_overridden")
        ).one()
        assert event.after == {"disposition": "REFURBISH", "reason": "a pulled thread at the cuff"}
        assert event.before == {"disposition": "RESTOCK"}
