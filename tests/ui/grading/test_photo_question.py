"""A photo question on the Inspect page: each photo taken shows as a thumbnail under the
question, and again after Back; with no camera, a picture file stands in, or the photo is
skipped and the unit flagged for a supervisor."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from sqlalchemy import select

from db import models as m
from inspector.reports.dock_today import dock_today
from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import line, received_rma


def _worn_apparel_to_photo(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma, False)
    grader.several([])
    grader.answer("none")
    grader.answer(True)
    assert page.step == "question:photo"
    return page, grader


def test_a_photo_taken_shows_as_a_thumbnail(qtbot, bench, background, tmp_path, inspector_home):
    page, grader = _worn_apparel_to_photo(qtbot, bench, background, tmp_path)
    view = page.unit_view.question_view
    assert view.thumbnail_count() == 0 and not view.thumbnails.isVisible()
    grader.tap(view.buttons["photo"])
    assert view.thumbnail_count() == 1 and view.thumbnails.isVisible()
    shown = view.thumbnails_layout.itemAt(0).widget().pixmap()
    assert not shown.isNull() and 0 < shown.width() <= 120
    grader.tap(view.buttons["photo"])
    assert view.thumbnail_count() == 2
    # On to the decision and back: the photos kept are shown again, read from their files.
    grader.tap(view.next_button)
    assert page.step == "decision"
    grader.tap(page.unit_view.back_button)
    assert page.step == "question:photo"
    assert view.thumbnail_count() == 2
    assert view.note.text() == "2 photos taken."


def test_with_no_camera_a_picture_file_stands_in_if_it_really_is_a_picture(
    qtbot, bench, background, tmp_path, inspector_home
):
    page, grader = _worn_apparel_to_photo(qtbot, bench, background, tmp_path)
    page.snapshot = None  # this bench has no camera
    grader.tap(page.unit_view.back_button)
    grader.answer(True)  # the photo question again, now without a camera
    view = page.unit_view.question_view
    assert view.buttons["file"].isVisible() and view.buttons["skip"].isVisible()
    assert not view.next_button.isEnabled()
    # A file that starts like a JPEG but is none is refused, in words.
    fake = tmp_path / "label.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0" + b"not a picture at all" * 20)
    page.choose_picture = lambda: str(fake)
    grader.tap(view.buttons["file"])
    assert "label.jpg is not a picture" in page.banner.text()
    assert view.thumbnail_count() == 0 and not view.next_button.isEnabled()
    # A real PNG is kept as a JPEG, shown, and counts as the photo.
    picture = np.full((120, 160, 3), (30, 90, 200), np.uint8)
    png = tmp_path / "sweater.png"
    cv2.imwrite(str(png), picture)
    page.choose_picture = lambda: str(png)
    grader.tap(view.buttons["file"])
    assert view.thumbnail_count() == 1 and view.next_button.isEnabled()
    with bench[0].sessions() as session:
        photo = session.scalars(select(m.Photo)).one()
        kept = Path(photo.path).read_bytes()
        said = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "photo_taken")
        ).one()
    assert kept.startswith(b"\xff\xd8") and said.after["source"] == "file"


def test_with_no_camera_the_photo_is_skipped_and_a_supervisor_sees_it(
    qtbot, bench, background, tmp_path, inspector_home
):
    warehouse, staff = bench
    page, grader = _worn_apparel_to_photo(qtbot, bench, background, tmp_path)
    page.snapshot = None
    view = page.unit_view.question_view
    grader.tap(view.buttons["photo"])  # the camera gives nothing: the way on is offered
    assert "choose a picture file, or go on without a photo" in page.banner.text()
    grader.tap(view.buttons["skip"])
    assert page.step == "decision"
    assert "Photo skipped: no camera" in page.unit_view.decision_view.flags.text()
    grader.tap(page.unit_view.decision_view.accept_button)
    assert "NO_PHOTO" in the_unit(warehouse).flags
    today = dock_today(warehouse, staff["supervisor"])
    assert any("NO_PHOTO" in item.flags for item in today.flagged)
