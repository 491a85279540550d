"""Every refusal of exporting the disposition log (inspector.reports.exports): the words a
supervisor reads, no row changed, and no file (nor a half-written '.part') left behind."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.core.errors import InspectorError
from inspector.people.roles import NotAllowed
from inspector.reports.disposition_log import Period
from inspector.reports.exports import ExportFailed, export_log
from tests.helpers.unchanged import refused

PERIOD = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))

CASES = {
    "exported by a grader": (
        "grader",
        "csv",
        "log.csv",
        NotAllowed,
        "may not export reports: that needs the supervisor role",
    ),
    "exported signed out": (None, "pdf", "log.pdf", NotAllowed, "sign in to export reports"),
    "a format that does not exist": (
        "supervisor",
        "docx",
        "log.docx",
        InspectorError,
        "'docx' is not an export format: use csv, xlsx, pdf",
    ),
    "a folder that does not exist": (
        "supervisor",
        "xlsx",
        "gone/log.xlsx",
        ExportFailed,
        "cannot write log.xlsx in ",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, tmp_path, case):
    who, fmt, name, error, words = CASES[case]
    folder = tmp_path / "exports"
    folder.mkdir()
    actor = staff[who] if who else None
    refused(
        warehouse, error, words, lambda: export_log(warehouse, actor, PERIOD, fmt, folder / name)
    )
    assert list(folder.rglob("*")) == []
