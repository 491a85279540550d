"""The analytics on the Supervisor page, over a demo warehouse's month: every table says the
shared vocabulary in the station's language, with every heading whole."""

from __future__ import annotations

import datetime as dt

import pytest

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
