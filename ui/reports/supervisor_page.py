"""The supervisor's page: the dock today (dispositions, backlog, throughput by hour, what to
review, unknown parcels to resolve) and the disposition log's export."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.core.clock import Clock, system_clock
from inspector.core.errors import DatabaseProblem, InspectorError
from inspector.core.paths import data_dir
from inspector.core.warehouse import Warehouse
from inspector.reports.dock_today import Today, dock_today, resolve_unknown
from inspector.reports.exports import ExportFailed, export_log
from ui.common import words
from ui.common.background import Background
from ui.common.choice_box import ChoiceBox
from ui.common.page import ServicePage, Who
from ui.common.period_fields import read_period
from ui.common.problems import describe, file_problem, say
from ui.common.touch import make_touch_scrollable, make_touchable
from ui.reports.analytics_view import AnalyticsView

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
DISPOSITIONS = ("RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE")


class SupervisorPage(ServicePage):
    today_shown = Signal(object)  # Today
    exported = Signal(str)  # the file written

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self.clock = clock  # what "today" is: the dock's day and the export's default dates
        self.today: Today | None = None
        self.title = QLabel(self.tr("Today"), objectName="title")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        make_touchable(self.refresh_button, width=160)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel(objectName="muted", wordWrap=True)
        self.tiles: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        for key in (*DISPOSITIONS, "backlog"):
            tile = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            tile.setMinimumHeight(84)
            tile.setStyleSheet(
                "background: white; border-radius: 10px; font-size: 17px; padding: 6px;"
            )
            tiles.addWidget(tile)
            self.tiles[key] = tile

        self.tabs = QTabWidget()
        self.throughput = QTableWidget()
        self.throughput.verticalHeader().setDefaultSectionSize(40)  # names in bold, unclipped
        self.tabs.addTab(self.throughput, self.tr("Units per hour"))
        self.review = QListWidget()
        make_touch_scrollable(self.review)
        self.tabs.addTab(self.review, self.tr("To review"))
        self.tabs.addTab(self._build_unknown(), self.tr("Unknown parcels"))
        self.tabs.addTab(self._build_export(), self.tr("Export"))
        self.analytics = AnalyticsView(warehouse, background, who, clock=clock)
        self.tabs.addTab(self.analytics, self.tr("Analytics"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tabs.tabBar().setMinimumHeight(52)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _build_unknown(self) -> QWidget:
        page = QWidget()
        self.unknown = QListWidget()
        make_touch_scrollable(self.unknown)
        self.attach_to = QLineEdit()
        self.attach_to.setPlaceholderText(self.tr("RMA, order or tracking number"))
        self.attach_button = QPushButton(self.tr("Attach to RMA"), objectName="primary")
        self.reject_reason = ChoiceBox()
        self.reject_reason.setEditable(True)
        for text in (
            self.tr("Not ours: refused and sent back"),
            self.tr("No label and no RMA found"),
            self.tr("Damaged beyond return"),
        ):
            self.reject_reason.addItem(text)
        self.reject_button = QPushButton(self.tr("Reject"))
        for control, width in (
            (self.attach_to, 240),
            (self.attach_button, 180),
            (self.reject_reason, 260),
            (self.reject_button, 140),
        ):
            make_touchable(control, width=width)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.attach_to, 1)
        row.addWidget(self.attach_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.reject_reason, 1)
        row2.addWidget(self.reject_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.unknown, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        return page

    def _build_export(self) -> QWidget:
        page = QWidget()
        today = self.clock().date().isoformat()
        self.date_from = QLineEdit(today)
        self.date_to = QLineEdit(today)
        self.station_filter = QLineEdit()
        self.station_filter.setPlaceholderText(self.tr("every station"))
        self.grader_filter = QLineEdit()
        self.grader_filter.setPlaceholderText(self.tr("every grader"))
        self.folder = QLineEdit(str(data_dir() / "exports"))
        grid = QGridLayout()
        for row, (text, field) in enumerate(
            (
                (self.tr("From"), self.date_from),
                (self.tr("To"), self.date_to),
                (self.tr("Station"), self.station_filter),
                (self.tr("Grader"), self.grader_filter),
                (self.tr("Folder"), self.folder),
            )
        ):
            make_touchable(field, width=200)
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(field, row, 1)
        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in ("csv", "xlsx", "pdf"):
            button = QPushButton(fmt.upper(), objectName="primary")
            make_touchable(button, width=140)
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch()
        return page

    # -- today --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001,N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001,N802
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def clear_messages(self) -> None:
        self.message.clear()

    def refresh(self) -> None:
        actor, warehouse, now = self.who(), self.warehouse, self.clock()
        self.background.run(
            lambda: dock_today(warehouse, actor, now), self.show_today, self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        say(self.message, describe(exc), "problem")

    def show_today(self, today: Today) -> None:
        self.today = today
        self.title.setText(self.tr("Today, {day}").format(day=today.day.isoformat()))
        for key in DISPOSITIONS:
            self.tiles[key].setText(f"{words.disposition(key)}\n{today.by_disposition.get(key, 0)}")
        oldest = (
            self.tr("oldest {hours} h").format(
                hours=int(today.backlog_oldest.total_seconds() // 3600)
            )
            if today.backlog_oldest is not None
            else ""
        )
        self.tiles["backlog"].setText(
            self.tr("Backlog: %n parcel(s)", "", today.backlog) + (f"\n{oldest}" if oldest else "")
        )
        hours = sorted(
            {
                h
                for rows in (today.by_station_hour, today.by_grader_hour)
                for r in rows.values()
                for h in r
            }
        )
        names = [*sorted(today.by_station_hour), *sorted(today.by_grader_hour)]
        self.throughput.clear()
        self.throughput.setColumnCount(len(hours) + 1)
        self.throughput.setRowCount(len(names))
        self.throughput.setHorizontalHeaderLabels(
            [self.tr("Total"), *[f"{h:02d}:00" for h in hours]]
        )
        self.throughput.setVerticalHeaderLabels(
            [
                self.tr("Station {name}").format(name=name)
                if r < len(today.by_station_hour)
                else name
                for r, name in enumerate(names)
            ]
        )
        for r, name in enumerate(names):
            counts = (
                today.by_station_hour.get(name)
                if r < len(today.by_station_hour)
                else today.by_grader_hour.get(name)
            )
            counts = counts or {}
            self.throughput.setItem(r, 0, QTableWidgetItem(str(sum(counts.values()))))
            for c, hour in enumerate(hours, start=1):
                self.throughput.setItem(r, c, QTableWidgetItem(str(counts.get(hour, ""))))
        self.review.clear()
        for item in (*today.overrides, *today.flagged):
            what = ", ".join(words.flag(f) for f in item.flags) if item.flags else ""
            if item.override_reason:
                what = self.tr("override: {why}").format(why=item.override_reason) + (
                    f" · {what}" if what else ""
                )
            self.review.addItem(
                QListWidgetItem(
                    f"{item.decided_at:%H:%M}  {item.unit_code}  "
                    f"{words.disposition(item.disposition)}  {item.grader}\n{what}"
                )
            )
        if not self.review.count():
            self._say_empty(
                self.review,
                self.tr("Nothing to review today: no overrides and no flagged units."),
            )
        self.tabs.setTabText(
            1, self.tr("To review (%n)", "", len(today.overrides) + len(today.flagged))
        )
        self.unknown.clear()
        for parcel in today.unknown:
            said = parcel.tracking_number or parcel.label
            entry = QListWidgetItem(
                f"{parcel.quarantine_id}  {said if len(said) <= 60 else said[:58] + '…'}  "
                f"{parcel.received_at:%Y-%m-%d %H:%M}"
            )
            entry.setToolTip(parcel.label or parcel.tracking_number)
            entry.setData(Qt.ItemDataRole.UserRole, parcel.parcel_id)
            self.unknown.addItem(entry)
        if not today.unknown:
            self._say_empty(self.unknown, self.tr("No unknown parcels are waiting."))
        self.tabs.setTabText(2, self.tr("Unknown parcels (%n)", "", len(today.unknown)))
        self.today_shown.emit(today)

    @staticmethod
    def _say_empty(listing: QListWidget, text: str) -> None:
        """An empty list says so in words: one line that cannot be chosen."""
        entry = QListWidgetItem(text)
        entry.setFlags(Qt.ItemFlag.NoItemFlags)
        listing.addItem(entry)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.analytics and not self.analytics.cards:
            self.analytics.load()  # the first look counts the default period by itself

    # -- unknown parcels ----------------------------------------------------------------------

    def _chosen_parcel(self) -> int | None:
        item = self.unknown.currentItem()
        if item is None:
            say(self.message, self.tr("Tap an unknown parcel in the list first."), "problem")
            return None
        parcel = item.data(Qt.ItemDataRole.UserRole)
        return None if parcel is None else int(parcel)

    @Slot()
    def _on_attach_button_clicked(self) -> None:
        parcel, code = self._chosen_parcel(), self.attach_to.text().strip()
        if parcel is None or not code:
            return
        self._resolve(parcel, code, None)

    @Slot()
    def _on_reject_button_clicked(self) -> None:
        parcel, why = self._chosen_parcel(), self.reject_reason.currentText().strip()
        if parcel is None:
            return
        self._resolve(parcel, None, why)

    def _resolve(self, parcel: int, code: str | None, why: str | None) -> None:
        actor, warehouse = self.who(), self.warehouse

        def done(said: str) -> None:
            say(self.message, said, "done")
            self.attach_to.clear()
            self.refresh()

        self.background.run(
            lambda: resolve_unknown(warehouse, actor, parcel, code, why), done, self._on_failed
        )

    # -- export -------------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        period = read_period(
            self.date_from,
            self.date_to,
            self.station_filter.text().strip() or None,
            self.grader_filter.text().strip() or None,
        )
        if isinstance(period, str):
            say(self.message, period, "problem")
            return
        folder = Path(self.folder.text().strip() or str(data_dir() / "exports"))
        name = f"dispositions-{period.date_from}" + (
            f"-to-{period.date_to}" if period.date_to != period.date_from else ""
        )
        path = folder / f"{name}.{fmt}"
        actor, warehouse = self.who(), self.warehouse
        say(self.message, self.tr("Writing {file}…").format(file=path.name), "done")
        self._exporting(True)  # one file at a time: a second tap would write over the first

        def work():  # noqa: ANN202
            folder.mkdir(parents=True, exist_ok=True)
            return export_log(warehouse, actor, period, fmt, path)

        def done(totals) -> None:  # noqa: ANN001
            self._exporting(False)
            say(
                self.message,
                self.tr("%n unit(s) written to {file}", "", totals.units).format(file=str(path)),
                "done",
            )
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            self._exporting(False)
            self._on_export_failed(fmt, folder, path, exc)

        self.background.run(work, done, failed)

    def _on_export_failed(self, fmt: str, folder: Path, path: Path, exc: BaseException) -> None:
        """Say what failed and what to do, large; and leave a line in the log."""
        what = fmt.upper()
        if isinstance(exc, ExportFailed):
            text = self.tr(
                "The {format} export was not written: {file} cannot be written in the folder "
                "{folder} ({reason}). Choose a folder this station may write to and export "
                "again."
            ).format(
                format=what,
                file=path.name,
                folder=str(folder),
                reason=file_problem(exc.errno, exc.reason),
            )
        elif isinstance(exc, OSError):  # the folder could not be made
            text = self.tr(
                "The {format} export was not written: the folder {folder} cannot be used "
                "({reason}). Choose another folder and export again."
            ).format(
                format=what,
                folder=str(folder),
                reason=file_problem(exc.errno, exc.strerror or str(exc)),
            )
        elif isinstance(exc, InspectorError | DatabaseProblem):
            text = self.tr("The {format} export was not written: {reason}").format(
                format=what, reason=describe(exc)
            )
        else:
            log.error("%s export to %s failed unexpectedly", what, path, exc_info=exc)
            say(
                self.message,
                self.tr(
                    "The {format} export failed unexpectedly ({detail}). The details are in "
                    "the log: tell whoever looks after this station."
                ).format(format=what, detail=exc),
                "problem",
            )
            return
        log.warning("%s export to %s failed: %s", what, path, exc)
        say(self.message, text, "problem")

    def _exporting(self, busy: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(not busy)
