"""The parcel sheet on the Inspect page: the rest of a parcel recorded as missing."""

from __future__ import annotations

from sqlalchemy import select

from db import models as m
from inspector.grading import units
from tests.helpers.inspect_bench import Grader, make_page
from tests.helpers.parcels import line, received_rma


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


def test_units_are_numbered_across_the_parcel_not_within_their_line(
    qtbot, bench, background, tmp_path
):
    """Three lines of one piece each: units 1, 2 and 3 of 3, not "unit 1" three times."""
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel"), line("footwear", 2)])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    texts = [page.sheet_view.pieces.item(i).text() for i in range(page.sheet_view.pieces.count())]
    assert [t.split(".")[0] for t in texts] == ["1", "2", "3"], texts
    grader.tap(page.sheet_view.grade_next)
    assert "unit 1 of 3" in page.unit_view.card.heading.text()
    # The second piece of the footwear line is the parcel's third unit.
    third = page.sheet.pieces[2]
    draft = units.start_unit(warehouse, staff["grader"], third.line_id, third.slot)
    assert (draft.number, draft.pieces) == (3, 3)
    page.unit_view.show_draft(draft)
    assert "unit 3 of 3" in page.unit_view.card.heading.text()


def test_a_draft_held_at_another_bench_is_shown_and_taken_over_by_a_tap(
    qtbot, bench, background, tmp_path
):
    import dataclasses

    from inspector.grading import units
    from inspector.people.audit import history
    from inspector.people.stations import register_station

    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear")])
    elsewhere = dataclasses.replace(
        staff["boss"], station_id=register_station(warehouse, "BENCH-7")
    )
    piece = units.open_rma(warehouse, elsewhere, rma).pieces[0]
    draft = units.start_unit(warehouse, elsewhere, piece.line_id, piece.slot)
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    assert not page.sheet_view.take_over_button.isVisible()
    grader.tap(page.sheet_view.grade_next)
    assert page.step == "sheet"  # nothing changed hands
    assert "Supervisor Person is grading this unit at BENCH-7 since" in page.banner.text()
    grader.tap(page.sheet_view.take_over_button)
    assert page.step != "sheet" and not page.sheet_view.take_over_button.isVisible()
    actions = [e.action for e in history(warehouse, "unit", draft.unit_code)]
    assert actions.count("draft_taken_over") == 1
    with warehouse.sessions() as session:
        unit = session.get(m.Unit, draft.unit_id)
        assert unit.grader_id == staff["grader"].operator_id
