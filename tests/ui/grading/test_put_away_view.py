"""Put-away on the Inspect page: the bin's label confirms the unit is in the right bin."""

from __future__ import annotations

from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.parcels import line, received_rma
from ui.grading.put_away_view import RIGHT_BIN_PX, WRONG_BIN_RED


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
    # The tile itself turns red and names the right bin, larger than anything else on it.
    tile = page.put_away_view.title
    assert f"Put it in {committed.bin_code}" in tile.text()
    assert f"font-size: {RIGHT_BIN_PX}px;'>Put it in {committed.bin_code}" in tile.text()
    assert RIGHT_BIN_PX > 40
    assert tile.grab().toImage().pixelColor(20, tile.height() // 2).name() == WRONG_BIN_RED
    assert "DS-HM-02" in page.put_away_view.hint.text()
    assert not page.banner.isVisible()  # not a thin strip above a tile of another colour
    assert the_unit(warehouse).status == "DECIDED"
    page.scan(f"BIN:{committed.bin_code}")
    grader.settle()
    assert page.sounds.last == "good"
    assert the_unit(warehouse).status == "PUT_AWAY"
    assert page.step == "sheet"
    assert "is complete" in page.banner.text()
