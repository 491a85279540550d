"""The decision on the Inspect page: accepted, or overridden by a role that may, with a reason."""

from __future__ import annotations

from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import line, received_rma


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
