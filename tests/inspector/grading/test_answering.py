"""Answering against a real database: every answer kept with its place, a wrong item graded as
what was found."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.grading import answering, committing, units
from inspector.grading.answers import BadAnswer
from tests.helpers.parcels import PRODUCTS, line, received_rma


def test_a_draft_keeps_every_answer_and_its_place(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    answering.confirm_item(warehouse, bench["grader"], draft.unit_id, None)
    answering.answer(warehouse, bench["grader"], draft.unit_id, "sealed", False)
    answering.answer(warehouse, bench["grader"], draft.unit_id, "battery", "normal")
    resumed = units.draft_at_station(warehouse, bench["one"])
    assert resumed.unit_id == draft.unit_id
    assert resumed.answers == {"sealed": False, "battery": "normal"}
    assert resumed.current().id == "powers_on"
    answering.go_to(warehouse, bench["grader"], draft.unit_id, "battery")
    assert units.draft_at_station(warehouse, bench["one"]).current().id == "battery"
    # Changing an early answer drops the answers it no longer calls for.
    answering.answer(warehouse, bench["grader"], draft.unit_id, "sealed", True)
    assert units.load_draft(warehouse, draft.unit_id).answers == {"sealed": True}
    assert units.draft_at_station(warehouse, bench["two"]) is None


def test_a_wrong_item_is_flagged_and_graded_as_what_was_found(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel"), line("home")])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    apparel = next(p for p in sheet.pieces if p.category == "apparel")
    draft = units.start_unit(warehouse, bench["grader"], apparel.line_id, apparel.slot)
    found = answering.confirm_item(
        warehouse, bench["grader"], draft.unit_id, PRODUCTS["home"]["upc"]
    )
    assert found.item_state == "wrong" and found.found_sku == PRODUCTS["home"]["sku"]
    assert found.checklist.name == "home"
    answering.answer(warehouse, bench["grader"], draft.unit_id, "unopened", True)
    committed = committing.commit(warehouse, bench["grader"], draft.unit_id)
    assert "WRONG_ITEM" in committed.decision.flags
    assert committed.decision.rule == "wrong-item-hold"
    assert committed.decision.refund == "none"
    # A code that names no product: an unknown item, graded with the default checklist.
    other = next(p for p in sheet.pieces if p.category == "home")
    draft = units.start_unit(warehouse, bench["grader"], other.line_id, other.slot)
    unknown = answering.confirm_item(warehouse, bench["grader"], draft.unit_id, "SOMETHING-ELSE")
    assert unknown.item_state == "wrong" and unknown.found_sku is None
    assert unknown.checklist.name == "default"


def test_a_skipped_photo_flags_the_decision_until_a_photo_is_taken(
    warehouse, staff, bench, tmp_path, inspector_home
):
    grader = bench["grader"]
    rma = received_rma(warehouse, staff, tmp_path, [line("other")])
    piece = units.open_rma(warehouse, grader, rma).next_pending()
    draft = units.start_unit(warehouse, grader, piece.line_id, piece.slot)
    answering.confirm_item(warehouse, grader, draft.unit_id, None)
    answering.answer(warehouse, grader, draft.unit_id, "condition", "like_new")
    answering.answer(warehouse, grader, draft.unit_id, "complete", True)
    with pytest.raises(BadAnswer):  # a required photo cannot simply be answered "none"
        answering.answer(warehouse, grader, draft.unit_id, "photo", 0)
    skipped = answering.skip_photo(warehouse, grader, draft.unit_id, "photo")
    assert skipped.next_question() is None
    decision = skipped.decision()
    assert "NO_PHOTO" in decision.flags
    assert ("NO_PHOTO", "no-photo") in [(f, r) for f, r, _why in decision.flag_reasons]
    # A photo after all (the camera came back): no flag.
    jpeg = cv2.imencode(".jpg", np.full((40, 40, 3), 128, np.uint8))[1].tobytes()
    taken = answering.take_photo(warehouse, grader, draft.unit_id, "photo", jpeg)
    assert "NO_PHOTO" not in taken.decision().flags
    assert "NO_PHOTO" not in units.load_draft(warehouse, draft.unit_id).decision().flags
