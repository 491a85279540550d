"""Every refusal of an RMA import (inspector.rmas.rma_import and the file reading behind it,
inspector.rmas.import_files): the words a supervisor reads, and not a row changed: an import
is all or nothing, so a refused file leaves no RMA, order, product, tracking number or audit
event behind, even when its good rows came first."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError
from inspector.people.roles import NotAllowed
from inspector.rmas.import_files import UnreadableFile
from inspector.rmas.rma_import import ImportRejected, import_file
from tests.helpers.rma_files import row, write_csv, write_json
from tests.helpers.unchanged import refused

HEADER = "rma_number,order_number,sku,quantity"


def _text(content: str):
    def make(folder):
        path = folder / "rmas.csv"
        path.write_text(content, encoding="utf-8")
        return path

    return make


def _bytes(content: bytes):
    def make(folder):
        path = folder / "rmas.csv"
        path.write_bytes(content)
        return path

    return make


def _empty_workbook(folder):
    import openpyxl

    path = folder / "rmas.xlsx"
    openpyxl.Workbook().save(path)
    return path


def _rows(*rows):
    return lambda folder: write_csv(folder / "rmas.csv", list(rows))


# case id -> (the file, who imports it, the error, words it must say after the path)
CASES = {
    "imported by a grader": (
        _rows(row(rma_number="R-2002")),
        "grader",
        NotAllowed,
        "may not import RMAs: that needs the supervisor role",
    ),
    "no such file": (
        lambda folder: folder / "gone.csv",
        "supervisor",
        UnreadableFile,
        "no such file",
    ),
    "a folder": (lambda folder: folder, "supervisor", UnreadableFile, "is a folder, not a file"),
    "not UTF-8": (
        _bytes(HEADER.encode() + b"\nR-1,O-1,\xff\xfe,1\n"),
        "supervisor",
        UnreadableFile,
        "not a CSV, XLSX or JSON file (it is not UTF-8 text nor an Excel workbook)",
    ),
    "binary data": (
        _bytes(HEADER.encode() + b"\nR-1\x00,O-1,S,1\n"),
        "supervisor",
        UnreadableFile,
        "not a CSV, XLSX or JSON file (it holds binary data)",
    ),
    "an empty file": (_text(""), "supervisor", UnreadableFile, "the file is empty"),
    "a header only": (
        _text(HEADER + "\n"),
        "supervisor",
        InspectorError,
        "the file has a header but no rows; nothing imported",
    ),
    "a header without the quantity": (
        _text("rma_number,order_number,sku\nR-1,O-1,S\n"),
        "supervisor",
        UnreadableFile,
        "the header lacks the column(s) quantity; see docs/import-format.md",
    ),
    "a column no one knows": (
        _text(HEADER + ",colour\nR-1,O-1,S,1,red\n"),
        "supervisor",
        UnreadableFile,
        "unknown column(s) colour; see docs/import-format.md",
    ),
    "a column twice": (
        _text(HEADER + ",sku\nR-1,O-1,S,1,S\n"),
        "supervisor",
        UnreadableFile,
        "the column(s) sku appear twice",
    ),
    "JSON that does not parse": (
        _text('[{"rma_number": "R-1",'),
        "supervisor",
        UnreadableFile,
        "not valid JSON (line 1: ",
    ),
    "JSON that is no list of rows": (
        _text('{"rma_number": "R-1"}'),
        "supervisor",
        UnreadableFile,
        "JSON must be a list of row objects, or an object with a 'rows' list",
    ),
    "a workbook that is no workbook": (
        _bytes(b"PK\x03\x04 not really a zip"),
        "supervisor",
        UnreadableFile,
        "not a readable XLSX workbook",
    ),
    "a cell larger than any CSV field": (
        _text(HEADER + "\nR-1,O-1," + "S" * 200_000 + ",1\n"),
        "supervisor",
        UnreadableFile,
        "line 2: not readable CSV (field larger than field limit",
    ),
    "a workbook with an empty first sheet": (
        _empty_workbook,
        "supervisor",
        UnreadableFile,
        "the first sheet is empty",
    ),
    "a good row and a bad one": (
        _rows(
            row(rma_number="R-2002", tracking_numbers=""), row(rma_number="R-2003", quantity="0")
        ),
        "supervisor",
        ImportRejected,
        "1 bad row(s), nothing imported; fix them and import again",
    ),
    "an RMA imported before with another order": (
        _rows(
            row(rma_number="R-2002", tracking_numbers=""),
            row(rma_number="R-1001", order_number="SO-9999", tracking_numbers=""),
        ),
        "supervisor",
        ImportRejected,
        "1 bad row(s), nothing imported",
    ),
    "a tracking number that belongs to another RMA": (
        lambda folder: write_json(
            folder / "rmas.json",
            [row(rma_number="R-2002", tracking_numbers="1Z999AA10123456784")],
        ),
        "supervisor",
        ImportRejected,
        "1 bad row(s), nothing imported",
    ),
}


@pytest.fixture
def imported(warehouse, staff, tmp_path):
    """RMA R-1001 of order SO-5001, with its tracking number, imported before."""
    first = tmp_path / "first"
    first.mkdir()
    import_file(
        warehouse, write_csv(first / "r.csv", [row(rma_number="R-1001")]), staff["supervisor"]
    )
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, imported, case):
    make, who, error, words = CASES[case]
    path = make(imported)
    refused(warehouse, error, words, lambda: import_file(warehouse, path, staff[who]))
