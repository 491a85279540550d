"""The Supervisor page driven with qtbot on a real warehouse: today's counts, what to review,
unknown parcels resolved, the log exported."""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from sqlalchemy import select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.people.roles import NotAllowed
from inspector.receiving.receipts import receive
from inspector.reports.dock_today import resolve_unknown
from inspector.rmas.rma_import import import_file
from tests.helpers import templates
from tests.helpers.parcels import bench_grader, grade_a_day, line, received_rma
from tests.helpers.rma_files import row, write_csv
from ui.reports.supervisor_page import SupervisorPage


@pytest.fixture
def dock(tmp_path):
    warehouse, staff = templates.staffed_sqlite(tmp_path / "dock.db")
    grader = bench_grader(warehouse, staff)
    rma = received_rma(
        warehouse, staff, tmp_path, [line("apparel", 2), line("electronics", 1, "DEFECTIVE")]
    )
    grade_a_day(warehouse, grader, staff["supervisor"], rma, "mould inside")
    # An RMA still waiting for its parcel, and two parcels no label matched.
    import_file(
        warehouse,
        write_csv(
            tmp_path / "open.csv",
            [row(rma_number="R-2002", order_number="SO-2", tracking_numbers="1Z999AA10123456795")],
        ),
        staff["supervisor"],
    )
    receive(warehouse, staff["dock"], "1ZXXXXXXXXXXXXXXXX")
    receive(warehouse, staff["dock"], "9999-NO-LABEL")
    yield warehouse, staff
    warehouse.close()


@pytest.fixture
def page(qtbot, dock, background, clock):
    warehouse, staff = dock
    view = SupervisorPage(warehouse, background, lambda: staff["supervisor"], clock=clock)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.today_shown, timeout=10_000):
        view.show()
    return view


def test_today_counts_units_by_disposition_and_lists_what_to_review(page):
    today = page.today
    assert today.by_disposition == {"RESTOCK": 2, "DISPOSE": 1}
    assert page.tiles["RESTOCK"].text() == "Restock\n2"
    assert page.tiles["DISPOSE"].text() == "Dispose\n1"
    assert page.tiles["backlog"].text().startswith("Backlog: 0 parcels")
    reviews = [page.review.item(i).text() for i in range(page.review.count())]
    assert any("override: mould inside" in text for text in reviews)
    assert any("Reason does not match" in text for text in reviews)  # defective, sealed
    totals = {
        page.throughput.verticalHeaderItem(r).text(): page.throughput.item(r, 0).text()
        for r in range(page.throughput.rowCount())
    }
    assert totals["Station BENCH-1"] == "3"
    assert totals["Grader Person"] == "2" and totals["Supervisor Person"] == "1"
    assert page.tabs.tabText(2) == "Unknown parcels (2)"
    assert page.tabs.tabText(1) == f"To review ({len(reviews)})"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_empty_lists_say_there_is_nothing_to_do(
    qtbot, background, tmp_path, language, request, clock
):
    """A quiet day: the To-review tab says there is nothing to review, in words, and the line
    cannot be chosen as if it were a unit or a parcel."""
    if language == "ko":
        request.getfixturevalue("korean")
    warehouse, staff = templates.staffed_sqlite(tmp_path / "quiet.db")
    view = SupervisorPage(warehouse, background, lambda: staff["supervisor"], clock=clock)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.today_shown, timeout=10_000):
        view.show()
    said = {
        "en": ("Nothing to review today", "No unknown parcels", "To review (0)"),
        "ko": (
            "오늘 검토할 항목이 없습니다",
            "대기 중인 미확인 소포가 없습니다",
            "검토할 항목 (0)",
        ),
    }[language]
    for listing, words in ((view.review, said[0]), (view.unknown, said[1])):
        assert listing.count() == 1
        assert words in listing.item(0).text()
        assert not listing.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert view.tabs.tabText(1) == said[2]
    warehouse.close()


def test_unknown_parcels_are_attached_or_rejected(qtbot, page, dock):
    warehouse, _staff = dock
    page.unknown.setCurrentRow(0)
    page.attach_to.setText("R-2002")
    with qtbot.waitSignal(page.today_shown, timeout=10_000):
        qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    assert page.message.text().endswith("attached to R-2002")
    page.unknown.setCurrentRow(0)
    with qtbot.waitSignal(page.today_shown, timeout=10_000):
        qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert [page.unknown.item(i).text() for i in range(page.unknown.count())] == [
        "No unknown parcels are waiting."
    ]
    with warehouse.sessions() as session:
        statuses = sorted(
            session.scalars(
                select(m.Parcel.status).where(m.Parcel.status.in_(("RESOLVED", "REJECTED")))
            )
        )
        assert statuses == ["REJECTED", "RESOLVED"]
        assert (
            session.scalars(select(m.Rma.status).where(m.Rma.rma_number == "R-2002")).one()
            == "RECEIVED"
        )
    assert page.tiles["backlog"].text().startswith("Backlog: 1 parcel")


def test_resolving_needs_the_role_and_a_single_rma(dock):
    warehouse, staff = dock
    with warehouse.sessions() as session:
        parcel = session.scalars(select(m.Parcel.id).where(m.Parcel.status == "UNKNOWN")).first()
    with pytest.raises(NotAllowed):
        resolve_unknown(warehouse, staff["dock"], parcel, reject_reason="no")
    with pytest.raises(InspectorError, match="names no single RMA"):
        resolve_unknown(warehouse, staff["supervisor"], parcel, "R-9999")
    with pytest.raises(InspectorError, match="needs a reason"):
        resolve_unknown(warehouse, staff["supervisor"], parcel, reject_reason=" ")
    with pytest.raises(InspectorError, match="is complete: it takes no parcel"):
        resolve_unknown(warehouse, staff["supervisor"], parcel, "R-1001")


def test_export_from_the_page_writes_the_day(qtbot, page, tmp_path):
    page.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(page.exported, timeout=10_000) as written:
        qtbot.mouseClick(page.export_buttons["csv"], Qt.MouseButton.LeftButton)
        # while the file is written no second export can start over it
        assert not any(b.isEnabled() for b in page.export_buttons.values())
    assert all(b.isEnabled() for b in page.export_buttons.values())
    with open(written.args[0], encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 4  # the heading and three units
    assert page.message.text().startswith("3 units written to")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    page.folder.setText(str(blocked))
    qtbot.mouseClick(page.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in page.export_buttons.values()))
    assert page.message.text() == (
        f"The XLSX export was not written: the folder {blocked} cannot be used (a file of "
        "that name is in the way). Choose another folder and export again."
    )
    page.date_to.setText("yesterday")
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert page.message.text() == "Write the dates like 2026-11-26."


def looks_like_a_problem(label) -> bool:
    label.ensurePolished()
    red = label.palette().color(QPalette.ColorRole.WindowText) == QColor("#b3261e")
    return red and label.font().pixelSize() >= 22


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_an_export_that_cannot_be_written_is_said_in_words_and_logged(
    qtbot, page, caplog, fmt, tmp_path
):
    """/proc/self is a folder no file can be made in: every format's failure is said with
    what failed and what to do, never raw, and the log has a line."""
    page.folder.setText("/proc/self")
    with caplog.at_level(logging.WARNING, logger="ui.reports.supervisor_page"):
        qtbot.mouseClick(page.export_buttons[fmt], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: all(b.isEnabled() for b in page.export_buttons.values()))
    said = page.message.text()
    name = f"dispositions-{page.date_from.text()}.{fmt}"
    assert said == (
        f"The {fmt.upper()} export was not written: {name} cannot be written in the folder "
        "/proc/self (that folder cannot hold files). Choose a folder this station may write "
        "to and export again."
    )
    assert ".part" not in said and "Errno" not in said and "Unexpected" not in said
    assert looks_like_a_problem(page.message)
    logged = [r for r in caplog.records if r.name == "ui.reports.supervisor_page"]
    assert len(logged) == 1 and f"{fmt.upper()} export to /proc/self/{name} failed" in (
        logged[0].getMessage()
    )
    page.folder.setText(str(tmp_path / "out"))  # the next export works, and says so large
    with qtbot.waitSignal(page.exported, timeout=10_000):
        qtbot.mouseClick(page.export_buttons[fmt], Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("3 units written to")
    assert page.message.font().pixelSize() >= 22 and not looks_like_a_problem(page.message)


def test_an_export_failure_in_korean(qtbot, korean, page):
    page.folder.setText("/proc/self")
    qtbot.mouseClick(page.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in page.export_buttons.values()))
    said = page.message.text()
    assert "XLSX" in said and "/proc/self" in said and "Errno" not in said
    assert re.search("[\uac00-\ud7a3]", said)  # in Korean
    assert looks_like_a_problem(page.message)


def test_analytics_show_a_chart_per_question_and_save_png_and_csv(qtbot, page, inspector_home):
    view = page.analytics
    with qtbot.waitSignal(view.shown, timeout=20_000) as shown:
        page.tabs.setCurrentWidget(view)  # the first look counts by itself
    tables = {t.key: t for t in shown.args[0]}
    assert set(view.cards) == set(tables) and len(tables) == 13
    card = view.cards["dispositions"]
    assert dict(card.table.rows) == {"DISPOSE": 1, "RESTOCK": 2}
    assert card.values == [1.0, 2.0]
    assert card.numbers.rowCount() == 2
    assert [card.numbers.item(r, 0).text() for r in range(2)] == ["Dispose", "Restock"]
    assert card.numbers.horizontalHeaderItem(1).text() == "Units"
    with qtbot.waitSignal(view.saved, timeout=5000) as saved:
        qtbot.mouseClick(card.save_png, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QImage

    image = QImage(saved.args[0])
    assert not image.isNull() and image.width() > 100
    with qtbot.waitSignal(view.saved, timeout=5000) as saved:
        qtbot.mouseClick(card.save_csv, Qt.MouseButton.LeftButton)
    with open(saved.args[0], encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["Disposition", "Units"],
            ["DISPOSE", "1"],
            ["RESTOCK", "2"],
        ]
    # To is the page's today; a From after it is refused, whatever day the suite runs on.
    assert view.date_to.text() == page.clock().date().isoformat()
    view.date_from.setText((page.clock().date() + dt.timedelta(days=1)).isoformat())
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert "ends" in view.message.text()


def test_analytics_speak_the_stations_language(qtbot, korean):
    from inspector.reports.analytics import Table
    from ui.reports.analytics_view import ChartCard

    table = Table(
        "rate_by_category", "Return rate by category",
        ("Category", "Units sold", "Units returned", "Return rate"),
        (("apparel", 5, 2, 0.4),), "all categories: 40.0%", (0.4,),
    )  # fmt: skip
    card = ChartCard(table, "카테고리별 반품률")
    qtbot.addWidget(card)
    assert card.numbers.horizontalHeaderItem(3).text() == "반품률"
    assert card.numbers.item(0, 0).text() == "의류"
    assert card.note.text() == "전체 카테고리: 40.0%"
