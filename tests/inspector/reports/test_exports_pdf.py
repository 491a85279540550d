"""The PDF log's table: ids and codes whole (wrapped when a column is too narrow), product
names cut at a word with an ellipsis, by fpdf2's own measure; pages of rows in order with
nothing lost between them; every id read back from the PDF's text is the CSV's."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from inspector.demo.build import build_demo
from inspector.people.operators import sign_in_with_pin
from inspector.reports.disposition_log import KEYS, Period
from inspector.reports.exports import _Fitter, export_log, nanum_font, write_pdf

DAY = dt.date(2026, 11, 25)

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


def _boundary(text: str, head: str) -> bool:
    """Whether `head` is `text` up to the end of a word."""
    return text.startswith(head) and (len(head) == len(text) or text[len(head)] in " ,;:-")


@pytest.mark.parametrize("room", [3.0, 16.0, 35.0, 120.0])
def test_a_cut_name_ends_at_a_word_with_an_ellipsis(pdf, room):
    fitter = _Fitter(pdf)
    for text in TEXTS:
        cut = fitter.cut(text, room)
        assert pdf.get_string_width(cut) <= room + 1e-9
        if cut == text:
            continue
        assert cut.endswith("…")
        head = cut[:-1]
        if " " in head:  # a first word too long for the column is the only one cut inside
            assert _boundary(text, head), (text, cut)
            # and no further word would have fitted
            rest = text[len(head) :].lstrip(" ,;:-")
            more = head + text[len(head) : len(text) - len(rest)] + rest.split(" ")[0]
            assert pdf.get_string_width(more.rstrip(" ,;:-") + "…") > room
        else:
            assert text.startswith(head)


@pytest.mark.parametrize("room", [3.0, 16.0, 35.0, 120.0])
def test_a_wrapped_text_keeps_every_character_on_lines_that_fit(pdf, room):
    fitter = _Fitter(pdf)
    for text in TEXTS:
        lines = fitter.wrap(text, room)
        assert all(pdf.get_string_width(line) <= room + 1e-9 for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        if all(pdf.get_string_width(word) <= room for word in text.split(" ")):
            assert " ".join(lines) == text  # broken only between words


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
    body = pages[1:]  # after the summary
    units = [f"U{n:09d}X" for n in range(80)]
    # Every row exactly once, whole (a token of its own), and in order across the pages.
    on_pages = [re.findall(r"U\d{9}X", page) for page in body]
    assert [u for page in on_pages for u in page] == units
    assert all(u in page.split() for page, ids in zip(body, on_pages, strict=True) for u in ids)
    # Pages are full but the last: the same count of rows on each, the rest on the last.
    counts = [len(ids) for ids in on_pages]
    assert len(counts) >= 2 and len(set(counts[:-1])) == 1 and 0 < counts[-1] <= counts[0]
    table = "\n".join(body)
    assert all(page.startswith("Time") for page in pages[1:])  # headings on every page
    assert "2026-11-25 08:05" in table and "PARTIAL (15% fee)" in table
    assert "NOT_AS_DESCRIBED" in table and "김민지" in table
    assert "Wireless" in table and long_name not in table
    shown = table[table.index("Wireless") :].split("…")[0]
    assert _boundary(long_name, shown)  # cut at a word, then the ellipsis


def test_the_widest_ids_fit_their_columns_whole(tmp_path):
    rows = [_row(1, "Desk lamp")]
    widest = dict(zip(KEYS, rows[0], strict=True))
    widest.update(unit="U999999999X", rma="RMA99999999X", bin="RF-EL-99")
    path = tmp_path / "log.pdf"
    write_pdf(iter([tuple(widest[k] for k in KEYS)]), path, Period(DAY, DAY))
    table = PdfReader(path).pages[1].extract_text()
    assert "U999999999X" in table.split() and "RMA99999999X" in table.split()


def test_an_id_too_long_for_its_column_wraps_and_is_never_cut(tmp_path):
    values = dict(zip(KEYS, _row(2, "Desk lamp"), strict=True))
    values.update(sku="SKU-WITH-A-VERY-LONG-SUPPLIER-CODE-0123456789", flags="HAZARD WRONG_ITEM")
    path = tmp_path / "log.pdf"
    write_pdf(iter([tuple(values[k] for k in KEYS)]), path, Period(DAY, DAY))
    text = PdfReader(path).pages[1].extract_text()
    assert "…" not in text
    lines = text.splitlines()
    assert len(lines) > 3  # the row took several lines
    assert "SKU-WITH-A-VERY-LONG-SUPPLIER-CODE-0123456789" in "".join(lines)
    assert "HAZARD" in text and "WRONG_ITEM" in text


def test_every_id_in_the_pdf_is_the_csv_s(warehouse, tmp_path):
    """A day range of the demo warehouse exported twice: the RMA numbers, unit ids and bins
    read back from the PDF's text are the CSV's, row by row."""
    now = dt.datetime(2026, 11, 26, 18)
    build_demo(warehouse, 150, seed=7, now=now, span_days=30)
    supervisor = sign_in_with_pin(warehouse, "sofia", "3333", None)
    period = Period(now.date() - dt.timedelta(days=20), now.date())
    export_log(warehouse, supervisor, period, "csv", tmp_path / "log.csv")
    export_log(warehouse, supervisor, period, "pdf", tmp_path / "log.pdf")
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = [dict(zip(KEYS, r, strict=True)) for r in list(csv.reader(handle))[1:]]
    assert len(csv_rows) > 40  # more than a page of the PDF
    pages = PdfReader(tmp_path / "log.pdf").pages[1:]
    words = [word for page in pages for word in page.extract_text().split()]
    assert [w for w in words if re.fullmatch(r"RMA[0-9X]+", w)] == [r["rma"] for r in csv_rows]
    assert [w for w in words if re.fullmatch(r"U[0-9]{5,}[0-9X]", w)] == [
        r["unit"] for r in csv_rows
    ]
    assert all(len(r["rma"]) == 12 for r in csv_rows)  # RMA, eight digits, a check character
    text = "\n".join(page.extract_text() for page in pages)  # a bin may touch its neighbour
    assert re.findall(r"[A-Z]{2}-[A-Z]{2}-[0-9]{2}", text) == [r["bin"] for r in csv_rows]
