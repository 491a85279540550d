"""`inspector report`: the returns analytics of a period as a PDF, one section per question,
each with its bars and its numbers (Hangul in Nanum Gothic)."""

from __future__ import annotations

from pathlib import Path

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Actor
from inspector.reports.analytics import Table, returns_analytics
from inspector.reports.disposition_log import Period
from inspector.reports.exports import nanum_font

BAR_COLUMN = {"rate_by_category": 3, "products_above_average": 5, "reason_mismatch": 2, "cost": 5}


def write_report(tables: list[Table], period: Period, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_font("Nanum", fname=str(nanum_font()))
    pdf.add_page()
    pdf.set_font("Nanum", size=18)
    pdf.cell(
        0,
        12,
        f"Returns report: {period.date_from} to {period.date_to}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for table in tables:
        if pdf.get_y() > 200:
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font("Nanum", size=13)
        pdf.cell(0, 8, table.title, new_x="LMARGIN", new_y="NEXT")
        if table.note:
            pdf.set_font("Nanum", size=8)
            pdf.cell(0, 5, table.note, new_x="LMARGIN", new_y="NEXT")
        _bars(pdf, table)
        _numbers(pdf, table)
    pdf.output(str(path))


def _bars(pdf, table: Table) -> None:  # noqa: ANN001 - an FPDF
    column = BAR_COLUMN.get(table.key, 1)
    rows = [(str(r[0]), float(r[column] or 0)) for r in table.rows[:12]]
    if not rows:
        pdf.set_font("Nanum", size=9)
        pdf.cell(0, 6, "nothing in this period", new_x="LMARGIN", new_y="NEXT")
        return
    top = max(abs(v) for _l, v in rows) or 1
    pdf.set_font("Nanum", size=7)
    for label, value in rows:
        y = pdf.get_y()
        pdf.cell(45, 4.5, label[:32])
        width = 100 * abs(value) / top
        pdf.set_fill_color(31, 95, 191) if value >= 0 else pdf.set_fill_color(179, 38, 30)
        pdf.rect(pdf.l_margin + 46, y + 0.7, max(width, 0.3), 3.2, style="F")
        pdf.set_xy(pdf.l_margin + 150, y)
        pdf.cell(30, 4.5, _shown(value), align="R", new_x="LMARGIN", new_y="NEXT")


def _numbers(pdf, table: Table) -> None:  # noqa: ANN001
    if not table.rows:
        return
    pdf.ln(1)
    pdf.set_font("Nanum", size=7)
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / len(table.columns)
    for heading in table.columns:
        pdf.cell(width, 4.5, heading[:28], border="B")
    pdf.ln()
    for row in table.rows[:25]:
        for value in row:
            text = _shown(value)
            while text and pdf.get_string_width(text) > width - 1:
                text = text[:-1]
            pdf.cell(width, 4.2, text)
        pdf.ln()


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1%}" if 0 < abs(value) < 1 else f"{value:,.2f}"
    return str(value)


def report(warehouse: Warehouse, actor: Actor | None, period: Period, path: Path) -> int:
    """Write the report; returns how many sections it has. The file appears whole or not."""
    tables = returns_analytics(warehouse, actor, period)
    temporary = path.with_name(path.name + ".part")
    try:
        write_report(tables, period, temporary)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise InspectorError(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(tables)
