"""Every refusal at the dock (inspector.receiving.receipts, the label checks behind it, and a
parcel's photo): the words the dock worker reads, and not a row changed anywhere, no photo
file left behind. The parcel waiting is a real one: had the scan been taken, it would have
been received."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.core.errors import InspectorError
from inspector.core.paths import data_dir
from inspector.people.roles import NotAllowed
from inspector.receiving.labels import NotALabel
from inspector.receiving.photos import attach_parcel_photo
from inspector.receiving.receipts import Outcome, receive
from inspector.rmas.rma_import import import_file
from tests.helpers.clock import DEMO_NOW, ticking
from tests.helpers.rma_files import row, write_csv
from tests.helpers.shop_flow import tiny_jpeg
from tests.helpers.unchanged import refused

RMA = "RMA000000212"  # a number in the RMA's form, its check character right
MISREAD = "RMA000000210"  # the same with another check character
TRACKING = "1Z999AA10123456784"
PNG = cv2.imencode(".png", np.full((8, 8, 3), 128, np.uint8))[1].tobytes()

CASES = {
    "a grader receiving": (
        lambda w, s, p: receive(w, s["grader"], TRACKING),
        NotAllowed,
        "may not receive parcels: that needs the dock role",
    ),
    "no one signed in": (
        lambda w, s, p: receive(w, None, TRACKING),
        NotAllowed,
        "sign in to receive parcels",
    ),
    "the empty scan": (
        lambda w, s, p: receive(w, s["dock"], ""),
        InspectorError,
        "nothing was scanned",
    ),
    "a scan of blanks": (
        lambda w, s, p: receive(w, s["dock"], " \t\r\n"),
        InspectorError,
        "nothing was scanned",
    ),
    "longer than any label": (
        lambda w, s, p: receive(w, s["dock"], "9" * 513),
        NotALabel,
        "longer than any label (513 characters): scan the return label",
    ),
    "characters no label has": (
        lambda w, s, p: receive(w, s["dock"], "1Z999AA1\x000123456784"),
        NotALabel,
        "holds characters no label has (a misread): scan again",
    ),
    "no number at all": (
        lambda w, s, p: receive(w, s["dock"], "----"),
        NotALabel,
        "----: cannot be a parcel's label (4 characters, no RMA, tracking or order number)",
    ),
    "an RMA number with a wrong check character": (
        lambda w, s, p: receive(w, s["dock"], MISREAD),
        NotALabel,
        f"{MISREAD}: check character wrong: scan again or retype",
    ),
    "a chosen RMA the label does not name": (
        lambda w, s, p: receive(w, s["dock"], TRACKING, rma_number="RMA000000301"),
        InspectorError,
        f"RMA000000301 does not match '{TRACKING}'",
    ),
    "a parcel photo by a grader": (
        lambda w, s, p: attach_parcel_photo(w, s["grader"], p, tiny_jpeg()),
        NotAllowed,
        "that needs the dock role",
    ),
    "a parcel photo that is no image": (
        lambda w, s, p: attach_parcel_photo(
            w, s["dock"], p, b"\xff\xd8\xff\xe0 not a jpeg \xff\xd9"
        ),
        InspectorError,
        "the photo is not a whole JPEG image: take it again",
    ),
    "a parcel photo that is a PNG": (
        lambda w, s, p: attach_parcel_photo(w, s["dock"], p, PNG),
        InspectorError,
        "the photo is not a whole JPEG image",
    ),
    "a photo of an unknown parcel": (
        lambda w, s, p: attach_parcel_photo(w, s["dock"], 999_999, tiny_jpeg()),
        InspectorError,
        "no parcel 999999 to attach a photo to",
    ),
}


@pytest.fixture
def parcel(warehouse, staff, tmp_path) -> int:
    """An RMA waiting for its parcel, and an unknown parcel already quarantined (its id)."""
    rows = [row(rma_number=RMA, tracking_numbers=TRACKING)]
    import_file(warehouse, write_csv(tmp_path / "r.csv", rows), staff["supervisor"])
    unknown = receive(warehouse, staff["dock"], "NOPE-123")
    assert unknown.outcome is Outcome.UNKNOWN
    return unknown.parcel_id


def _photo_files() -> list[str]:
    return sorted(str(p) for p in (data_dir() / "photos").rglob("*") if p.is_file())


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, parcel, case):
    act, error, words = CASES[case]
    files = _photo_files()
    refused(warehouse, error, words, lambda: act(warehouse, staff, parcel))
    assert _photo_files() == files


def test_the_waiting_parcel_and_a_real_photo_are_taken(warehouse, staff, parcel):
    """What the refusals refused is otherwise taken: the label, and a whole JPEG."""
    on_the_day = ticking(DEMO_NOW)  # the RMA file's rows are inside their windows then
    taken = receive(warehouse, staff["dock"], f" {TRACKING} ", clock=on_the_day)
    assert taken.outcome is Outcome.RECEIVED
    kept = attach_parcel_photo(warehouse, staff["dock"], parcel, tiny_jpeg())
    image = cv2.imread(kept)
    assert image is not None and image.shape == (8, 8, 3)


def test_a_photo_that_cannot_be_written_is_refused(warehouse, staff, parcel):
    """The photo folder cannot be made (a file is in its way): refused in words, no row."""
    blocked = data_dir() / "photos"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_bytes(b"")
    refused(
        warehouse,
        InspectorError,
        "cannot keep the photo in ",
        lambda: attach_parcel_photo(warehouse, staff["dock"], parcel, tiny_jpeg()),
    )
