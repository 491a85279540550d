"""The disposition log exported to CSV, XLSX and PDF, read back and compared with the
database; formula cells come out defused; Hangul survives every format."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from db import models as m
from inspector.people.operators import add_operator, sign_in_with_pin
from inspector.people.roles import NotAllowed
from inspector.people.stations import register_station
from inspector.reports.cells import defused
from inspector.reports.disposition_log import KEYS, Period, log_rows
from inspector.reports.exports import ExportFailed, export_log
from tests.helpers.cli import run_cli
from tests.helpers.parcels import grade_a_day, line, received_rma
from tests.helpers.people import PINS


@pytest.fixture
def moment(clock):
    """When the test's parcel is received and its units decided: the test's clock, read once,
    so that "today" is the same day throughout, even across midnight."""
    return clock()


@pytest.fixture
def day(moment):
    return moment.date()


@pytest.fixture
def day_of_units(warehouse, staff, tmp_path, moment):
    """Three units graded today by a grader with a Hangul name, one comment a formula."""
    add_operator(warehouse, staff["admin"], "minji", "김민지", {"grader"}, "2323")
    station = register_station(warehouse, "BENCH-7")
    minji = dataclasses.replace(
        sign_in_with_pin(warehouse, "minji", "2323", None), station_id=station
    )
    rma = received_rma(
        warehouse,
        staff,
        tmp_path,
        [
            line("apparel", 2, comment='=HYPERLINK("http://x","click")'),
            line("electronics", 1, "DEFECTIVE", comment="전원이 안 켜져요"),
        ],
        order_number="000123",
        at=moment,
    )
    grade_a_day(warehouse, minji, staff["supervisor"], rma, "-stained inside", at=moment)
    return rma


def test_the_log_has_a_row_per_unit_with_what_the_supervisor_needs(warehouse, day_of_units, day):
    rows = [dict(zip(KEYS, r, strict=True)) for r in log_rows(warehouse, Period(day, day))]
    assert len(rows) == 3
    assert [r["disposition"] for r in rows] == ["RESTOCK", "DISPOSE", "RESTOCK"]
    first, second, third = rows
    assert (first["grader"], first["station"], first["order"]) == ("김민지", "BENCH-7", "000123")
    assert first["comment"].startswith("=HYPERLINK")
    assert (second["override_by"], second["override_reason"]) == (
        "Supervisor Person",
        "-stained inside",
    )
    assert third["flags"] == "REASON_MISMATCH" and third["reason"] == "DEFECTIVE"
    assert first["days_to_return"] == 15  # delivered 2026-11-05, RMA created 2026-11-20
    assert first["hours_to_disposition"] is not None and first["hours_to_disposition"] >= 0
    only = list(log_rows(warehouse, Period(day, day, grader="minji")))
    assert len(only) == 2
    assert list(log_rows(warehouse, Period(day, day, station="BENCH-9"))) == []
    assert (
        list(log_rows(warehouse, Period(day - dt.timedelta(days=2), day - dt.timedelta(days=1))))
        == []
    )


def test_a_range_reads_day_by_day_oldest_first(warehouse, day_of_units, day):
    today = list(log_rows(warehouse, Period(day, day)))
    moved = today[2][KEYS.index("unit")]  # the last unit of today goes back two days
    earlier = today[2][KEYS.index("decided_at")] - dt.timedelta(days=2)
    with warehouse.sessions.begin() as session:
        session.execute(update(m.Unit).where(m.Unit.unit_code == moved).values(decided_at=earlier))
    week = Period(day - dt.timedelta(days=6), day)
    units = [r[KEYS.index("unit")] for r in log_rows(warehouse, week)]
    assert units == [moved] + [r[KEYS.index("unit")] for r in today[:2]]
    assert [r[KEYS.index("unit")] for r in log_rows(warehouse, Period(day, day))] == units[1:]
    two_days_ago = day - dt.timedelta(days=2)
    assert len(list(log_rows(warehouse, Period(two_days_ago, two_days_ago)))) == 1


def test_csv_reads_back_with_hangul_and_defused_formulas(
    warehouse, staff, day_of_units, tmp_path, day
):
    path = tmp_path / "log.csv"
    totals = export_log(warehouse, staff["supervisor"], Period(day, day), "csv", path)
    assert totals.units == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert len(table) == 4
    rows = [dict(zip(KEYS, r, strict=True)) for r in table[1:]]
    assert rows[0]["comment"] == '\'=HYPERLINK("http://x","click")'
    assert rows[1]["override_reason"] == "'-stained inside"
    assert rows[2]["comment"] == "전원이 안 켜져요"
    assert rows[0]["order"] == "000123" and rows[0]["grader"] == "김민지"
    db = [dict(zip(KEYS, r, strict=True)) for r in log_rows(warehouse, Period(day, day))]
    assert [r["unit"] for r in rows] == [r["unit"] for r in db]
    assert [r["days_to_return"] for r in rows] == [str(r["days_to_return"]) for r in db]


def test_xlsx_has_types_a_frozen_header_filters_and_totals(
    warehouse, staff, day_of_units, tmp_path, day
):
    path = tmp_path / "log.xlsx"
    export_log(warehouse, staff["supervisor"], Period(day, day), "xlsx", path)
    book = openpyxl.load_workbook(path)
    sheet = book["Dispositions"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:V4"
    header = [c.value for c in sheet[1]]
    row = dict(zip(KEYS, [c.value for c in sheet[2]], strict=True))
    assert header[0] == "Time" and isinstance(row["decided_at"], dt.datetime)
    assert row["order"] == "000123" and sheet.cell(2, KEYS.index("order") + 1).data_type == "s"
    assert row["comment"] == '=HYPERLINK("http://x","click")'
    assert sheet.cell(2, KEYS.index("comment") + 1).data_type == "s"  # text, not a formula
    assert isinstance(row["days_to_return"], int | float)
    totals = {r[0].value: r[1].value for r in book["Totals"].iter_rows(min_row=2) if r[0].value}
    assert totals["RESTOCK"] == 2 and totals["DISPOSE"] == 1
    assert totals["Units"] == 3 and totals["Overrides"] == 1
    assert totals["REASON_MISMATCH"] == 1


def test_pdf_has_a_summary_page_then_the_table_with_hangul(
    warehouse, staff, day_of_units, tmp_path, day
):
    path = tmp_path / "log.pdf"
    export_log(warehouse, staff["supervisor"], Period(day, day), "pdf", path)
    pages = [p.extract_text() for p in PdfReader(path).pages]
    assert len(pages) == 2
    assert f"Disposition log: {day}" in pages[0]
    assert "3 units, 1 overridden" in pages[0]
    assert "RESTOCK" in pages[0] and "DISPOSE" in pages[0]
    assert "김민지" in pages[1]
    units = [r[KEYS.index("unit")] for r in log_rows(warehouse, Period(day, day))]
    assert all(u in pages[1] for u in units)


def test_only_a_supervisor_exports_and_a_failed_export_leaves_no_file(
    warehouse, staff, tmp_path, day
):
    with pytest.raises(NotAllowed):
        export_log(warehouse, staff["grader"], Period(day, day), "csv", tmp_path / "x.csv")
    with pytest.raises(Exception, match="cannot write"):
        export_log(
            warehouse, staff["supervisor"], Period(day, day), "csv", tmp_path / "no" / "x.csv"
        )
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused(start):
    assert defused(f"{start}HYPERLINK(1)") == f"'{start}HYPERLINK(1)"


@pytest.mark.parametrize("text", ["plain", "", " =1", "1+1", "'=1", "\n=1", "SUM(1)"])
def test_text_that_no_spreadsheet_runs_is_left_alone(text):
    assert defused(text) == text


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_folder_no_file_can_be_made_in_is_said_in_words(warehouse, staff, day_of_units, fmt, day):
    target = Path("/proc/self") / f"log.{fmt}"
    with pytest.raises(ExportFailed) as failed:
        export_log(warehouse, staff["supervisor"], Period(day, day), fmt, target)
    said = str(failed.value)
    assert said == (
        f"cannot write log.{fmt} in /proc/self: No such file or directory; choose a folder "
        "you may write to and export again"
    )
    assert failed.value.errno == errno.ENOENT and ".part" not in said


def test_export_from_the_command_line(database_url, warehouse, staff, day_of_units, tmp_path, day):
    def export(*args: str, who: str = "supervisor"):
        return run_cli(
            "--db", database_url, "--operator", who, "export", *args,
            env={"INSPECTOR_PIN": PINS[who]},
        )  # fmt: skip

    out = tmp_path / "day.xlsx"
    ran = export("--date", day.isoformat(), "-o", str(out))
    assert ran.code == 0, ran.err
    assert ran.out.strip() == f"3 units, {day}, written to {out}"
    totals = {r[0].value: r[1].value for r in openpyxl.load_workbook(out)["Totals"].iter_rows()}
    assert totals["Units"] == 3
    csv_file = str(tmp_path / "x.csv")
    ran = export("--from", "2026-11-30", "--to", "2026-11-01", "-o", csv_file)
    assert ran.code == 1 and "ends (2026-11-01) before it starts" in ran.err
    ran = export("--date", "26/11", "-o", csv_file)
    assert ran.code == 1 and "is not a date" in ran.err.strip()
    ran = export("--date", day.isoformat(), "-o", str(tmp_path / "x.txt"))
    assert ran.code == 1 and "say --format csv, xlsx or pdf" in ran.err
    ran = export("--date", day.isoformat(), "-o", csv_file, who="grader")
    assert ran.code == 1 and "may not export reports" in ran.err
    assert not (tmp_path / "x.csv").exists()
