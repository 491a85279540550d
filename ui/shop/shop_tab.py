"""The Supervisor page's Shop tab: the outbox with each event's state and error in words,
Retry and Skip (with a reason, audited), the last pull, the returns it could not take, and
the shop's product types that have no category yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.shop.outbox import EventRow, list_events, retry_event, skip_event
from inspector.shop.shop_settings import CATEGORIES, map_category
from inspector.shop.status import ShopStatus, shop_status
from ui.common import words
from ui.common.background import Background
from ui.common.choice_box import ChoiceBox
from ui.common.page import Who
from ui.common.particles import fit_particles
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable
from ui.shop import shop_words


@dataclass(frozen=True)
class ShopView:
    status: ShopStatus
    events: list[EventRow]


def read_shop_view(warehouse: Warehouse) -> ShopView:
    return ShopView(shop_status(warehouse), list_events(warehouse, limit=300))


class ShopTab(QWidget):
    shown = Signal(object)  # ShopView

    def __init__(
        self, warehouse: Warehouse, background: Background, who: Who, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.warehouse, self.background, self.who = warehouse, background, who
        self.view: ShopView | None = None
        self.summary = QLabel(wordWrap=True)
        self.last_pull = QLabel(objectName="muted", wordWrap=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        make_touchable(self.refresh_button, width=140)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("What"),
                self.tr("RMA"),
                self.tr("State"),
                self.tr("Tries"),
                self.tr("What went wrong"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(96)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setWordWrap(True)
        make_touch_scrollable(self.table)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (goes into the audit trail)"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.skip_button = QPushButton(self.tr("Skip"))
        for control in (self.reason, self.retry_button, self.skip_button):
            make_touchable(control, width=120)
        self.retry_button.clicked.connect(lambda: self._resolve(retry_event))
        self.skip_button.clicked.connect(lambda: self._resolve(skip_event))
        self.problems = QListWidget()
        self.problems.setMaximumHeight(56)
        make_touch_scrollable(self.problems)
        self.types = ChoiceBox()
        self.category = ChoiceBox()
        for code in CATEGORIES:
            self.category.addItem(words.category(code), code)
        self.map_button = QPushButton(self.tr("Map"))
        for control in (self.types, self.category, self.map_button):
            make_touchable(control, width=140)
        self.map_button.clicked.connect(self._on_map_button_clicked)
        self.message = QLabel(objectName="muted", wordWrap=True)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.skip_button)
        mapping = QHBoxLayout()
        mapping.addWidget(QLabel(self.tr("Product type without a category")))
        mapping.addWidget(self.types, 1)
        mapping.addWidget(QLabel(self.tr("grades as")))
        mapping.addWidget(self.category)
        mapping.addWidget(self.map_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.last_pull)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Returns the last pulls could not take")))
        layout.addWidget(self.problems)
        layout.addLayout(mapping)
        layout.addWidget(self.message)

    @Slot()
    def refresh(self) -> None:
        warehouse = self.warehouse
        self.background.run(
            lambda: read_shop_view(warehouse),
            self._show,
            lambda exc: self.message.setText(describe(exc)),
        )

    def _show(self, view: ShopView) -> None:
        self.view = view
        status = view.status
        text, alarming = shop_words.summary(status)
        self.summary.setText(
            self.tr(
                "{state}. {waiting} waiting, {attention} needing attention, {sent} sent, "
                "{skipped} skipped."
            ).format(
                state=text,
                waiting=status.waiting,
                attention=status.attention,
                sent=status.sent,
                skipped=status.skipped,
            )
        )
        self.summary.setStyleSheet("color: #c62828; font-weight: bold;" if alarming else "")
        if status.last_pull_at:
            pulled = self.tr("Last pull: {when}. {result}").format(
                when=status.last_pull_at.replace("T", " "), result=status.last_pull or ""
            )
        else:
            pulled = self.tr("No pull yet.")
        if status.last_pull_error:
            pulled += "\n" + status.last_pull_error
        self.last_pull.setText(pulled)
        self.table.setRowCount(len(view.events))
        for row, event in enumerate(view.events):
            cells = (
                event.at.strftime("%m-%d %H:%M"),
                shop_words.kind(event.kind),
                event.rma_number or "",
                shop_words.state(event.state),
                str(event.attempts),
                event.last_error or "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                if event.state == "ATTENTION":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.problems.clear()
        for name, problem in status.pull_problems:
            self.problems.addItem(self.tr("{rma}: {problem}").format(rma=name, problem=problem))
        self.types.clear()
        for shop_type, count in status.unmapped_types:
            self.types.addItem(
                self.tr("{type} (%n product(s))", "", count).format(type=shop_type), shop_type
            )
        self.map_button.setEnabled(bool(status.unmapped_types))
        self.shown.emit(view)

    def _selected(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _resolve(self, act) -> None:  # noqa: ANN001 - retry_event or skip_event
        event_id, reason, actor = self._selected(), self.reason.text().strip(), self.who()
        if event_id is None:
            self.message.setText(self.tr("Choose an event in the list first."))
            return
        if not reason:
            self.message.setText(self.tr("Say why first: it goes into the audit trail."))
            return
        warehouse = self.warehouse

        def done(_result: object) -> None:
            self.reason.clear()
            self.message.setText(
                fit_particles(
                    self.tr("Event {id} will be sent again.").format(id=event_id)
                    if act is retry_event
                    else self.tr("Event {id} will not be sent.").format(id=event_id)
                )
            )
            self.refresh()

        self.background.run(
            lambda: act(warehouse, actor, event_id, reason),
            done,
            lambda exc: self.message.setText(describe(exc)),
        )

    @Slot()
    def _on_map_button_clicked(self) -> None:
        shop_type, category, actor = (
            self.types.currentData(),
            self.category.currentData(),
            self.who(),
        )
        if not shop_type:
            return
        warehouse = self.warehouse

        def done(changed: int) -> None:
            self.message.setText(
                fit_particles(
                    self.tr(
                        "{type} grades as {category}; %n product(s) changed.", "", changed
                    ).format(type=shop_type, category=words.category(category))
                )
            )
            self.refresh()

        self.background.run(
            lambda: map_category(warehouse, actor, shop_type, category),
            done,
            lambda exc: self.message.setText(describe(exc)),
        )
