"""The Inspect page driven like a grader drives it: taps on a touchscreen, scans from the
wedge, photos from the camera. Every run uses a real database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from db import models as m
from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import PRODUCTS, line, received_rma

MIN_TOUCH_PX = 48


def test_a_pristine_unwanted_item_takes_five_taps(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", reason="UNWANTED")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)  # the RMA is open: from here the taps count
    grader.tap(page.sheet_view.grade_next)
    assert page.step == "item"
    assert page.unit_view.card.expected_sku.text() == PRODUCTS["apparel"]["sku"]
    assert "Unwanted" in page.unit_view.card.customer_reason.text()
    grader.tap(page.unit_view.item_view.matches)
    assert page.step == "question:tags_attached"
    grader.answer(True)
    grader.answer(True)
    assert page.step == "decision"
    assert "Restock" in page.unit_view.decision_view.banner.text()
    grader.tap(page.unit_view.decision_view.accept_button)
    assert page.step == "put_away"
    assert grader.taps <= 5
    unit = the_unit(warehouse)
    assert (unit.status, unit.disposition, unit.grade) == ("DECIDED", "RESTOCK", "A")


# (category, reason, what the grader does after confirming the item, disposition, rule)
WALKS = [
    ("apparel", "UNWANTED", [("answer", True), ("answer", True)], "RESTOCK", "new-with-tags"),
    (
        "footwear",
        "SIZE_TOO_SMALL",
        [("answer", True), ("answer", "missing")],
        "REPACKAGE",
        "new-rebox",
    ),
    (
        "electronics",
        "UNWANTED",
        [
            ("answer", False),
            ("answer", "normal"),
            ("answer", True),
            ("answer", False),
            ("answer", "light_wear"),
            ("several", ["charging_case", "cable", "ear_tips"]),
            ("answer", "original_good"),
            ("photo", None),
        ],
        "REFURBISH",
        "light-wear",
    ),
    (
        "electronics",
        "DEFECTIVE",
        [("answer", False), ("answer", "swollen"), ("photo", None)],
        "DISPOSE",
        "battery-hazard",
    ),
]


@pytest.mark.parametrize(("category", "reason", "steps", "disposition", "rule"), WALKS)
def test_the_wizard_reaches_each_disposition(
    qtbot, bench, background, tmp_path, category, reason, steps, disposition, rule
):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line(category, reason=reason)])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    page.scan(PRODUCTS[category]["upc"])  # the item's own barcode, from the wedge
    grader.settle()
    for kind, value in steps:
        assert page.step.startswith("question:")
        getattr(grader, kind)(*(() if value is None else (value,)))
    assert page.step == "decision"
    said = page.unit_view.decision_view.because.text()
    assert said.startswith(f"Rule: {page.draft.decision().rule_name['en']}\n")
    assert rule not in said  # the id is for the log, not the grader
    grader.tap(page.unit_view.decision_view.accept_button)
    unit = the_unit(warehouse)
    assert (unit.disposition, unit.rule) == (disposition, rule)
    assert unit.item_scanned == PRODUCTS[category]["upc"]
    if any(kind == "photo" for kind, _ in steps):
        with warehouse.sessions() as session:
            photos = session.scalars(select(m.Photo).where(m.Photo.unit_id == unit.id)).all()
            assert len(photos) == 1 and photos[0].question == "photo"


def test_every_button_on_every_step_is_a_touch_target(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
    page = make_page(qtbot, warehouse, background, staff["boss"])
    grader = Grader(qtbot, page)
    seen: set[str] = set()

    def check() -> None:
        seen.add(page.step.split(":")[0])
        # The page fits a 1280-pixel bench screen beside the navigation rail, on every step.
        assert page.minimumSizeHint().width() <= 1100, page.step
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= MIN_TOUCH_PX, (page.step, button.text())
                assert button.width() >= MIN_TOUCH_PX, (page.step, button.text())

    check()
    grader.open(rma)
    check()
    grader.tap(page.sheet_view.grade_next)
    check()
    grader.tap(page.unit_view.item_view.matches)
    for value in (False, "normal", True, False, "like_new"):
        check()
        grader.answer(value)
    check()
    grader.several(["charging_case"])
    grader.answer("original_good")
    check()
    grader.photo()
    check()
    grader.tap(page.unit_view.decision_view.override_button)
    check()
    grader.tap(page.unit_view.decision_view.accept_button)
    check()
    assert seen == {"start", "sheet", "item", "question", "decision", "put_away"}
