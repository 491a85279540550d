"""Writing the disposition log out: CSV (for Excel, with Hangul and without formulas), XLSX
(typed columns, frozen header, filters, a totals sheet) and PDF (a summary page, then the
table; Hangul in Nanum Gothic)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Action, Actor, require
from inspector.reports.cells import FORMULA_STARTS
from inspector.reports.disposition_log import COLUMNS, KEYS, Period, log_rows

FORMATS = ("csv", "xlsx", "pdf")
_DISPOSITION, _GRADE = KEYS.index("disposition"), KEYS.index("grade")
_FLAGS, _OVERRIDE_BY = KEYS.index("flags"), KEYS.index("override_by")
FONT_DIRS = (Path("/usr/share/fonts/truetype/nanum"), Path("/usr/share/fonts/nanum"))


class ExportFailed(InspectorError):
    """The file could not be written where it was asked for: which file, where, and why."""

    def __init__(self, path: Path, exc: OSError) -> None:
        self.path, self.errno = path, exc.errno
        self.reason = exc.strerror or str(exc)
        super().__init__(
            f"cannot write {path.name} in {path.parent}: {self.reason}; choose a folder you "
            "may write to and export again"
        )


@dataclass
class Totals:
    units: int = 0
    by_disposition: Counter[str] = field(default_factory=Counter)
    by_grade: Counter[str] = field(default_factory=Counter)
    by_flag: Counter[str] = field(default_factory=Counter)
    overrides: int = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self.units += 1
        self.by_disposition[row[_DISPOSITION]] += 1
        self.by_grade[row[_GRADE]] += 1
        if row[_FLAGS]:
            for flag in row[_FLAGS].split():
                self.by_flag[flag] += 1
        if row[_OVERRIDE_BY]:
            self.overrides += 1


def _counting(rows: Iterable[tuple[Any, ...]], totals: Totals) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        totals.add(row)
        yield row


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def _pdf_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return _cell_text(value)


def write_csv(rows: Iterable[tuple[Any, ...]], path: Path) -> Totals:
    """UTF-8 with a byte order mark (Excel then reads Hangul right); text cells defused."""
    totals = Totals()
    kinds = [kind for _k, _h, kind in COLUMNS]
    times = [c for c, kind in enumerate(kinds) if kind == "datetime"]
    texts = [c for c, kind in enumerate(kinds) if kind not in ("number", "datetime")]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)  # it writes None as an empty cell
        writer.writerow([heading for _k, heading, _t in COLUMNS])
        write = writer.writerow
        for row in _counting(rows, totals):
            cells = list(row)
            for c in times:
                if cells[c] is not None:
                    cells[c] = cells[c].isoformat(" ", "seconds")
            for c in texts:
                value = cells[c]
                if value.__class__ is not str:
                    value = cells[c] = "" if value is None else str(value)
                if value.startswith(FORMULA_STARTS):
                    cells[c] = "'" + value
            write(cells)
    return totals


def write_xlsx(rows: Iterable[tuple[Any, ...]], path: Path, period: Period) -> Totals:
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    from inspector.reports.log_sheet import LogSheet

    totals = Totals()
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    try:
        sheet = book.add_worksheet("Dispositions", worksheet_class=LogSheet)
        bold = book.add_format({"bold": True, "bg_color": "#E4E8EF"})
        when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        widths = {"datetime": 17, "id": 15, "number": 12, "text": 16}
        for c, (_k, heading, kind) in enumerate(COLUMNS):
            sheet.set_column(c, c, widths[kind])
            sheet.write_string(0, c, heading, bold)
        sheet.freeze_panes(1, 0)
        written = sheet.append_rows(
            _counting(rows, totals), [kind for _k, _h, kind in COLUMNS], when, first_row=1
        )
        sheet.autofilter(0, 0, max(written, 1), len(COLUMNS) - 1)
        summary = book.add_worksheet("Totals")
        summary.set_column(0, 0, 28)
        summary.write_string(0, 0, f"Disposition log, {period.describe()}", bold)
        line = 2
        for title, counter in (
            ("Disposition", totals.by_disposition),
            ("Grade", totals.by_grade),
            ("Flag", totals.by_flag),
        ):
            summary.write_string(line, 0, title, bold)
            summary.write_string(line, 1, "Units", bold)
            line += 1
            for key, count in sorted(counter.items()):
                summary.write_string(line, 0, key or "-")
                summary.write_number(line, 1, count)
                line += 1
            line += 1
        summary.write_string(line, 0, "Units", bold)
        summary.write_number(line, 1, totals.units)
        summary.write_string(line + 1, 0, "Overrides", bold)
        summary.write_number(line + 1, 1, totals.overrides)
    finally:
        try:
            book.close()
        except FileCreateError as exc:  # it wraps the OSError
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise cause or OSError(str(exc)) from None
    return totals


def nanum_font() -> Path:
    """Nanum Gothic, for Hangul in PDFs. fontTools, which fpdf2 subsets fonts with, warns on
    stderr of every hinting table of Nanum it drops: nothing anybody can act on, so quieted."""
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    for folder in FONT_DIRS:
        candidate = folder / "NanumGothic.ttf"
        if candidate.exists():
            return candidate
    raise InspectorError(
        "the PDF needs the Nanum Gothic font for Hangul: install fonts-nanum "
        "(scripts/setup.sh does) and export again"
    )


_ROW_MM = 5  # a table row of the PDF with one line of text
_LINE_MM = 3.2  # each further line of a row whose texts wrap
ELLIPSIS = "…"


class _Fitter:
    """Texts fitted to a column's width in mm: wrapped onto lines (ids and codes: never cut)
    or cut at a word with an ellipsis (product names). A text's width is the sum of its
    characters' (what fpdf2 measures for text it does not shape), each character measured
    once: fpdf2's get_string_width costs ~30 µs a call, and a busy day has 290,000 cells."""

    def __init__(self, pdf: Any) -> None:
        self.measure = pdf.get_string_width
        self.widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        widths, used = self.widths, 0.0
        for char in text:
            width = widths.get(char)
            if width is None:
                width = widths[char] = self.measure(char)
            used += width
        return used

    def _fitting(self, text: str, room: float) -> int:
        """How many characters from the start fit in `room`."""
        widths, used = self.widths, 0.0
        for at, char in enumerate(text):
            width = widths.get(char)
            if width is None:
                width = widths[char] = self.measure(char)
            used += width
            if used > room:
                return at
        return len(text)

    def cut(self, text: str, room: float) -> str:
        """The text if it fits; else its words that fit, then an ellipsis (a first word too
        long for the column is cut inside)."""
        if self._fitting(text, room) == len(text):
            return text
        at = self._fitting(text, room - self.width(ELLIPSIS))
        head = text[:at]
        if at < len(text) and text[at] != " " and " " in head.strip():
            head = head[: head.rstrip().rfind(" ")]
        return head.rstrip(" ,;:-–—") + ELLIPSIS

    def wrap(self, text: str, room: float) -> list[str]:
        """The text on as many lines as it needs, broken between words (a word wider than
        the column is broken inside it); the lines hold every character but the spaces
        they were broken at."""
        if self._fitting(text, room) == len(text):
            return [text]
        lines: list[str] = []
        line = ""
        for word in text.split(" "):
            joined = f"{line} {word}" if line else word
            if self._fitting(joined, room) == len(joined):
                line = joined
                continue
            if line:
                lines.append(line)
            while self._fitting(word, room) < len(word):
                at = max(1, self._fitting(word, room))
                lines.append(word[:at])
                word = word[at:]
            line = word
        lines.append(line)
        return lines


def _height(row: list[list[str]]) -> float:
    return _ROW_MM + _LINE_MM * (max(len(lines) for lines in row) - 1)


def _table_page(pdf: Any, rows: list[list[list[str]]], widths: tuple[int, ...]) -> None:
    """One page of the table: its rows (the first the headings), each cell a list of lines,
    and a grid. Text is placed and the grid drawn once a page: fpdf2's cell() costs ~45 µs a
    cell."""
    pdf.add_page()
    left, top = pdf.l_margin, pdf.t_margin
    baseline = _ROW_MM / 2 + 0.3 * pdf.font_size  # where cell() puts a single line
    y = top
    tops = [top]
    for row in rows:
        x = left
        for lines, width in zip(row, widths, strict=True):
            for n, text in enumerate(lines):
                if text:
                    pdf.text(x + pdf.c_margin, y + baseline + n * _LINE_MM, text)
            x += width
        y += _height(row)
        tops.append(y)
    right = left + sum(widths)
    for at in tops:
        pdf.line(left, at, right, at)
    x = left
    for width in (0, *widths):
        x += width
        pdf.line(x, top, x, y)


# The PDF's table: (key, width in mm); 277 mm across A4. The widths hold a time to the minute,
# RMA000021152, U0000012345X, DS-HM-03, NOT_AS_DESCRIBED, REPACKAGE and PARTIAL (15% fee)
# whole at 7 pt; a text wider than its column wraps, but the product name: cut at a word.
PDF_TABLE = (
    ("decided_at", 24),
    ("station", 16),
    ("grader", 20),
    ("unit", 20),
    ("rma", 22),
    ("sku", 18),
    ("product", 34),
    ("reason", 26),
    ("grade", 10),
    ("disposition", 17),
    ("bin", 15),
    ("flags", 30),
    ("refund", 25),
)
CUT_AT_A_WORD = ("product",)


def write_pdf(rows: Iterable[tuple[Any, ...]], path: Path, period: Period) -> Totals:
    """A summary page (totals by disposition, grade and flag), then the table."""
    from fpdf import FPDF

    kept = list(rows)
    totals = Totals()
    for row in kept:
        totals.add(row)
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_font("Nanum", fname=str(nanum_font()))
    pdf.add_page()
    pdf.set_font("Nanum", size=16)
    pdf.cell(0, 10, f"Disposition log: {period.describe()}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Nanum", size=11)
    pdf.cell(
        0, 7, f"{totals.units} units, {totals.overrides} overridden", new_x="LMARGIN", new_y="NEXT"
    )
    for title, counter in (
        ("By disposition", totals.by_disposition),
        ("By grade", totals.by_grade),
        ("By flag", totals.by_flag),
    ):
        pdf.ln(3)
        pdf.set_font("Nanum", size=12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Nanum", size=10)
        for key, count in sorted(counter.items()) or [("-", 0)]:
            pdf.cell(60, 6, key or "-")
            pdf.cell(20, 6, str(count), align="R", new_x="LMARGIN", new_y="NEXT")
    widths = tuple(width for _key, width in PDF_TABLE)
    index = [KEYS.index(key) for key, _w in PDF_TABLE]
    pdf.set_font("Nanum", size=7)
    fitter = _Fitter(pdf)
    room = [width - 2 * pdf.c_margin for width in widths]
    cut = [key in CUT_AT_A_WORD for key, _w in PDF_TABLE]
    headings = [fitter.wrap(COLUMNS[i][1], r) for i, r in zip(index, room, strict=True)]
    usable = pdf.h - pdf.t_margin - pdf.b_margin + 1e-6
    page: list[list[list[str]]] = [headings]
    used = _height(headings)
    for row in kept:
        cells = [
            [fitter.cut(_pdf_text(row[i]), r)] if c else fitter.wrap(_pdf_text(row[i]), r)
            for i, r, c in zip(index, room, cut, strict=True)
        ]
        height = _height(cells)
        if len(page) > 1 and used + height > usable:
            _table_page(pdf, page, widths)
            page, used = [headings], _height(headings)
        page.append(cells)
        used += height
    _table_page(pdf, page, widths)
    pdf.output(str(path))
    return totals


def export_log(
    warehouse: Warehouse, actor: Actor | None, period: Period, fmt: str, path: Path
) -> Totals:
    """Write the period's log to a file in one format; the file appears whole or not at all."""
    require(actor, Action.EXPORT)
    if fmt not in FORMATS:
        raise InspectorError(f"'{fmt}' is not an export format: use {', '.join(FORMATS)}")
    temporary = path.with_name(path.name + ".part")
    rows = log_rows(warehouse, period)
    try:
        # Made first: a folder no file can be written in is known before any work is done
        # (and before xlsxwriter opens temporary files it would not close after a failure).
        temporary.open("wb").close()
        if fmt == "csv":
            totals = write_csv(rows, temporary)
        elif fmt == "xlsx":
            totals = write_xlsx(rows, temporary, period)
        else:
            totals = write_pdf(rows, temporary, period)
        temporary.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise ExportFailed(path, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return totals
