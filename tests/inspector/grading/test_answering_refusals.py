"""Every refusal of answering (inspector.grading.answering and the answer checks behind it):
the error a grader reads, not a row changed anywhere, and no photo file left behind."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.core.errors import InspectorError, NotFound
from inspector.core.paths import data_dir
from inspector.grading import answering
from inspector.grading.answers import BadAnswer
from inspector.grading.units import AlreadyDecided
from inspector.people.roles import NotAllowed
from tests.helpers.grading_floor import grading_floor
from tests.helpers.parcels import PRODUCTS
from tests.helpers.shop_flow import tiny_jpeg
from tests.helpers.unchanged import refused


def _jpeg_cut_short() -> bytes:
    image = np.random.default_rng(7).integers(0, 255, (64, 64, 3), np.uint8)
    whole = cv2.imencode(".jpg", image)[1].tobytes()
    return whole[: len(whole) // 2]


PNG = cv2.imencode(".png", np.full((8, 8, 3), 128, np.uint8))[1].tobytes()
UPC = PRODUCTS["apparel"]["upc"]

CASES = {
    "confirm by the dock": (
        lambda w, b, f: answering.confirm_item(w, b["dock"], f.half, UPC),
        NotAllowed,
        "that needs the grader role",
    ),
    "confirm an unknown unit": (
        lambda w, b, f: answering.confirm_item(w, b["grader"], 999_999, UPC),
        NotFound,
        "no unit 999999",
    ),
    "confirm a decided unit": (
        lambda w, b, f: answering.confirm_item(w, b["grader"], f.decided, UPC),
        AlreadyDecided,
        "is already decided",
    ),
    "confirm a unit not on the RMA": (
        lambda w, b, f: answering.confirm_item(w, b["grader"], f.unexpected, None),
        InspectorError,
        "this unit is not on the RMA: there is nothing to confirm",
    ),
    "answer by the dock": (
        lambda w, b, f: answering.answer(w, b["dock"], f.half, "packaging", True),
        NotAllowed,
        "that needs the grader role",
    ),
    "answer for an unknown unit": (
        lambda w, b, f: answering.answer(w, b["grader"], 999_999, "packaging", True),
        NotFound,
        "no unit 999999",
    ),
    "answer for a decided unit": (
        lambda w, b, f: answering.answer(w, b["grader"], f.decided, "packaging", False),
        AlreadyDecided,
        "is already decided",
    ),
    "answer a question not on the checklist": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "battery", "normal"),
        InspectorError,
        "'battery' is not asked for this unit",
    ),
    "answer a question not asked yet": (
        lambda w, b, f: answering.answer(w, b["grader"], f.unconfirmed, "damage", "none"),
        InspectorError,
        "'damage' is not asked for this unit",
    ),
    "yes or no answered with words": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "packaging", "yes"),
        BadAnswer,
        "'packaging' takes yes or no",
    ),
    "one choice that is not offered": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "damage", "shredded"),
        BadAnswer,
        "'damage' has no choice 'shredded'",
    ),
    "several choices given as one": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "worn_signs", "stains"),
        BadAnswer,
        "'worn_signs' takes a list of choices",
    ),
    "several choices, one not offered": (
        lambda w, b, f: answering.answer(
            w, b["grader"], f.half, "worn_signs", ["stains", "glitter"]
        ),
        BadAnswer,
        "'worn_signs' has no choice 'glitter'",
    ),
    "a photo answered with no photo": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "photo", 0),
        BadAnswer,
        "'photo' needs a photo",
    ),
    "a photo answered with words": (
        lambda w, b, f: answering.answer(w, b["grader"], f.half, "photo", "one"),
        BadAnswer,
        "'photo' takes a number",
    ),
    "go back on a decided unit": (
        lambda w, b, f: answering.go_to(w, b["grader"], f.decided, "packaging"),
        AlreadyDecided,
        "is already decided",
    ),
    "go back by the dock": (
        lambda w, b, f: answering.go_to(w, b["dock"], f.half, "tags_attached"),
        NotAllowed,
        "that needs the grader role",
    ),
    "go back on an unknown unit": (
        lambda w, b, f: answering.go_to(w, b["grader"], 999_999, None),
        NotFound,
        "no unit 999999",
    ),
    "photo by the dock": (
        lambda w, b, f: answering.take_photo(w, b["dock"], f.half, "photo", tiny_jpeg()),
        NotAllowed,
        "that needs the grader role",
    ),
    "photo of an unknown unit": (
        lambda w, b, f: answering.take_photo(w, b["grader"], 999_999, "photo", tiny_jpeg()),
        NotFound,
        "no unit 999999",
    ),
    "photo of a decided unit": (
        lambda w, b, f: answering.take_photo(w, b["grader"], f.decided, "photo", tiny_jpeg()),
        AlreadyDecided,
        "is already decided",
    ),
    "photo for a question that is no photo": (
        lambda w, b, f: answering.take_photo(w, b["grader"], f.half, "packaging", tiny_jpeg()),
        InspectorError,
        "'packaging' is not a photo question for this unit",
    ),
    "photo that is bytes of no image": (
        lambda w, b, f: answering.take_photo(
            w, b["grader"], f.half, "photo", b"\xff\xd8\xff\xe0 not a jpeg \xff\xd9"
        ),
        InspectorError,
        "the photo is not a whole JPEG image: take it again",
    ),
    "photo cut short": (
        lambda w, b, f: answering.take_photo(w, b["grader"], f.half, "photo", _jpeg_cut_short()),
        InspectorError,
        "the photo is not a whole JPEG image",
    ),
    "photo that is a PNG": (
        lambda w, b, f: answering.take_photo(w, b["grader"], f.half, "photo", PNG),
        InspectorError,
        "the photo is not a whole JPEG image",
    ),
}


@pytest.fixture
def floor(warehouse, staff, bench, tmp_path):
    return grading_floor(warehouse, staff, bench["grader"], tmp_path)


def _photo_files() -> list[str]:
    return sorted(str(p) for p in (data_dir() / "photos").rglob("*") if p.is_file())


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, bench, floor, case):
    act, error, words = CASES[case]
    files = _photo_files()
    refused(warehouse, error, words, lambda: act(warehouse, bench, floor))
    assert _photo_files() == files


def test_a_whole_jpeg_is_kept_and_decodes_from_its_file(warehouse, bench, floor):
    draft = answering.take_photo(warehouse, bench["grader"], floor.half, "photo", tiny_jpeg())
    assert draft.answers["photo"] == 1
    [kept] = _photo_files()
    image = cv2.imread(kept)
    assert image is not None and image.shape == (8, 8, 3)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (13, "'parts_count' must be between 0 and 12"),
        (-1, "'parts_count' must be between 0 and 12"),
        ("three", "'parts_count' takes a number"),
        (True, "'parts_count' takes a number"),
    ],
)
def test_a_number_out_of_its_bounds_is_refused(
    warehouse, bench, floor, inspector_home, value, words
):
    """No shipped checklist asks a bounded number; a site's own checklist may, and its bounds
    hold: the site's general checklist asks how many parts came back, 0 to 12."""
    from pathlib import Path

    from inspector.grading import units
    from inspector.grading.checklists_in_use import load_checklists

    shipped = Path(load_checklists().by_name["default"].source).read_text(encoding="utf-8")
    site = shipped.replace('version: "2026.11-1"', 'version: "2026.11-9"').replace(
        "  - id: photo\n",
        "  - id: parts_count\n"
        "    kind: number\n"
        "    min: 0\n"
        "    max: 12\n"
        '    ask: {en: "How many parts came back?", ko: "부품이 몇 개 돌아왔습니까?"}\n'
        "  - id: photo\n",
        1,
    )
    assert "parts_count" in site
    (inspector_home / "checklists").mkdir()
    (inspector_home / "checklists" / "default.yaml").write_text(site, encoding="utf-8")
    draft = units.start_unexpected(warehouse, bench["grader"], floor.rma, None)
    answering.answer(warehouse, bench["grader"], draft.unit_id, "condition", "used")
    answering.answer(warehouse, bench["grader"], draft.unit_id, "parts_count", 12)  # the edge
    refused(
        warehouse,
        BadAnswer,
        words,
        lambda: answering.answer(warehouse, bench["grader"], draft.unit_id, "parts_count", value),
    )
