"""The RMA search page: type any part of an RMA, order or tracking number, see the RMA."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.people.audit import HistoryEntry, history
from inspector.receiving.lookup import RmaHit, RmaView, rma_view, search
from inspector.rmas.return_window import Standing
from ui.common import words
from ui.common.background import Background
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable

TYPING_PAUSE_MS = 300


class RmaDetail(QWidget):
    """One RMA: its header, tracking numbers and expected lines with reasons and comments."""

    def __init__(self, parent: QWidget | None = None, with_history: bool = True) -> None:
        super().__init__(parent)
        self.with_history = with_history
        self.title = QLabel(objectName="title")
        self.status = QLabel(objectName="chip")
        self.window_verdict = QLabel()
        # The return policy's verdict on the lines, beside the window, in words and colour.
        self.policy_verdict = QLabel()
        self.policy_reason = QLabel()
        self.policy_reason.setWordWrap(True)
        self.policy_reason.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.facts = QLabel(objectName="muted")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Qty"),
                self.tr("Reason"),
                self.tr("Customer's comment"),
                self.tr("Return policy"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setMinimumSectionSize(52)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setWordWrap(True)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        make_touch_scrollable(self.lines)
        self.history_title = QLabel(self.tr("History"), objectName="muted")
        self.history = QListWidget()
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        make_touch_scrollable(self.history)
        self.empty = QLabel(self.tr("Search for an RMA to see it here."), objectName="muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addWidget(self.window_verdict)
        top.addWidget(self.policy_verdict)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.policy_reason)
        layout.addWidget(self.facts)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.empty, 1)
        self.show_rma(None)

    def _verdicts(self) -> dict[Standing, tuple[str, str]]:
        """How each standing to the return window reads, and its chip: green, amber, red."""
        return {
            Standing.IN_TIME: (self.tr("Inside return window"), "chipGood"),
            Standing.AWAITED: (self.tr("Inside return window, parcel awaited"), "chipGood"),
            Standing.ASKED_LATE: (self.tr("Asked for after the return window"), "chipBad"),
            Standing.ARRIVED_LATE: (self.tr("Parcel arrived late"), "chipLate"),
            Standing.OVERDUE: (self.tr("Parcel overdue"), "chipLate"),
        }

    def show_rma(self, rma: RmaView | None, today: dt.date | None = None) -> None:
        shown = rma is not None
        for widget in (
            self.title,
            self.status,
            self.window_verdict,
            self.policy_verdict,
            self.policy_reason,
            self.facts,
            self.lines,
        ):
            widget.setVisible(shown)
        for widget in (self.history_title, self.history):
            widget.setVisible(shown and self.with_history)
        self.empty.setVisible(not shown)
        if rma is None:
            return
        today = today or dt.date.today()
        self.title.setText(rma.rma_number)
        self.status.setText(words.rma_status(rma.status))
        words_of, chip = self._verdicts()[rma.standing(today)]
        self.window_verdict.setText(words_of)
        self.window_verdict.setObjectName(chip)
        self.window_verdict.style().unpolish(self.window_verdict)
        self.window_verdict.style().polish(self.window_verdict)
        self._show_policy(rma)
        customer = ", ".join(p for p in (rma.customer_region, rma.customer_country) if p)
        facts = [
            self.tr("Order {order} ({channel})").format(
                order=rma.order_number, channel=words.channel(rma.channel)
            ),
            self.tr("Opened {date}").format(date=rma.created_on.isoformat()),
        ]
        window = rma.window
        dates = []
        if window.request_by is not None:
            dates.append(self.tr("Request by {date}").format(date=window.request_by.isoformat()))
        dates.append(self.tr("Arrive by {date}").format(date=window.arrive_by.isoformat()))
        if rma.arrived_on is not None:
            dates.append(self.tr("Arrived {date}").format(date=rma.arrived_on.isoformat()))
        facts += [d.replace(" ", "\u00a0") for d in dates]  # a date never parts from its words
        if customer:
            facts.append(
                self.tr("Customer {id}, {place}").format(id=rma.customer_id, place=customer)
            )
        facts.append(
            self.tr("Tracking: {numbers}").format(
                numbers=", ".join(rma.tracking_numbers) or self.tr("none")
            )
        )
        self.facts.setText("   ·   ".join(facts))
        self.lines.setRowCount(len(rma.lines))
        for row, line in enumerate(rma.lines):
            cells = (
                line.sku,
                f"{line.product_name}\n{words.category(line.category)}",
                str(line.quantity),
                words.reason(line.reason),
                line.customer_comment,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.lines.setItem(row, column, item)
            self.lines.setItem(row, 5, self._policy_cell(rma, line.sku))

    def _show_policy(self, rma: RmaView) -> None:
        policy = rma.policy
        self.policy_verdict.setVisible(policy is not None)
        self.policy_reason.setVisible(policy is not None and policy.flagged)
        if policy is None:
            return
        self.policy_verdict.setText(
            self.tr("Policy: {verdict}").format(verdict=words.verdict(policy.verdict))
        )
        self.policy_verdict.setObjectName(words.VERDICT_CHIP.get(policy.verdict, "chip"))
        self.policy_verdict.style().unpolish(self.policy_verdict)
        self.policy_verdict.style().polish(self.policy_verdict)
        colour = "#7a1717" if policy.verdict == "NOT_RETURNABLE" else "#6b3d00"
        self.policy_reason.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {colour};")
        self.policy_reason.setText(words.from_file(policy.reason))

    def _policy_cell(self, rma: RmaView, sku: str) -> QTableWidgetItem:
        """A line's verdict and reason; anything but a plain approval in colour."""
        line = next((x for x in rma.policy.lines if x.sku == sku), None) if rma.policy else None
        if line is None:
            return QTableWidgetItem("")
        text = f"{words.verdict(line.verdict)}: {words.from_file(line.reason)}"
        for condition in line.confirm:
            text += "\n" + self.tr("Confirm: {condition}").format(
                condition=words.from_file(condition)
            )
        item = QTableWidgetItem(text)
        colours = {"NOT_RETURNABLE": "#fbdcdc", "REVIEW": "#fdebc8", "APPROVE_WITH_FEE": "#fdebc8"}
        if line.verdict in colours:
            item.setBackground(QColor(colours[line.verdict]))
        return item

    def show_history(self, entries: list[HistoryEntry]) -> None:
        """Who did what to this RMA, its parcels and units, oldest first."""
        self.history.clear()
        for entry in entries:
            who = entry.who or self.tr("the system")
            where = f" · {entry.station}" if entry.station else ""
            detail = ""
            if entry.action in ("unit_decided", "disposition_overridden") and entry.after:
                detail = " · " + str(entry.after.get("disposition", ""))
            self.history.addItem(
                f"{entry.at:%Y-%m-%d %H:%M}  {words.event(entry.action)} "
                f"{entry.entity_id if entry.entity_type != 'rma' else ''}{detail}\n"
                f"{who}{where}"
            )
        if not entries:
            self.history.addItem(self.tr("Nothing recorded yet."))


class SearchPage(QWidget):
    """Search box and results on the left, the chosen RMA on the right."""

    rma_shown = Signal(str)
    search_finished = Signal(int)
    problem = Signal(str)

    def __init__(
        self, warehouse: Warehouse, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.warehouse = warehouse
        self.background = background
        # The newest search and RMA asked for; older answers that arrive late are dropped.
        self._asked = 0
        self._picked = 0

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("RMA, order or tracking number"))
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), objectName="primary")
        make_touchable(self.query)
        make_touchable(self.search_button, width=120)
        self.results = QListWidget()
        make_touch_scrollable(self.results)
        self.count = QLabel(objectName="muted")
        self.detail = RmaDetail()

        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self._on_typing_timeout)
        self.query.textEdited.connect(self._on_query_edited)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.search_button.clicked.connect(self._on_query_return_pressed)
        self.results.currentItemChanged.connect(self._on_results_current_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.search_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.results, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setHandleWidth(12)
        layout = QGridLayout(self)
        layout.addLayout(bar, 0, 0)
        layout.addWidget(split, 1, 0)
        layout.setRowStretch(1, 1)

    # -- searching --------------------------------------------------------------

    @Slot(str)
    def _on_query_edited(self, _text: str) -> None:
        self.typing.start()

    @Slot()
    def _on_typing_timeout(self) -> None:
        if len(self.query.text().strip()) >= 2:
            self.start_search()

    @Slot()
    def _on_query_return_pressed(self) -> None:
        self.typing.stop()
        self.start_search()

    def start_search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self._asked += 1
        asked = self._asked
        warehouse = self.warehouse
        self.count.setText(self.tr("Searching…"))
        self.background.run(
            lambda: search(warehouse, text),
            lambda hits: self._on_search_done(asked, hits),
            lambda exc: self._on_search_failed(asked, exc),
        )

    def _on_search_done(self, asked: int, hits: list[RmaHit]) -> None:
        if asked != self._asked:
            return
        self.results.clear()
        for hit in hits:
            second = self.tr("order {order}").format(order=hit.order_number)
            if hit.matched not in (hit.rma_number, hit.order_number):
                second += f" · {hit.matched}"
            item = QListWidgetItem(f"{hit.rma_number}   {words.rma_status(hit.status)}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, hit.rma_number)
            self.results.addItem(item)
        if hits:
            self.count.setText(self.tr("%n RMA(s) found", "", len(hits)))
            self.results.setCurrentRow(0)
        else:
            self.count.setText(self.tr("No RMA matches “{text}”.").format(text=self.query.text()))
            self.detail.show_rma(None)
        self.search_finished.emit(len(hits))

    def _on_search_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.count.setText(self.tr("The search failed."))
        self.problem.emit(describe(exc))
        self.search_finished.emit(-1)

    # -- showing one RMA -------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_results_current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        number = current.data(Qt.ItemDataRole.UserRole)
        warehouse = self.warehouse
        self._picked += 1
        picked = self._picked
        self.background.run(
            lambda: (rma_view(warehouse, number), history(warehouse, "rma", number)),
            lambda loaded: self._on_rma_loaded(picked, *loaded),
            lambda exc: self.problem.emit(describe(exc)),
        )

    def _on_rma_loaded(self, picked: int, rma: RmaView | None, entries: list[HistoryEntry]) -> None:
        if picked != self._picked:
            return  # the person has picked another RMA since
        self.detail.show_rma(rma)
        self.detail.show_history(entries)
        if rma is not None:
            self.rma_shown.emit(rma.rma_number)
