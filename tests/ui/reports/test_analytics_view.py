"""The analytics on the Supervisor page, over a demo warehouse's month: every table says the
shared vocabulary in the station's language, with every heading whole."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics

from db.vocabulary import CATEGORIES, CHANNELS, DISPOSITIONS, FLAGS, RETURN_REASONS
from inspector.people.operators import sign_in_with_pin
from inspector.reports.analytics import returns_analytics
from inspector.reports.disposition_log import Period

CODES = {*CATEGORIES, *CHANNELS, *DISPOSITIONS, *FLAGS, *RETURN_REASONS}
MONTH = Period(dt.date(2026, 10, 27), dt.date(2026, 11, 26))


@pytest.fixture
def month_of_tables(demo_warehouse):
    supervisor = sign_in_with_pin(demo_warehouse, "sofia", "3333", None)
    return returns_analytics(demo_warehouse, supervisor, MONTH, today=dt.date(2026, 11, 26))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_table_says_codes_in_words_with_its_headings_whole(
    qtbot, month_of_tables, language, request
):
    if language == "ko":
        request.getfixturevalue("korean")
    from ui.reports.analytics_view import ChartCard, table_titles

    titles = table_titles()
    raw: list[str] = []
    cut: list[str] = []
    coded = 0
    for table in month_of_tables:
        card = ChartCard(table, titles[table.key])
        qtbot.addWidget(card)
        card.resize(1100, 600)
        card.show()
        numbers = card.numbers
        for r in range(numbers.rowCount()):
            for c in range(numbers.columnCount()):
                item = numbers.item(r, c)
                for part in item.text().split(", ") if item else ():
                    if part in CODES:
                        raw.append(f"{table.key} row {r} column {table.columns[c]}: {part}")
                original = table.rows[r][c]
                coded += isinstance(original, str) and original.split(", ")[0] in CODES
        header = numbers.horizontalHeader()
        for c in range(numbers.columnCount()):
            text = numbers.horizontalHeaderItem(c).text()
            needed = header.fontMetrics().horizontalAdvance(text)
            if header.sectionSize(c) < needed:
                cut.append(f"{table.key}: {text!r} needs {needed}, has {header.sectionSize(c)}")
    assert coded > 20  # categories, reasons, dispositions, channels and flags were there to say
    assert not raw, "\n".join(raw)
    assert not cut, "\n".join(cut)


@pytest.fixture
def analytics(qtbot, demo_warehouse, background, month_of_tables):
    from ui.reports.analytics_view import AnalyticsView

    supervisor = sign_in_with_pin(demo_warehouse, "sofia", "3333", None)
    view = AnalyticsView(demo_warehouse, background, lambda: supervisor)
    qtbot.addWidget(view)
    view.resize(1100, 500)  # what the Supervisor page leaves its Analytics tab at 1280x800
    view.show()
    view.period = MONTH
    view.show_tables(month_of_tables)
    return view


def test_one_chart_at_a_time_at_the_views_full_height(qtbot, analytics):
    from PySide6.QtWidgets import QScrollArea

    assert analytics.questions.count() == len(analytics.cards) == 13  # policy exceptions too
    for row, key in enumerate(analytics.cards):
        analytics.questions.setCurrentRow(row)  # a tap on the question
        shown = [k for k, card in analytics.cards.items() if card.isVisible()]
        assert shown == [key]
        card = analytics.cards[key]
        # The chart takes the card, and the card all the height under the period's row.
        assert card.views.height() >= 0.7 * analytics.charts.height(), key
        assert analytics.charts.height() >= analytics.height() - 130
    # Nothing scrolls around the charts: the wheel over a table scrolls that table alone.
    assert not analytics.findChildren(QScrollArea)


def test_shares_are_said_as_percentages(qtbot, analytics):
    analytics.show_question("rate_by_category")
    card = analytics.cards["rate_by_category"]
    rate = card.table.rows[0][3]
    assert card.numbers.item(0, 3).text() == f"{rate:.1%}"
    assert card.numbers.item(0, 3).text().endswith("%")
    ticks = card.plot.getAxis("bottom").tickStrings([0.1, 0.2], 1.0, 0.1)
    assert ticks == ["10%", "20%"]
    reasons = analytics.cards["reasons"]
    assert all(reasons.numbers.item(r, 2).text().endswith("%") for r in range(3))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_long_labels_read_whole_on_the_vertical_axis(qtbot, analytics, language, request):
    if language == "ko":
        request.getfixturevalue("korean")
        analytics.show_tables([card.table for card in analytics.cards.values()])
    from ui.common import words

    card = analytics.cards["reasons"]
    analytics.show_question("reasons")
    ticks = dict(card.plot.getAxis("left")._tickLevels[0])
    said = [words.reason(row[0]) for row in card.table.rows]
    if language == "en":
        assert max(len(s) for s in said) > 14  # long enough that the old axis cut them
    assert [ticks[i] for i in range(len(said))] == said
    axis = card.plot.getAxis("left")
    assert axis.width() >= max(QFontMetrics(axis.font()).horizontalAdvance(s) for s in said)


def test_a_saved_chart_carries_its_title_and_period(qtbot, analytics, inspector_home):
    from PySide6.QtGui import QImage

    analytics.show_question("reasons")
    card = analytics.cards["reasons"]
    with qtbot.waitSignal(analytics.saved, timeout=5000) as saved:
        card.save_png.click()
    image = QImage(saved.args[0])
    chart = card.plot.grab().toImage()
    assert image.width() == chart.width() and image.height() > chart.height() + 40
    band = image.copy(0, 0, image.width(), image.height() - chart.height())
    dark = sum(
        band.pixelColor(x, y).lightness() < 100
        for x in range(0, band.width(), 3)
        for y in range(0, band.height(), 3)
    )
    assert dark > 50  # words above the chart: its question and its period
    assert card.picture("2026-10-27 to 2026-11-26").height() == image.height()
