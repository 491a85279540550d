"""The PDF log's table: texts cut to their columns by fpdf2's own measure, pages of rows in
order with nothing lost between them."""

from __future__ import annotations

import datetime as dt

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from inspector.reports.disposition_log import KEYS, Period
from inspector.reports.exports import _Fitter, nanum_font, write_pdf

TEXTS = [
    "",
    "RESTOCK",
    "U000000123X",
    "Wireless noise-cancelling headphones, over-ear, black, with carrying case",
    "무선 노이즈 캔슬링 헤드폰 블랙 케이스 포함 정품 새상품",
    "Mixed 한글 and Latin — with a dash and 100% cotton",
]


@pytest.fixture
def pdf():
    page = FPDF(orientation="L", unit="mm", format="A4")
    page.add_font("Nanum", fname=str(nanum_font()))
    page.add_page()
    page.set_font("Nanum", size=7)
    yield page
    page.output()  # fpdf2 lets go of the font file when it writes the document


@pytest.mark.parametrize("room", [3.0, 16.0, 35.0, 120.0])
def test_a_cut_text_is_the_longest_start_that_fits(pdf, room):
    fitted = _Fitter(pdf)
    for text in TEXTS:
        cut = fitted(text, room)
        assert text.startswith(cut)
        assert pdf.get_string_width(cut) <= room + 1e-9
        if cut != text:  # one more character would not fit
            assert pdf.get_string_width(text[: len(cut) + 1]) > room


def _row(n: int, product: str) -> tuple:
    values = dict.fromkeys(KEYS, "")
    values.update(
        decided_at=dt.datetime(2026, 11, 25, 8) + dt.timedelta(minutes=n),
        station="BENCH-1",
        grader="김민지",
        unit=f"U{n:09d}X",
        rma=f"RMA{n:08d}X",
        sku="SKU-1",
        product=product,
        reason="NOT_AS_DESCRIBED",
        grade="B",
        disposition="REPACKAGE",
        bin="RP-EL-01",
        flags="REASON_MISMATCH" if n % 2 else "",
        refund="PARTIAL (15% fee)",
        days_to_return=3,
        hours_to_disposition=1.5,
    )
    return tuple(values[k] for k in KEYS)


def test_rows_run_over_pages_in_order_with_long_names_cut(tmp_path):
    long_name = TEXTS[3]
    rows = [_row(n, long_name if n == 5 else "Desk lamp") for n in range(80)]
    path = tmp_path / "log.pdf"
    totals = write_pdf(iter(rows), path, Period(dt.date(2026, 11, 25), dt.date(2026, 11, 25)))
    assert totals.units == 80 and totals.by_flag["REASON_MISMATCH"] == 40
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 1 + 3  # the summary, then 37 rows a page
    table = "\n".join(pages[1:])
    units = [f"U{n:09d}X" for n in range(80)]
    assert [table.index(u) for u in units] == sorted(table.index(u) for u in units)
    assert all(page.startswith("Time") for page in pages[1:])  # headings on every page
    assert "2026-11-25 08:05" in table and "PARTIAL (15% fee)" in table
    assert "NOT_AS_DESCRIBED" in table and "김민지" in table
    assert "Wireless noise" in table and long_name not in table
