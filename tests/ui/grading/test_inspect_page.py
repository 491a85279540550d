"""The Inspect page driven like a grader drives it: taps on a touchscreen, scans from the
wedge, photos from the camera. Every run uses a real database."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from db import models as m
from inspector.core.warehouse import open_warehouse
from inspector.people.stations import register_station
from tests.helpers.parcels import PRODUCTS, line, received_rma
from tests.helpers.people import staff as make_staff
from ui.grading.inspect_page import InspectPage

MIN_TOUCH_PX = 48


@pytest.fixture
def bench(tmp_path):
    warehouse = open_warehouse(f"sqlite:///{tmp_path / 'bench.db'}")
    staff = make_staff(warehouse)
    station = register_station(warehouse, "BENCH-1")
    staff["grader"] = dataclasses.replace(staff["grader"], station_id=station)
    staff["boss"] = dataclasses.replace(
        staff["supervisor"], station_id=station, roles=frozenset({"grader", "supervisor"})
    )
    yield warehouse, staff
    warehouse.close()


class Grader:
    """Drives the page and counts the taps."""

    def __init__(self, qtbot, page: InspectPage) -> None:
        self.qtbot, self.page, self.taps = qtbot, page, 0

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.page.busy, timeout=10_000)

    def tap(self, button: QPushButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.taps += 1
        self.settle()

    def answer(self, value) -> None:
        """Tap the answer button showing this value (yes/no: True/False; an option key)."""
        buttons = self.page.unit_view.question_view.buttons
        self.tap(buttons[value])

    def several(self, keys) -> None:
        for key in keys:
            self.tap(self.page.unit_view.question_view.buttons[key])
        self.tap(self.page.unit_view.question_view.next_button)

    def photo(self) -> None:
        self.tap(self.page.unit_view.question_view.buttons["photo"])
        self.tap(self.page.unit_view.question_view.next_button)

    def to_decision(self, rma: str, *answers) -> None:
        """Open the RMA, start its next unit, confirm the item by eye, answer in order."""
        self.open(rma)
        self.tap(self.page.sheet_view.grade_next)
        self.tap(self.page.unit_view.item_view.matches)
        for value in answers:
            self.answer(value)

    def open(self, rma: str) -> None:
        self.page.open_code(rma)
        self.settle()
        assert self.page.step == "sheet"


def a_jpeg() -> bytes:
    image = np.full((240, 320, 3), 200, np.uint8)
    cv2.putText(image, "unit", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 3)
    return cv2.imencode(".jpg", image)[1].tobytes()


def make_page(qtbot, warehouse, background, actor) -> InspectPage:
    page = InspectPage(warehouse, background, lambda: actor)
    page.snapshot = a_jpeg
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def the_unit(warehouse) -> m.Unit:
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit).order_by(m.Unit.id.desc())).first()
        session.expunge(unit)
        return unit


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
    assert f"Rule {rule}:" in page.unit_view.decision_view.because.text()
    grader.tap(page.unit_view.decision_view.accept_button)
    unit = the_unit(warehouse)
    assert (unit.disposition, unit.rule) == (disposition, rule)
    assert unit.item_scanned == PRODUCTS[category]["upc"]
    if any(kind == "photo" for kind, _ in steps):
        with warehouse.sessions() as session:
            photos = session.scalars(select(m.Photo).where(m.Photo.unit_id == unit.id)).all()
            assert len(photos) == 1 and photos[0].question == "photo"


def test_a_wrong_item_is_flagged_and_asks_what_was_found(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    received_rma(warehouse, staff, tmp_path, [line("home")], "R-2", "1Z999AA10123456795")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    page.scan(PRODUCTS["home"]["upc"])
    grader.settle()
    assert page.step == "item"
    assert page.sounds.last == "bad"
    assert "Wrong item" in page.banner.text()
    assert PRODUCTS["home"]["product_name"] in page.unit_view.card.found_label.text()
    assert (
        page.unit_view.item_view.continue_button.isVisible()
        and not page.unit_view.item_view.matches.isVisible()
    )
    grader.tap(page.unit_view.item_view.continue_button)
    assert page.step == "question:unopened"  # graded as what it is: the home checklist
    grader.answer(True)
    assert "Wrong item" in page.unit_view.decision_view.flags.text()
    grader.tap(page.unit_view.decision_view.accept_button)
    unit = the_unit(warehouse)
    assert "WRONG_ITEM" in unit.flags and unit.refund == "NONE"


def test_back_and_a_swipe_go_to_the_previous_question_with_its_answer(
    qtbot, bench, background, tmp_path
):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    grader.tap(page.unit_view.item_view.matches)
    grader.answer(False)
    grader.answer("normal")
    assert page.step == "question:powers_on"
    assert (
        page.unit_view.progress_text.text() == "Question 3 of 8"
    )  # account lock is asked only once it powers on
    grader.tap(page.unit_view.back_button)
    assert page.step == "question:battery"
    assert page.unit_view.question_view.buttons["normal"].isChecked()
    # A finger swiped to the right over the question: back once more.
    view = page.unit_view.question_view
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(420, 310))
    grader.settle()
    assert page.step == "question:sealed"
    assert page.unit_view.question_view.buttons[False].isChecked()
    # Where the grader stands is stored: a restart would come back here.
    assert the_unit(warehouse).at_question == "sealed"
    # Answering differently drops the branch the old answer opened.
    grader.answer(True)
    assert page.step == "decision"
    assert the_unit(warehouse).answers == {"sealed": True}


def test_override_is_offered_by_role_and_needs_a_reason(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma, True, True)
    assert not page.unit_view.decision_view.override_button.isVisible()
    grader.tap(page.unit_view.decision_view.accept_button)
    boss_page = make_page(qtbot, warehouse, background, staff["boss"])
    boss = Grader(qtbot, boss_page)
    boss.to_decision(rma, True, True)
    view = boss_page.unit_view.decision_view
    boss.tap(view.override_button)
    boss.tap(view.choice_buttons["REFURBISH"])
    assert not view.confirm_override.isEnabled()  # no reason yet
    boss.tap(view.preset_buttons[0])  # a reason without a keyboard ...
    assert view.override_reason.text() == "Damage the checklist missed"
    view.override_reason.clear()
    qtbot.keyClicks(view.override_reason, "seam coming loose")  # ... or typed
    boss.tap(view.confirm_override)
    unit = the_unit(warehouse)
    assert (unit.disposition, unit.override_disposition, unit.override_reason) == (
        "RESTOCK",
        "REFURBISH",
        "seam coming loose",
    )
    assert "Refurbish" in boss_page.put_away_view.title.text()


def test_put_away_refuses_a_wrong_bin_in_words_and_with_a_sound(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma, True, True)
    grader.tap(page.unit_view.decision_view.accept_button)
    committed = page.committed
    page.scan("BIN:DS-HM-02")
    grader.settle()
    assert page.step == "put_away"
    assert page.sounds.last == "bad"
    assert f"This unit goes in {committed.bin_code}" in page.banner.text()
    assert the_unit(warehouse).status == "DECIDED"
    page.scan(f"BIN:{committed.bin_code}")
    grader.settle()
    assert page.sounds.last == "good"
    assert the_unit(warehouse).status == "PUT_AWAY"
    assert page.step == "sheet"
    assert "is complete" in page.banner.text()


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


def test_the_rest_missing_completes_the_rma(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear", 2)])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    assert page.sheet_view.pieces.count() == 2
    grader.tap(page.sheet_view.missing_button)
    assert "is complete" in page.banner.text()
    texts = [page.sheet_view.pieces.item(i).text() for i in range(page.sheet_view.pieces.count())]
    assert all("Missing" in text for text in texts), texts
    with warehouse.sessions() as session:
        assert session.scalars(select(m.Rma.status)).one() == "COMPLETE"
    assert not page.sheet_view.grade_next.isEnabled()
