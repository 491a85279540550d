"""The item check on the Inspect page: a wrong item is said loudly and graded as what it is."""

from __future__ import annotations

from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import PRODUCTS, line, received_rma


def test_a_wrong_item_is_flagged_and_asks_what_was_found(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    received_rma(warehouse, staff, tmp_path, [line("home")], "R-2", "1Z999AA10123456795")
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    page.scan(PRODUCTS["home"]["upc"])
    grader.settle()
    assert page.step == "item"
    assert page.sounds.last == "bad"
    assert "Wrong item" in page.banner.text()
    assert PRODUCTS["home"]["product_name"] in page.unit_view.card.found_label.text()
    assert (
        page.unit_view.item_view.continue_button.isVisible()
        and not page.unit_view.item_view.matches.isVisible()
    )
    grader.tap(page.unit_view.item_view.continue_button)
    assert page.step == "question:unopened"  # graded as what it is: the home checklist
    grader.answer(True)
    assert "Wrong item" in page.unit_view.decision_view.flags.text()
    grader.tap(page.unit_view.decision_view.accept_button)
    unit = the_unit(warehouse)
    assert "WRONG_ITEM" in unit.flags and unit.refund == "NONE"
