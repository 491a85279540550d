"""Replay against a real database: the units a rule change would decide differently."""

from __future__ import annotations

from pathlib import Path

from inspector.grading import units
from inspector.grading.checklists_in_use import load_checklists
from inspector.grading.replay import ReplaySummary, replay
from tests.helpers.parcels import grade_new_apparel, line, received_rma


def test_replay_lists_the_units_a_rule_change_would_decide_differently(
    warehouse, staff, bench, tmp_path, inspector_home
):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 2)])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, 1)
    summary = ReplaySummary()
    assert list(replay(warehouse, sheet.created_on, summary)) == []
    assert summary.looked_at == 1
    site = inspector_home / "checklists"
    site.mkdir()
    source = load_checklists().by_name["apparel"].source
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
