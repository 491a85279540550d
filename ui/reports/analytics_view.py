"""Returns analytics on the Supervisor page: one card per question, a bar chart (pyqtgraph)
and its numbers; each chart can be saved as PNG and its numbers as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import os
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.core.paths import data_dir
from inspector.core.warehouse import Warehouse
from inspector.reports.analytics import Table, returns_analytics
from ui.common.background import Background
from ui.common.page import Who
from ui.common.period_fields import read_period
from ui.common.problems import describe
from ui.common.touch import make_touchable
from ui.reports import analytics_words


@cache
def _pyqtgraph() -> Any:
    """pyqtgraph, imported when the first chart is drawn: it costs most of a second, and the
    way to the sign-in page does not need it."""
    # pyqtgraph takes the first Qt binding it finds; say which, before it is imported.
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="#1d2330")
    return pg


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
    }


class ChartCard(QFrame):
    """One question: its chart, its numbers, and Save buttons."""

    def __init__(self, table: Table, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: white; border-radius: 10px; }")
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.note = QLabel(analytics_words.note(table), objectName="muted", wordWrap=True)
        self.save_png = QPushButton(self.tr("Save chart (PNG)"))
        self.save_csv = QPushButton(self.tr("Save numbers (CSV)"))
        for button in (self.save_png, self.save_csv):
            make_touchable(button, width=180)
        pg = _pyqtgraph()
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(220)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        column = CHART_COLUMN.get(table.key, 1)
        labels = [analytics_words.row_name(table.key, row[0]) for row in table.rows][:20]
        values = [float(row[column] or 0) for row in table.rows][:20]
        self.values = values
        if values:
            bars = pg.BarGraphItem(
                x=list(range(len(values))), height=values, width=0.7, brush="#1f5fbf"
            )
            self.plot.addItem(bars)
            axis = self.plot.getAxis("bottom")
            axis.setTicks([[(i, label[:14]) for i, label in enumerate(labels)]])
            low, high = min(0.0, min(values)), max(0.0, max(values))
            self.plot.setYRange(low * 1.1, (high or 1.0) * 1.1, padding=0)
            self.plot.setXRange(-0.6, len(values) - 0.4, padding=0)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.setLabel(
            "left",
            analytics_words.heading(table.columns[column]) if len(table.columns) > column else "",
        )
        self.numbers = QTableWidget(len(table.rows), len(table.columns))
        self.numbers.setHorizontalHeaderLabels([analytics_words.heading(h) for h in table.columns])
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                shown = analytics_words.row_name(table.key, value) if c == 0 else _shown(value)
                self.numbers.setItem(r, c, QTableWidgetItem(shown))
        self.numbers.setMinimumHeight(160)
        buttons = QHBoxLayout()
        buttons.addWidget(heading, 1)
        buttons.addWidget(self.save_png)
        buttons.addWidget(self.save_csv)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.plot)
        layout.addWidget(self.numbers)


def _shown(value: Any) -> str:
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
        self, warehouse: Warehouse, background: Background, who: Who, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.warehouse, self.background, self.who = warehouse, background, who
        today = dt.date.today()
        self.date_from = QLineEdit((today - dt.timedelta(days=27)).isoformat())
        self.date_to = QLineEdit(today.isoformat())
        self.show_button = QPushButton(self.tr("Show"), objectName="primary")
        for control, width in ((self.date_from, 160), (self.date_to, 160), (self.show_button, 140)):
            make_touchable(control, width=width)
        self.show_button.clicked.connect(self.load)
        self.message = QLabel(objectName="muted", wordWrap=True)
        self.cards: dict[str, ChartCard] = {}
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        flick = QScroller.ScrollerGestureType.LeftMouseButtonGesture
        QScroller.grabGesture(scroll.viewport(), flick)
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
        layout.addWidget(scroll, 1)

    @Slot()
    def load(self) -> None:
        period = read_period(self.date_from, self.date_to)
        if isinstance(period, str):
            self.message.setText(period)
            return
        self.period = period
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        actor, warehouse = self.who(), self.warehouse

        def failed(exc: BaseException) -> None:
            self.show_button.setEnabled(True)
            self.message.setText(describe(exc))

        self.background.run(
            lambda: returns_analytics(warehouse, actor, period), self.show_tables, failed
        )

    def show_tables(self, tables: list[Table]) -> None:
        self.show_button.setEnabled(True)
        self.message.setText("")
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = {}
        titles = table_titles()
        for table in tables:
            card = ChartCard(table, titles.get(table.key, table.title))
            card.save_png.clicked.connect(lambda _c=False, k=table.key: self.save(k, "png"))
            card.save_csv.clicked.connect(lambda _c=False, k=table.key: self.save(k, "csv"))
            self.body_layout.addWidget(card)
            self.cards[table.key] = card
        self.shown.emit(tables)

    def folder(self) -> Path:
        return data_dir() / "exports"

    def save(self, key: str, fmt: str) -> None:
        card = self.cards[key]
        folder = self.folder()
        name = f"analytics-{key}-{self.period.date_from}-{self.period.date_to}.{fmt}"
        path = folder / name
        if fmt == "png":  # a picture of the widget, taken on the UI thread as Qt requires
            folder.mkdir(parents=True, exist_ok=True)
            if not card.plot.grab().save(str(path)):
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
