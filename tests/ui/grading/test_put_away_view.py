"""Put-away on the Inspect page: the bin's label confirms the unit is in the right bin."""

from __future__ import annotations

from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import line, received_rma


def test_put_away_refuses_a_wrong_bin_in_words_and_with_a_sound(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.to_decision(rma, True, True)
    grader.tap(page.unit_view.decision_view.accept_button)
    committed = page.committed
    page.scan("BIN:DS-HM-02")
    grader.settle()
    assert page.step == "put_away"
    assert page.sounds.last == "bad"
    assert f"This unit goes in {committed.bin_code}" in page.banner.text()
    assert the_unit(warehouse).status == "DECIDED"
    page.scan(f"BIN:{committed.bin_code}")
    grader.settle()
    assert page.sounds.last == "good"
    assert the_unit(warehouse).status == "PUT_AWAY"
    assert page.step == "sheet"
    assert "is complete" in page.banner.text()
