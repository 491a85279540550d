"""Cells of an export that a spreadsheet must show as text and never run as a formula."""

from __future__ import annotations

# A cell that starts with one of these is a formula to Excel or LibreOffice (OWASP: CSV
# injection); TAB and CR too, which some spreadsheets skip before reading the formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
