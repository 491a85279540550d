"""The analytics' headings, notes and row names in the station's language (the tables come
from inspector/analytics.py in English, which the report and the CSV files keep)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from inspector.reports.analytics import Table
from ui.common import words


def heading(text: str) -> str:
    known = {
        "Category": QCoreApplication.translate("Analytics", "Category"),
        "Units sold": QCoreApplication.translate("Analytics", "Units sold"),
        "Units returned": QCoreApplication.translate("Analytics", "Units returned"),
        "Return rate": QCoreApplication.translate("Analytics", "Return rate"),
        "SKU": QCoreApplication.translate("Analytics", "SKU"),
        "Product": QCoreApplication.translate("Analytics", "Product"),
        "Top reasons": QCoreApplication.translate("Analytics", "Top reasons"),
        "Top flags": QCoreApplication.translate("Analytics", "Top flags"),
        "Disposition": QCoreApplication.translate("Analytics", "Disposition"),
        "Units": QCoreApplication.translate("Analytics", "Units"),
        "Reason": QCoreApplication.translate("Analytics", "Reason"),
        "Share": QCoreApplication.translate("Analytics", "Share"),
        "Units graded": QCoreApplication.translate("Analytics", "Units graded"),
        "Condition says otherwise": QCoreApplication.translate(
            "Analytics", "Condition says otherwise"
        ),
        "Days": QCoreApplication.translate("Analytics", "Days"),
        "RMAs": QCoreApplication.translate("Analytics", "RMAs"),
        "Minutes at the bench (avg)": QCoreApplication.translate(
            "Analytics", "Minutes at the bench (avg)"
        ),
        "Cost": QCoreApplication.translate("Analytics", "Cost"),
        "Value recovered": QCoreApplication.translate("Analytics", "Value recovered"),
        "Net": QCoreApplication.translate("Analytics", "Net"),
        "Segment": QCoreApplication.translate("Analytics", "Segment"),
        "Share of RMAs": QCoreApplication.translate("Analytics", "Share of RMAs"),
        "Region": QCoreApplication.translate("Analytics", "Region"),
        "Channel": QCoreApplication.translate("Analytics", "Channel"),
        "Week": QCoreApplication.translate("Analytics", "Week"),
        "Same week a year before": QCoreApplication.translate(
            "Analytics", "Same week a year before"
        ),
        "Word": QCoreApplication.translate("Analytics", "Word"),
        "Comments": QCoreApplication.translate("Analytics", "Comments"),
    }
    return known.get(text, text)


def note(table: Table) -> str:
    v = table.note_values
    if table.key == "rate_by_category" and v:
        return QCoreApplication.translate("Analytics", "all categories: {rate}").format(
            rate=f"{v[0]:.1%}"
        )
    if table.key == "cost" and len(v) == 4:
        return QCoreApplication.translate(
            "Analytics",
            "per unit: return shipping {shipping}, a bench hour {hour}, refurbishing {refurbish}, disposal {disposal}",  # noqa: E501
        ).format(
            shipping=f"{v[0]:.2f}",
            hour=f"{v[1]:.2f}",
            refurbish=f"{v[2]:.2f}",
            disposal=f"{v[3]:.2f}",
        )
    fixed = {
        "products_above_average": QCoreApplication.translate(
            "Analytics", "products with at least 5 units sold"
        ),
        "reason_mismatch": QCoreApplication.translate(
            "Analytics",
            "units flagged as not matching their reason: a defect claimed on a like-new unit, say",
        ),  # noqa: E501
        "segments": QCoreApplication.translate(
            "Analytics", "each RMA by how many RMAs its customer had made up to it"
        ),
        "weekly": QCoreApplication.translate(
            "Analytics", "the seasonal pattern: this year's weeks beside last year's"
        ),
    }
    return fixed.get(table.key, table.note)


def cell(table_key: str, column: str, index: int, value: Any) -> str:
    """A table's value as the station shows it: codes from the shared vocabulary (categories,
    reasons, flags, dispositions, channels) in words, whichever column they stand in."""
    if index == 0:
        return row_name(table_key, value)
    if value is None or value == "":
        return ""
    said = VOCABULARY.get(column)
    if said is not None:
        return ", ".join(said(code) for code in str(value).split(", "))
    return str(value)


SHARES = ("Return rate", "Share", "Share of RMAs")  # fractions, said as percentages


def is_share(column: str) -> bool:
    return column in SHARES


VOCABULARY = {  # columns whose values are codes (several are joined by ", ")
    "Category": words.category,
    "Reason": words.reason,
    "Top reasons": words.reason,
    "Top flags": words.flag,
    "Disposition": words.disposition,
    "Channel": words.channel,
}


def row_name(table_key: str, value: Any) -> str:
    """The first column's value (a category, a reason, ...) in words."""
    text = str(value)
    if table_key in ("rate_by_category",):
        return words.category(text)
    if table_key in ("reasons", "reason_mismatch"):
        return words.reason(text)
    if table_key in ("dispositions", "cost"):
        return words.disposition(text)
    if table_key == "channels":
        return words.channel(text)
    if table_key == "segments":
        return {
            "first return": QCoreApplication.translate("Analytics", "first return"),
            "2nd or 3rd return": QCoreApplication.translate("Analytics", "2nd or 3rd return"),
            "4th return or later": QCoreApplication.translate("Analytics", "4th return or later"),
        }.get(text, text)
    return text
