"""The Supervisor page's Requests tab: the returns customers asked for in the shop, each with
the policy's verdict, its reason and the customer's history; Approve, Decline (Shopify's
reason picked, a note the customer reads) and Open the order. REVIEW comes first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.shop.requests import RequestRow, decide_request, list_requests
from ui.common import words
from ui.common.background import Background
from ui.common.page import Who
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable

DECLINE_REASONS = ("FINAL_SALE", "RETURN_PERIOD_ENDED", "OTHER")
ROW_COLOURS = {"NOT_RETURNABLE": "#fbdcdc", "REVIEW": "#fdebc8", "APPROVE_WITH_FEE": "#fdebc8"}


class RequestsTab(QWidget):
    shown = Signal(object)  # list[RequestRow]
    decided = Signal(str)  # what the message line said
    order_opened = Signal(str)  # the order's address in the shop

    def __init__(
        self, warehouse: Warehouse, background: Background, who: Who, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.warehouse, self.background, self.who = warehouse, background, who
        self.rows: list[RequestRow] = []
        self.summary = QLabel(wordWrap=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        make_touchable(self.refresh_button, width=140)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Asked"),
                self.tr("Return"),
                self.tr("Verdict"),
                self.tr("Why"),
                self.tr("Customer"),
                self.tr("Lines"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        make_touch_scrollable(self.table)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.approve_button = QPushButton(self.tr("Approve"), objectName="primary")
        self.decline_button = QPushButton(self.tr("Decline"))
        self.open_button = QPushButton(self.tr("Open the order"))
        self.decline_reason = QComboBox()
        for code in DECLINE_REASONS:
            self.decline_reason.addItem(words.decline_reason(code), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the customer (declines)"))
        for control in (self.approve_button, self.decline_button, self.open_button):
            make_touchable(control, width=150)
        make_touchable(self.decline_reason, width=200)
        make_touchable(self.note)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.message = QLabel(objectName="muted", wordWrap=True)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        decline = QHBoxLayout()
        decline.addWidget(self.decline_reason)
        decline.addWidget(self.note, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.approve_button)
        actions.addWidget(self.decline_button)
        actions.addStretch()
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(decline)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._on_table_selection_changed()

    @Slot()
    def refresh(self) -> None:
        warehouse = self.warehouse
        self.background.run(
            lambda: list_requests(warehouse),
            self._show,
            lambda exc: self.message.setText(describe(exc)),
        )

    def _show(self, rows: list[RequestRow]) -> None:
        self.rows = rows
        review = sum(r.verdict == "REVIEW" for r in rows)
        self.summary.setText(
            self.tr("%n request(s) waiting", "", len(rows))
            + (" · " + self.tr("%n for a person to look at", "", review) if review else "")
        )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.requested_at.strftime("%m-%d %H:%M"),
                f"{row.name}\n{row.order_name}",
                words.verdict(row.verdict),
                words.from_file(row.reason),
                self._history(row),
                "\n".join(f"{line['sku']}: {words.verdict(line['verdict'])}" for line in row.lines),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.verdict in ROW_COLOURS and column in (2, 3):
                    item.setBackground(QColor(ROW_COLOURS[row.verdict]))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self._on_table_selection_changed()
        self.shown.emit(rows)

    def _history(self, row: RequestRow) -> str:
        if not row.has_customer:
            return self.tr("No customer on the order")
        text = self.tr("%n earlier return(s)", "", row.returns_before)
        if row.items_bought:
            text += "\n" + self.tr("items returned: {returned} of {bought} bought").format(
                returned=row.items_returned, bought=row.items_bought
            )
        return text

    def selected(self) -> RequestRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        wanted = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def select(self, name: str) -> None:
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.table.selectRow(index)

    @Slot()
    def _on_table_selection_changed(self) -> None:
        row = self.selected()
        for button in (self.approve_button, self.decline_button):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.order_url is not None)
        if row is not None:
            reason = row.decline_reason or "OTHER"
            self.decline_reason.setCurrentIndex(DECLINE_REASONS.index(reason))
            self.note.setText(
                words.from_file(row.reason) if row.verdict == "NOT_RETURNABLE" else ""
            )

    def _decide(self, approve: bool) -> None:
        row, actor = self.selected(), self.who()
        if row is None:
            return
        reason, note = self.decline_reason.currentData(), self.note.text().strip()
        if not approve and not note:
            self.message.setText(self.tr("Say why it is declined: the customer reads the note."))
            return
        warehouse = self.warehouse

        def done(_result: object) -> None:
            said = (
                self.tr("{name} approved; the shop is told.")
                if approve
                else self.tr("{name} declined; the shop is told.")
            ).format(name=row.name)
            self.message.setText(said)
            self.decided.emit(said)
            self.refresh()

        self.background.run(
            lambda: decide_request(
                warehouse, actor, row.id, approve, decline_reason=reason, note=note
            ),
            done,
            lambda exc: self.message.setText(describe(exc)),
        )

    @Slot()
    def _on_open_button_clicked(self) -> None:
        row = self.selected()
        if row is None or row.order_url is None:
            return
        self.order_opened.emit(row.order_url)
        QDesktopServices.openUrl(QUrl(row.order_url))
