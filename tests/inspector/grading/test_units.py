"""Grading against a real database: drafts, commits that happen once, two stations on one
piece, missing and unexpected units, checklist versions, bins and put-away."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.grading import units as grading
from inspector.grading.bins import WrongBin, load_bin_map, put_away
from inspector.grading.replay import ReplaySummary, replay
from inspector.grading.unit_codes import parse_unit_code
from inspector.grading.units import AlreadyDecided, Override
from inspector.people.roles import NotAllowed
from inspector.people.stations import register_station
from tests.helpers.parcels import PRODUCTS, line, received_rma


@pytest.fixture
def bench(warehouse, staff):
    """The grader and the supervisor at two benches."""
    one = register_station(warehouse, "BENCH-1")
    two = register_station(warehouse, "BENCH-2")
    return {
        "grader": dataclasses.replace(staff["grader"], station_id=one),
        "grader2": dataclasses.replace(staff["grader"], station_id=two),
        "supervisor": dataclasses.replace(
            staff["supervisor"], station_id=one, roles=frozenset({"supervisor", "grader"})
        ),
        "dock": staff["dock"],
        "one": one,
        "two": two,
    }


def grade_new_apparel(warehouse, actor, line_id, slot, override=None):
    draft = grading.start_unit(warehouse, actor, line_id, slot)
    grading.confirm_item(warehouse, actor, draft.unit_id, PRODUCTS["apparel"]["upc"])
    grading.answer(warehouse, actor, draft.unit_id, "tags_attached", True)
    grading.answer(warehouse, actor, draft.unit_id, "packaging", True)
    return grading.commit(warehouse, actor, draft.unit_id, override)


def test_a_unit_is_graded_and_committed_once(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    piece = sheet.next_pending()
    committed = grade_new_apparel(warehouse, bench["grader"], piece.line_id, piece.slot)
    assert committed.disposition == "RESTOCK" and committed.decision.grade == "A"
    assert committed.decision.rule == "new-with-tags"
    assert parse_unit_code(committed.unit_code) == committed.unit_code
    assert committed.bin_code.startswith("RS-AP-")
    assert committed.rma_complete
    with pytest.raises(AlreadyDecided):
        grading.commit(warehouse, bench["grader"], sheet.pieces[0].unit_id or 1)
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


def test_the_unit_points_at_the_exact_checklist_version_it_was_graded_with(
    warehouse, staff, bench, tmp_path, inspector_home
):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    # A site changes the apparel checklist: new units use the new text, the first keeps its own.
    site = inspector_home / "checklists"
    site.mkdir()
    source = Path(grading.load_checklists().by_name["apparel"].source)
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
    piece = grading.open_rma(warehouse, bench["grader"], rma).next_pending()
    results, errors = [], []
    barrier = threading.Barrier(2)

    def start(actor):
        barrier.wait()
        try:
            results.append(grading.start_unit(warehouse, actor, piece.line_id, piece.slot))
        except Exception as exc:  # noqa: BLE001 - the test looks at every outcome
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(bench[k],)) for k in ("grader", "grader2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({d.unit_id for d in results}) == 1
    with warehouse.sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Unit)) == 1


def test_a_draft_keeps_every_answer_and_its_place(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
    piece = grading.open_rma(warehouse, bench["grader"], rma).next_pending()
    draft = grading.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    grading.confirm_item(warehouse, bench["grader"], draft.unit_id, None)
    grading.answer(warehouse, bench["grader"], draft.unit_id, "sealed", False)
    grading.answer(warehouse, bench["grader"], draft.unit_id, "battery", "normal")
    resumed = grading.draft_at_station(warehouse, bench["one"])
    assert resumed.unit_id == draft.unit_id
    assert resumed.answers == {"sealed": False, "battery": "normal"}
    assert resumed.current().id == "powers_on"
    grading.go_to(warehouse, bench["grader"], draft.unit_id, "battery")
    assert grading.draft_at_station(warehouse, bench["one"]).current().id == "battery"
    # Changing an early answer drops the answers it no longer calls for.
    grading.answer(warehouse, bench["grader"], draft.unit_id, "sealed", True)
    assert grading.load_draft(warehouse, draft.unit_id).answers == {"sealed": True}
    assert grading.draft_at_station(warehouse, bench["two"]) is None


def test_commit_refuses_an_unconfirmed_item_or_an_unanswered_question(
    warehouse, staff, bench, tmp_path
):
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear")])
    piece = grading.open_rma(warehouse, bench["grader"], rma).next_pending()
    draft = grading.start_unit(warehouse, bench["grader"], piece.line_id, piece.slot)
    with pytest.raises(InspectorError, match="confirm the item first"):
        grading.commit(warehouse, bench["grader"], draft.unit_id)
    grading.confirm_item(warehouse, bench["grader"], draft.unit_id, PRODUCTS["footwear"]["upc"])
    grading.answer(warehouse, bench["grader"], draft.unit_id, "unworn", True)
    with pytest.raises(InspectorError, match="'box' is not answered"):
        grading.commit(warehouse, bench["grader"], draft.unit_id)
    with pytest.raises(InspectorError, match="no choice 'shoebox'"):
        grading.answer(warehouse, bench["grader"], draft.unit_id, "box", "shoebox")


def test_a_wrong_item_is_flagged_and_graded_as_what_was_found(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel"), line("home")])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    apparel = next(p for p in sheet.pieces if p.category == "apparel")
    draft = grading.start_unit(warehouse, bench["grader"], apparel.line_id, apparel.slot)
    found = grading.confirm_item(warehouse, bench["grader"], draft.unit_id, PRODUCTS["home"]["upc"])
    assert found.item_state == "wrong" and found.found_sku == PRODUCTS["home"]["sku"]
    assert found.checklist.name == "home"
    grading.answer(warehouse, bench["grader"], draft.unit_id, "unopened", True)
    committed = grading.commit(warehouse, bench["grader"], draft.unit_id)
    assert "WRONG_ITEM" in committed.decision.flags
    assert committed.decision.rule == "wrong-item-hold"
    assert committed.decision.refund == "none"
    # A code that names no product: an unknown item, graded with the default checklist.
    other = next(p for p in sheet.pieces if p.category == "home")
    draft = grading.start_unit(warehouse, bench["grader"], other.line_id, other.slot)
    unknown = grading.confirm_item(warehouse, bench["grader"], draft.unit_id, "SOMETHING-ELSE")
    assert unknown.item_state == "wrong" and unknown.found_sku is None
    assert unknown.checklist.name == "default"


def test_missing_and_unexpected_units_complete_the_rma(warehouse, staff, bench, tmp_path):
    received_rma(warehouse, staff, tmp_path, [line("footwear")], "R-2000", "1Z999AA10123456795")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 3)])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    extra = grading.start_unexpected(warehouse, bench["grader"], rma, PRODUCTS["footwear"]["upc"])
    assert extra.item_state == "unexpected" and extra.checklist.name == "footwear"
    grading.answer(warehouse, bench["grader"], extra.unit_id, "unworn", True)
    grading.answer(warehouse, bench["grader"], extra.unit_id, "box", "missing")
    committed = grading.commit(warehouse, bench["grader"], extra.unit_id)
    assert "UNEXPECTED" in committed.decision.flags
    assert not committed.rma_complete
    assert grading.mark_missing(warehouse, bench["grader"], rma) == 2
    sheet = grading.parcel_sheet(warehouse, rma)
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
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    with pytest.raises(NotAllowed):
        grade_new_apparel(
            warehouse, bench["grader"], sheet.pieces[0].line_id, 1, Override("DISPOSE", "stained")
        )
    with pytest.raises(InspectorError, match="needs a reason"):
        grading.commit(warehouse, bench["supervisor"], 1, Override("DISPOSE", " "))
    committed = grading.commit(
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


def test_put_away_refuses_a_wrong_bin(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    piece = grading.open_rma(warehouse, bench["grader"], rma).next_pending()
    committed = grade_new_apparel(warehouse, bench["grader"], piece.line_id, piece.slot)
    with pytest.raises(WrongBin) as caught:
        put_away(warehouse, bench["grader"], committed.unit_code, "DS-AP-01")
    assert caught.value.expected == committed.bin_code
    assert put_away(
        warehouse, bench["grader"], committed.unit_code, f"BIN:{committed.bin_code}"
    ) == (committed.bin_code)
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit)).one()
        assert unit.status == "PUT_AWAY" and unit.put_away_at is not None


def test_bins_are_filled_evenly_and_a_new_map_retires_old_bins(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 3)])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    bins = [
        grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, k).bin_code
        for k in (1, 2, 3)
    ]
    assert bins == ["RS-AP-01", "RS-AP-02", "RS-AP-03"]
    new_map = tmp_path / "bins.yaml"
    new_map.write_text(
        "\n".join(
            f"{d}:\n  other: [{code}-ALL]" + ("\n  apparel: [RS-AP-09]" if code == "RS" else "")
            for d, code in (
                ("RESTOCK", "RS"),
                ("REPACKAGE", "RP"),
                ("REFURBISH", "RF"),
                ("DISPOSE", "DS"),
            )
        ),
        encoding="utf-8",
    )
    with pytest.raises(NotAllowed):
        load_bin_map(warehouse, bench["grader"], new_map)
    change = load_bin_map(warehouse, staff["supervisor"], new_map)
    assert (change.added, change.changed, change.retired) == (5, 0, 52)
    with warehouse.sessions() as session:
        active = set(session.scalars(select(m.Bin.code).where(m.Bin.active)))
        assert active == {"RS-ALL", "RP-ALL", "RF-ALL", "DS-ALL", "RS-AP-09"}
    draft = grading.start_unexpected(warehouse, bench["grader"], rma, PRODUCTS["apparel"]["upc"])
    grading.answer(warehouse, bench["grader"], draft.unit_id, "tags_attached", True)
    grading.answer(warehouse, bench["grader"], draft.unit_id, "packaging", True)
    assert grading.commit(warehouse, bench["grader"], draft.unit_id).bin_code == "RS-AP-09"


def test_replay_lists_the_units_a_rule_change_would_decide_differently(
    warehouse, staff, bench, tmp_path, inspector_home
):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    sheet = grading.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    summary = ReplaySummary()
    assert list(replay(warehouse, sheet.created_on, summary)) == []
    assert summary.looked_at == 1
    site = inspector_home / "checklists"
    site.mkdir()
    source = grading.load_checklists().by_name["apparel"].source
    text = Path(source).read_text(encoding="utf-8")
    (site / "apparel.yaml").write_text(
        text.replace(
            "packaging: true}\n    grade: A\n    disposition: RESTOCK",
            "packaging: true}\n    grade: B\n    disposition: REPACKAGE",
        ),
        encoding="utf-8",
    )
    changed = list(replay(warehouse, sheet.created_on))
    assert len(changed) == 1
    assert changed[0].before["disposition"] == "RESTOCK"
    assert changed[0].after["disposition"] == "REPACKAGE"


def test_an_rma_that_was_not_received_cannot_be_graded(warehouse, staff, bench, tmp_path):
    from inspector.rmas.rma_import import import_file
    from tests.helpers.rma_files import row, write_csv

    import_file(
        warehouse, write_csv(tmp_path / "r.csv", [row(rma_number="R-7")]), staff["supervisor"]
    )
    with pytest.raises(InspectorError, match="has not been received"):
        grading.open_rma(warehouse, bench["grader"], "R-7")
    with pytest.raises(NotAllowed):
        grading.open_rma(warehouse, staff["dock"], "R-7")
