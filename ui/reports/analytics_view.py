"""Returns analytics on the Supervisor page: the questions in a list, and the one picked as a
card at full height, its bar chart (pyqtgraph) or its numbers; each chart can be saved as a PNG
with its title and period, and its numbers as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import os
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.core.clock import Clock, system_clock
from inspector.core.paths import data_dir
from inspector.core.warehouse import Warehouse
from inspector.reports.analytics import Table, returns_analytics
from ui.common.background import Background
from ui.common.page import Who
from ui.common.period_fields import read_period
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable
from ui.reports import analytics_words

QUESTIONS_PX = 260
CHART_ROWS = 20  # bars on one chart; the numbers list every row
LABEL_PX = 320  # the widest the labels' axis may take
LABEL_CHARS = 40
CHART_COLUMN = {  # which column a card's bars show
    "rate_by_category": 3,
    "products_above_average": 5,
    "reason_mismatch": 2,
    "cost": 5,
}


def table_titles() -> dict[str, str]:
    return {
        "rate_by_category": QCoreApplication.translate("Analytics", "Return rate by category"),
        "products_above_average": QCoreApplication.translate(
            "Analytics", "Products returned more than the average"
        ),
        "dispositions": QCoreApplication.translate("Analytics", "Units by disposition"),
        "reasons": QCoreApplication.translate("Analytics", "Return reasons"),
        "reason_mismatch": QCoreApplication.translate("Analytics", "Reason against condition"),
        "time_to_return": QCoreApplication.translate("Analytics", "Days from delivery to return"),
        "cost": QCoreApplication.translate("Analytics", "Cost of returns (net by disposition)"),
        "segments": QCoreApplication.translate("Analytics", "Customers by return behaviour"),
        "regions": QCoreApplication.translate("Analytics", "Returns by customer region"),
        "channels": QCoreApplication.translate("Analytics", "Returns by sales channel"),
        "weekly": QCoreApplication.translate("Analytics", "RMAs per week"),
        "words": QCoreApplication.translate("Analytics", "Words in customer comments"),
        "policy_exceptions": QCoreApplication.translate(
            "Analytics", "Policy exceptions: verdicts overridden, per week and rule"
        ),
    }


@cache
def _pyqtgraph() -> Any:
    """pyqtgraph, imported when the first chart is drawn: it costs most of a second, and the
    way to the sign-in page does not need it."""
    # pyqtgraph takes the first Qt binding it finds; say which, before it is imported.
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="#1d2330")
    return pg


@cache
def _share_axis() -> Any:
    """A value axis for shares: 0.25 is said as 25% (a pyqtgraph class, made with pyqtgraph)."""
    pg = _pyqtgraph()

    class ShareAxis(pg.AxisItem):  # type: ignore[misc, name-defined]
        def tickStrings(self, values, scale, spacing):  # noqa: N802, ANN001, ANN201 (pyqtgraph's)
            return [f"{v * scale:.0%}" for v in values]

    return ShareAxis


class ChartCard(QFrame):
    """One question: its chart at the card's full height, or its numbers, and Save buttons.
    Bars lie across, so their labels (categories, reasons, product SKUs) read whole on the
    vertical axis."""

    def __init__(self, table: Table, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table, self.title = table, title
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: white; border-radius: 10px; }")
        self.heading = QLabel(title, wordWrap=True)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.note = QLabel(analytics_words.note(table), objectName="muted", wordWrap=True)
        self.show_chart = QPushButton(
            self.tr("Chart"), checkable=True, checked=True, objectName="answer"
        )
        self.show_numbers = QPushButton(self.tr("Numbers"), checkable=True, objectName="answer")
        views = QButtonGroup(self)
        for i, button in enumerate((self.show_chart, self.show_numbers)):
            views.addButton(button, i)
            button.setStyleSheet("font-size: 16px;")
            make_touchable(button, width=110)
        self.save_png = QPushButton(self.tr("Save PNG"))
        self.save_csv = QPushButton(self.tr("Save CSV"))
        for button in (self.save_png, self.save_csv):
            make_touchable(button, width=120)
        column = CHART_COLUMN.get(table.key, 1)
        self.column = column
        self.share = len(table.columns) > column and analytics_words.is_share(table.columns[column])
        pg = _pyqtgraph()
        axes = {"bottom": _share_axis()("bottom")} if self.share else {}
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.getViewBox().invertY(True)  # the first row on top, as in the numbers
        labels = [analytics_words.row_name(table.key, row[0]) for row in table.rows][:CHART_ROWS]
        values = [float(row[column] or 0) for row in table.rows][:CHART_ROWS]
        self.values, self.labels = values, labels
        if values:
            bars = pg.BarGraphItem(
                x0=[min(0.0, v) for v in values],
                y=list(range(len(values))),
                height=0.7,
                width=[abs(v) for v in values],
                brush="#1f5fbf",
            )
            self.plot.addItem(bars)
            axis = self.plot.getAxis("left")
            axis.setTicks([[(i, _fitted(label)) for i, label in enumerate(labels)]])
            metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
            axis.setWidth(
                min(LABEL_PX, max(metrics.horizontalAdvance(_fitted(x)) for x in labels) + 16)
            )
            low, high = min(0.0, min(values)), max(0.0, max(values))
            self.plot.setXRange(low * 1.1, (high or 1.0) * 1.1, padding=0)
            self.plot.setYRange(-0.6, len(values) - 0.4, padding=0)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.setLabel(
            "bottom",
            analytics_words.heading(table.columns[column]) if len(table.columns) > column else "",
        )
        self.numbers = QTableWidget(len(table.rows), len(table.columns))
        self.numbers.setHorizontalHeaderLabels([analytics_words.heading(h) for h in table.columns])
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                shown = (
                    _shown(value, analytics_words.is_share(table.columns[c]))
                    if isinstance(value, (int, float))
                    else analytics_words.cell(table.key, table.columns[c], c, value)
                )
                self.numbers.setItem(r, c, QTableWidgetItem(shown))
        # Every heading whole: a column is as wide as its heading or its widest value.
        self.numbers.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        make_touch_scrollable(self.numbers)
        self.views = QStackedWidget()
        self.views.addWidget(self.plot)
        self.views.addWidget(self.numbers)
        views.idClicked.connect(self.views.setCurrentIndex)
        top = QHBoxLayout()  # the question and its buttons on one row: the chart gets the rest
        top.addWidget(self.heading, 1)
        for button in (self.show_chart, self.show_numbers, self.save_png, self.save_csv):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.views, 1)

    def picture(self, period: str) -> QImage:
        """The chart as a saved picture: its question and period above it, then the note."""
        chart = self.plot.grab().toImage()
        margin, width = 16, chart.width()
        title_font = QFont(self.font())
        title_font.setPixelSize(22)
        title_font.setBold(True)
        note_font = QFont(self.font())
        note_font.setPixelSize(15)
        words = [(title_font, self.title), (note_font, period)]
        if self.note.text():
            words.append((note_font, self.note.text()))
        flags = Qt.TextFlag.TextWordWrap
        rects = [
            QFontMetrics(f).boundingRect(QRect(0, 0, width - 2 * margin, 1000), flags, t)
            for f, t in words
        ]
        top = margin + sum(r.height() + 6 for r in rects)
        image = QImage(width, top + chart.height(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("#1d2330"))
        y = margin
        for (font, text), rect in zip(words, rects, strict=True):
            painter.setFont(font)
            painter.drawText(QRect(margin, y, width - 2 * margin, rect.height()), flags, text)
            y += rect.height() + 6
        painter.drawImage(0, top, chart)
        painter.end()
        return image


def _fitted(label: str) -> str:
    """A bar's label, whole unless very long (then cut at a word, with an ellipsis)."""
    if len(label) <= LABEL_CHARS:
        return label
    cut = label[: LABEL_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _shown(value: Any, share: bool = False) -> str:
    if share and isinstance(value, (int, float)):
        return f"{value:.1%}"
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:,.2f}"
    return str(value)


def write_numbers(table: Table, path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
    return path


class AnalyticsView(QWidget):
    shown = Signal(object)  # list[Table]
    saved = Signal(str)

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self.warehouse, self.background, self.who = warehouse, background, who
        self.clock = clock  # what "today" is: the default period, and the days still counting
        today = clock().date()
        self.date_from = QLineEdit((today - dt.timedelta(days=27)).isoformat())
        self.date_to = QLineEdit(today.isoformat())
        self.show_button = QPushButton(self.tr("Show"), objectName="primary")
        for control, width in ((self.date_from, 160), (self.date_to, 160), (self.show_button, 140)):
            make_touchable(control, width=width)
        self.show_button.clicked.connect(self.load)
        self.message = QLabel(objectName="muted", wordWrap=True)
        self.cards: dict[str, ChartCard] = {}
        # The questions on the left, one chart at a time on the right at its full height: no
        # page that scrolls around charts and tables that scroll themselves.
        self.questions = QListWidget()
        self.questions.setFixedWidth(QUESTIONS_PX)
        self.questions.setWordWrap(True)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setStyleSheet("QListWidget::item { padding: 10px 6px; }")
        make_touch_scrollable(self.questions)
        self.questions.currentRowChanged.connect(self._on_questions_current_row_changed)
        self.charts = QStackedWidget()
        body = QHBoxLayout()
        body.addWidget(self.questions)
        body.addWidget(self.charts, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("To")))
        row.addWidget(self.date_to)
        row.addWidget(self.show_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    @Slot()
    def load(self) -> None:
        period = read_period(self.date_from, self.date_to)
        if isinstance(period, str):
            self.message.setText(period)
            return
        self.period = period
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        actor, warehouse, today = self.who(), self.warehouse, self.clock().date()

        def failed(exc: BaseException) -> None:
            self.show_button.setEnabled(True)
            self.message.setText(describe(exc))

        self.background.run(
            lambda: returns_analytics(warehouse, actor, period, today), self.show_tables, failed
        )

    def show_tables(self, tables: list[Table]) -> None:
        self.show_button.setEnabled(True)
        self.message.setText("")
        shown = self.questions.currentRow()
        self.questions.clear()
        while self.charts.count():
            old = self.charts.widget(0)
            self.charts.removeWidget(old)
            old.deleteLater()
        self.cards = {}
        titles = table_titles()
        for table in tables:
            title = titles.get(table.key, table.title)
            card = ChartCard(table, title)
            card.save_png.clicked.connect(lambda _c=False, k=table.key: self.save(k, "png"))
            card.save_csv.clicked.connect(lambda _c=False, k=table.key: self.save(k, "csv"))
            self.charts.addWidget(card)
            self.questions.addItem(QListWidgetItem(title))
            self.cards[table.key] = card
        if tables:
            self.questions.setCurrentRow(min(max(shown, 0), len(tables) - 1))
        self.shown.emit(tables)

    @Slot(int)
    def _on_questions_current_row_changed(self, row: int) -> None:
        if 0 <= row < self.charts.count():
            self.charts.setCurrentIndex(row)

    def show_question(self, key: str) -> None:
        """Bring one question's chart up, as a tap on the list does."""
        self.questions.setCurrentRow(list(self.cards).index(key))

    def folder(self) -> Path:
        return data_dir() / "exports"

    def save(self, key: str, fmt: str) -> None:
        card = self.cards[key]
        folder = self.folder()
        name = f"analytics-{key}-{self.period.date_from}-{self.period.date_to}.{fmt}"
        path = folder / name
        if fmt == "png":  # a picture of the widget, taken on the UI thread as Qt requires
            folder.mkdir(parents=True, exist_ok=True)
            period = self.tr("{start} to {end}").format(
                start=self.period.date_from.isoformat(), end=self.period.date_to.isoformat()
            )
            if not card.picture(period).save(str(path)):
                self.message.setText(self.tr("Could not save {file}.").format(file=str(path)))
                return
            self._saved(str(path))
            return

        def work() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return write_numbers(card.table, path)

        self.background.run(
            work, lambda p: self._saved(str(p)), lambda e: self.message.setText(describe(e))
        )

    def _saved(self, path: str) -> None:
        self.message.setText(self.tr("Saved {file}").format(file=path))
        self.saved.emit(path)
