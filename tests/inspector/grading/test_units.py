"""Starting units against a real database: two stations on one piece, the checklist version a
unit is graded with, an RMA not yet received."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.grading import units
from inspector.grading.checklists_in_use import load_checklists
from inspector.people.roles import NotAllowed
from tests.helpers.parcels import grade_new_apparel, line, received_rma


def test_the_unit_points_at_the_exact_checklist_version_it_was_graded_with(
    warehouse, staff, bench, tmp_path, inspector_home
):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    # A site changes the apparel checklist: new units use the new text, the first keeps its own.
    site = inspector_home / "checklists"
    site.mkdir()
    source = Path(load_checklists().by_name["apparel"].source)
    shipped = source.read_text(encoding="utf-8").replace(
        'version: "2026.11-1"', 'version: "2026.11-2"'
    )
    (site / "apparel.yaml").write_text(shipped, encoding="utf-8")
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 2)
    with warehouse.sessions() as session:
        versions = list(session.scalars(select(m.ChecklistVersion).order_by(m.ChecklistVersion.id)))
        assert [v.version for v in versions] == ["2026.11-1", "2026.11-2"]
        assert len({v.content_hash for v in versions}) == 2
        used = list(session.scalars(select(m.Unit.checklist_version_id).order_by(m.Unit.id)))
        assert used == [versions[0].id, versions[1].id]


def test_two_stations_starting_the_same_piece_get_one_unit(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("home")])
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    results, errors = [], []
    barrier = threading.Barrier(2)

    def start(actor):
        barrier.wait()
        try:
            results.append(units.start_unit(warehouse, actor, piece.line_id, piece.slot))
        except Exception as exc:  # noqa: BLE001 - the test looks at every outcome
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(bench[k],)) for k in ("grader", "grader2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # One station starts the unit; the other is told whose it is (it may take it over).
    assert len(results) == 1 and len(errors) == 1, errors
    assert isinstance(errors[0], units.HeldElsewhere) and "Grader Person at BENCH-" in str(
        errors[0]
    )
    with warehouse.sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Unit)) == 1


def test_an_rma_that_was_not_received_cannot_be_graded(warehouse, staff, bench, tmp_path):
    from inspector.rmas.rma_import import import_file
    from tests.helpers.rma_files import row, write_csv

    import_file(
        warehouse, write_csv(tmp_path / "r.csv", [row(rma_number="R-7")]), staff["supervisor"]
    )
    with pytest.raises(InspectorError, match="has not been received"):
        units.open_rma(warehouse, bench["grader"], "R-7")
    with pytest.raises(NotAllowed):
        units.open_rma(warehouse, staff["dock"], "R-7")


@pytest.mark.parametrize(("arrived", "in_time"), [("2026-11-03", True), ("2026-11-04", False)])
def test_a_parcel_that_arrived_after_arrive_by_is_graded_outside_the_window(
    warehouse, staff, bench, tmp_path, arrived, in_time
):
    # Asked for on 2026-10-20, inside "request by" (2026-10-31): "arrive by" is 2026-11-03.
    import datetime as dt

    from inspector.grading import answering, committing
    from inspector.receiving.receipts import receive
    from inspector.rmas.rma_import import import_file
    from tests.helpers.rma_files import row, write_csv

    fields = {**line("apparel"), "rma_created": "2026-10-20", "delivered_date": "2026-10-01"}
    fields["order_date"] = "2026-09-28"
    import_file(warehouse, write_csv(tmp_path / "r.csv", [row(**fields)]), staff["supervisor"])
    at = dt.datetime.fromisoformat(f"{arrived}T10:00")
    receive(warehouse, staff["dock"], "1Z999AA10123456784", clock=lambda: at)
    piece = units.open_rma(warehouse, bench["grader"], "R-1001").next_pending()
    draft = units.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    assert draft.facts["inside_window"] is in_time
    assert draft.facts["arrived_in_time"] is in_time
    answering.confirm_item(warehouse, bench["grader"], draft.unit_id, "012345678905")
    for question in ("tags_attached", "packaging"):
        answering.answer(warehouse, bench["grader"], draft.unit_id, question, True)
    done = committing.commit(warehouse, bench["grader"], draft.unit_id)
    assert ("OUTSIDE_WINDOW" in done.decision.flags) is not in_time


def test_a_draft_changes_hands_only_when_taken_over_and_each_answer_says_who(
    warehouse, staff, bench, tmp_path
):
    import dataclasses
    import datetime as dt

    from db import models as m
    from inspector.grading import answering, committing
    from inspector.grading.units import HeldElsewhere
    from inspector.people.audit import history
    from tests.helpers.parcels import PRODUCTS, line, received_rma

    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    first = bench["grader"]
    second = dataclasses.replace(
        staff["supervisor"], station_id=bench["two"], roles=frozenset({"grader", "supervisor"})
    )
    piece = units.open_rma(warehouse, first, rma).pieces[0]
    started = dt.datetime(2026, 11, 30, 8, 12)
    draft = units.start_unit(warehouse, first, piece.line_id, piece.slot, clock=started)
    answering.confirm_item(warehouse, first, draft.unit_id, PRODUCTS["apparel"]["upc"])
    answering.answer(warehouse, first, draft.unit_id, "tags_attached", True)

    with pytest.raises(HeldElsewhere) as held:
        units.start_unit(warehouse, second, piece.line_id, piece.slot)
    assert (held.value.grader, held.value.station, held.value.since) == (
        "Grader Person",
        "BENCH-1",
        started,
    )
    assert "being graded by Grader Person at BENCH-1 since 08:12" in str(held.value)

    taken = units.start_unit(warehouse, second, piece.line_id, piece.slot, take_over=True)
    assert taken.answers == {"tags_attached": True}  # the answers given so far go with it
    with pytest.raises(HeldElsewhere, match="Supervisor Person at BENCH-2"):
        answering.answer(warehouse, first, draft.unit_id, "packaging", True)  # a stale screen
    answering.answer(warehouse, second, draft.unit_id, "packaging", True)
    committing.commit(warehouse, second, draft.unit_id)

    with warehouse.sessions() as session:
        unit = session.get(m.Unit, draft.unit_id)
        assert unit.grader_id == second.operator_id and unit.station_id == bench["two"]
        assert unit.answered_by == {
            "tags_attached": first.operator_id,
            "packaging": second.operator_id,
        }
    events = [e for e in history(warehouse, "unit", taken.unit_code)]
    takeover = [e for e in events if e.action == "draft_taken_over"]
    assert len(takeover) == 1
    assert takeover[0].before["grader"] == "Grader Person"
    assert takeover[0].before["station"] == "BENCH-1" and takeover[0].before["answers"] == 1
