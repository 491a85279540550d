"""The disposition log's XLSX sheet: an xlsxwriter worksheet that appends a long table a whole
row at a time, straight into the sheet's XML."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from inspector.core.errors import InspectorError

# What xlsxwriter's own cell writer changes in a text: XML's &, < and >; control characters
# (written _xHHHH_) and text that already looks like such an escape; whitespace at either end
# (kept with xml:space="preserve").
_NEEDS_CARE = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_|^\s|\s$")
_END_SPACE = re.compile(r"^\s|\s$")  # looked for after escaping, as xlsxwriter does
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
# Texts remembered per column: a busy day repeats its stations, graders, reasons and bins.
_REMEMBERED = 4096


class LogSheet(Worksheet):
    """A worksheet of a `constant_memory` workbook that writes rows of typed cells in bulk.

    xlsxwriter's write_* calls cost about 5 µs a cell (a cell object, bounds checks, three
    regular expressions, a write); a day of 20,000 units is 440,000 cells. Here each row
    becomes one string: column letters are made once, a text seen before in its column is
    not escaped again, a datetime becomes Excel's day number with the date format. The XML is
    the same xlsxwriter writes for write_string, write_number and write_datetime.
    Add it with `workbook.add_worksheet(name, worksheet_class=LogSheet)`."""

    def append_rows(
        self,
        rows: Iterable[Sequence[Any]],
        kinds: Sequence[str],
        datetime_format: Format,
        first_row: int,
    ) -> int:
        """Write `rows` from row `first_row` (0-based) down. `kinds` gives each column's type:
        "datetime" (a naive datetime), "number", anything else text (written as a string, so
        never a number or a formula). None and "" leave the cell empty.
        Returns how many rows were written."""
        if not self.constant_memory:
            raise ValueError("LogSheet.append_rows needs a constant_memory workbook")
        held: int = self.previous_row  # type: ignore[has-type]  # the row not yet written out
        if first_row < held or (first_row == held and self.table.get(held)):
            raise ValueError(f"row {first_row} is not below the rows already written")
        self._write_single_row(first_row)  # the rows above (the header) go out first
        letters = [xl_col_to_name(c) for c in range(len(kinds))]
        date_style = f' s="{datetime_format._get_xf_index()}"'
        texts: list[dict[str, str]] = [{} for _ in kinds]
        write = self.fh.write
        last = first_row - 1
        for last, row in enumerate(rows, start=first_row):
            number = last + 1
            if number > self.xls_rowmax:
                raise InspectorError(
                    f"more than {self.xls_rowmax - first_row:,} rows do not fit one XLSX sheet;"
                    " export a shorter period, or as CSV"
                )
            line = [f'<row r="{number}">']
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                kind = kinds[c]
                if kind == "datetime":
                    day = (value - _EXCEL_EPOCH).total_seconds() / 86400
                    line.append(f'<c r="{letters[c]}{number}"{date_style}><v>{day:.16G}</v></c>')
                elif kind == "number":
                    line.append(f'<c r="{letters[c]}{number}"><v>{value:.16G}</v></c>')
                else:
                    seen = texts[c]
                    text = value if type(value) is str else str(value)
                    tail = seen.get(text)
                    if tail is None:
                        tail = _inline_string(self, text)
                        if len(seen) < _REMEMBERED:
                            seen[text] = tail
                    line.append(f'<c r="{letters[c]}{number}"{tail}')
            line.append("</row>")
            write("".join(line))
        if last < first_row:
            return 0
        self._check_dimensions(first_row, 0)
        self._check_dimensions(last, len(kinds) - 1)
        self.previous_row = last
        return last - first_row + 1


def _inline_string(sheet: Worksheet, text: str) -> str:
    """The end of an inline string cell, after its reference, as xlsxwriter writes it."""
    if not _NEEDS_CARE.search(text):
        return f' t="inlineStr"><is><t>{text}</t></is></c>'
    text = sheet._escape_data(sheet._escape_control_characters(text))
    preserve = ' xml:space="preserve"' if _END_SPACE.search(text) else ""
    return f' t="inlineStr"><is><t{preserve}>{text}</t></is></c>'
