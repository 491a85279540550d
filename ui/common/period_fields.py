"""A period typed into two date fields, read the same way wherever it is asked for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from inspector.core.errors import InspectorError
from inspector.reports.disposition_log import Period
from ui.common.problems import describe


def read_period(
    date_from: QLineEdit, date_to: QLineEdit, station: str | None = None, grader: str | None = None
) -> Period | str:
    """The period typed, or what is wrong with it in the station's language."""
    try:
        return Period(
            dt.date.fromisoformat(date_from.text().strip()),
            dt.date.fromisoformat(date_to.text().strip()),
            station,
            grader,
        )
    except ValueError:
        return QCoreApplication.translate("Periods", "Write the dates like 2026-11-26.")
    except InspectorError as exc:  # a period that ends before it starts
        return describe(exc)
