"""The log's XLSX sheet writes the same XML as xlsxwriter's own cell writers, reads back with
openpyxl, and refuses rows it cannot place."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
import xlsxwriter

from inspector.core.errors import InspectorError
from inspector.reports.log_sheet import LogSheet

KINDS = ("datetime", "text", "id", "number", "number", "text")
ROWS = [
    (dt.datetime(2026, 11, 25, 8, 0, 1), "BENCH-1", "000123", 15, 2.5, "김민지"),
    (dt.datetime(2026, 11, 25, 8, 0, 2), " both ends ", "R&D <7>", 0, 0.1, '=HYPERLINK("x")'),
    (dt.datetime(2026, 11, 25, 23, 59, 59), "tab\there", "_x0041_ literal", None, None, ""),
    (dt.datetime(2026, 11, 26, 0, 0), "ctl\x01\x1f", "line\nbreak", -3, 1e-7, "BENCH-1"),
    (dt.datetime(2026, 2, 28, 12, 30), "BENCH-1", "000123", 123456789012, 33.3, "\t=1+1"),
]


def _write(path, bulk: bool) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Log", worksheet_class=LogSheet)
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for c, heading in enumerate(("Time", "Station", "RMA", "Days", "Hours", "Note")):
        sheet.write_string(0, c, heading)
    if bulk:
        assert sheet.append_rows(iter(ROWS), KINDS, when, first_row=1) == len(ROWS)
    else:  # xlsxwriter's public writers, one cell at a time
        for r, row in enumerate(ROWS, start=1):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if KINDS[c] == "datetime":
                    sheet.write_datetime(r, c, value, when)
                elif KINDS[c] == "number":
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, value)
    sheet.autofilter(0, 0, len(ROWS), len(KINDS) - 1)
    book.close()


def _sheet_xml(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def test_rows_come_out_as_xlsxwriters_own_cells(tmp_path):
    cell_by_cell, bulk = tmp_path / "cells.xlsx", tmp_path / "bulk.xlsx"
    _write(cell_by_cell, bulk=False)
    _write(bulk, bulk=True)
    assert b"_x005F_x0041_" in _sheet_xml(bulk)  # a literal escape is itself escaped
    assert b'xml:space="preserve"' in _sheet_xml(bulk)
    assert _sheet_xml(bulk) == _sheet_xml(cell_by_cell)


def test_rows_read_back_typed(tmp_path):
    path = tmp_path / "bulk.xlsx"
    _write(path, bulk=True)
    sheet = openpyxl.load_workbook(path)["Log"]
    back = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in back] == [r[0] for r in ROWS]
    assert back[0][1:] == ("BENCH-1", "000123", 15, 2.5, "김민지")
    assert back[1][1:3] == (" both ends ", "R&D <7>")
    assert back[1][5] == '=HYPERLINK("x")' and sheet.cell(3, 6).data_type == "s"
    assert back[2][3:] == (None, None, None)
    # openpyxl leaves Excel's _xHHHH_ escapes as they are (Excel shows the characters)
    assert back[3][1] == "ctl_x0001__x001F_" and back[3][2] == "line\nbreak"
    assert back[4][3] == 123456789012 and back[4][5] == "\t=1+1"
    assert sheet.auto_filter.ref == f"A1:F{len(ROWS) + 1}"
    assert sheet.max_row == len(ROWS) + 1


def test_no_rows_leaves_the_header(tmp_path):
    path = tmp_path / "empty.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Log", worksheet_class=LogSheet)
    sheet.write_string(0, 0, "Time")
    assert sheet.append_rows(iter(()), ("datetime",), book.add_format(), first_row=1) == 0
    book.close()
    assert [[c.value for c in r] for r in openpyxl.load_workbook(path)["Log"].iter_rows()] == [
        ["Time"]
    ]


def test_rows_that_do_not_fit_or_go_back_up_are_refused(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet("Log", worksheet_class=LogSheet)
    when = book.add_format()
    sheet.write_string(0, 0, "Time")
    last = sheet.xls_rowmax - 1
    with pytest.raises(InspectorError, match="do not fit one XLSX sheet"):
        sheet.append_rows(iter([("a",), ("b",)]), ("text",), when, first_row=last)
    with pytest.raises(ValueError, match="not below"):
        sheet.append_rows(iter([("a",)]), ("text",), when, first_row=1)
    book.close()
    loose = xlsxwriter.Workbook(str(tmp_path / "y.xlsx"))
    other = loose.add_worksheet("Log", worksheet_class=LogSheet)
    with pytest.raises(ValueError, match="constant_memory"):
        other.append_rows(iter([("a",)]), ("text",), when, first_row=1)
    loose.close()
