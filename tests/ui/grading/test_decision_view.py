"""The decision on the Inspect page: accepted, or overridden by a role that may, with a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import models as m
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


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Rule: New with tags, in its bag"), ("ko", "규칙: 태그 있는 새 제품, 포장 있음")],
)
def test_the_decision_names_its_rule_in_words_and_the_log_keeps_the_id(
    qtbot, bench, background, tmp_path, language, shown, request
):
    if language == "ko":
        request.getfixturevalue("korean")
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma, True, True)
    said = page.unit_view.decision_view.because.text()
    assert said.startswith(shown + "\n")
    assert "new-with-tags" not in said
    grader.tap(page.unit_view.decision_view.accept_button)
    unit = the_unit(warehouse)
    assert unit.rule == "new-with-tags"
    with warehouse.sessions() as session:
        logged = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "unit_decided")
        ).one()
    assert "new-with-tags" in str(logged.after)
