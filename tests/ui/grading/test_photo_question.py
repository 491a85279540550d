"""A photo question on the Inspect page: each photo taken shows as a thumbnail under the
question, and again after Back."""

from __future__ import annotations

from tests.helpers.inspect_bench import Grader, make_page
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
