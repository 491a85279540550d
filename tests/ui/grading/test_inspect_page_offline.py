"""The Inspect page through a real database outage: an answer is saved on the station and the
walk goes on, the decision says it waits for the database and is not committed, and once the
database is back the answers are written and the decision commits (English and Korean)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from inspector.core.warehouse import open_warehouse
from inspector.people.stations import register_station
from tests.helpers.inspect_bench import Grader, make_page, the_unit
from tests.helpers.outage import outage_for
from tests.helpers.parcels import line, received_rma
from tests.helpers.people import staff as make_staff

SLOW_MS = 30_000  # on SQLite each write in the outage first waits out the busy timeout (5 s)


@pytest.fixture
def bench(database_url: str, tmp_path) -> Iterator:
    with outage_for(database_url) as (url, outage):
        warehouse = open_warehouse(url)
        staff = make_staff(warehouse)
        station = register_station(warehouse, "BENCH-1")
        grader = dataclasses.replace(staff["grader"], station_id=station)
        rma = received_rma(warehouse, staff, tmp_path, [line("electronics")])
        try:
            yield warehouse, grader, rma, outage
        finally:
            warehouse.close()


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_an_answer_in_an_outage_is_saved_here_and_the_decision_waits(qtbot, bench, background):
    warehouse, grader_actor, rma, outage = bench
    page = make_page(qtbot, warehouse, background, grader_actor)
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    grader.tap(page.unit_view.item_view.matches)
    with outage():
        grader.tap(page.unit_view.question_view.buttons[True])  # sealed: the decision is next
        qtbot.waitUntil(lambda: not page.busy, timeout=SLOW_MS)
        assert page.step == "decision"
        assert page.banner.text() == (
            "Saved on this station, will be written when the database is back. The decision "
            "waits for the database."
        )
        assert page.sounds.last == "offline"
        assert page.kept_answers.timer.isActive()
        grader.tap(page.unit_view.decision_view.accept_button)
        qtbot.waitUntil(lambda: not page.busy, timeout=SLOW_MS)
        assert page.step == "decision"  # nothing committed
        assert "decision waits for the database" in page.banner.text()
        # Held while the test reads the database below: a retry that ticked just after the
        # outage would write the answers before the test could see they were not written yet.
        page.kept_answers.timer.stop()
        qtbot.waitUntil(lambda: not page.kept_answers._writing, timeout=SLOW_MS)
    assert the_unit(warehouse).status == "DRAFT" and the_unit(warehouse).answers == {}

    with qtbot.waitSignal(page.answers_written, timeout=20_000) as written:
        page.kept_answers.start()
    assert written.args[0].written == 1
    assert page.banner.text() == "The answers saved on this station are written. You may decide."
    assert not page.kept_answers.timer.isActive()
    assert the_unit(warehouse).answers == {"sealed": True}
    grader.tap(page.unit_view.decision_view.accept_button)
    assert page.step == "put_away"
    assert the_unit(warehouse).status == "DECIDED"


def test_the_waiting_decision_in_korean(qtbot, bench, background, korean):
    warehouse, grader_actor, rma, outage = bench
    page = make_page(qtbot, warehouse, background, grader_actor)
    grader = Grader(qtbot, page)
    grader.open(rma)
    grader.tap(page.sheet_view.grade_next)
    grader.tap(page.unit_view.item_view.matches)
    with outage():
        grader.tap(page.unit_view.question_view.buttons[True])
        qtbot.waitUntil(lambda: not page.busy, timeout=SLOW_MS)
    assert hangul(page.banner.text()) and "Saved" not in page.banner.text()
    with qtbot.waitSignal(page.answers_written, timeout=20_000):
        pass
    assert hangul(page.banner.text()) and "written" not in page.banner.text()
