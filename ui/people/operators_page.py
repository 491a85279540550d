"""Operators, for admins: who works the dock, their roles, PINs and badges."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
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
from inspector.people.operators import (
    OperatorView,
    add_operator,
    disable_operator,
    list_operators,
    set_badge,
    set_pin,
)
from inspector.people.roles import ROLES
from ui.common import words
from ui.common.background import Background
from ui.common.page import ServicePage, Who
from ui.common.particles import fit_particles
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable


class OperatorsPage(ServicePage):
    changed = Signal(str)  # what was done, in words
    loaded = Signal(int)

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self.views: list[OperatorView] = []

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Login"), self.tr("Roles"), self.tr("State")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        make_touch_scrollable(self.table)

        self.name = QLineEdit(placeholderText=self.tr("Name as people know it"))
        self.login = QLineEdit(placeholderText=self.tr("login, e.g. dana"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.badge = QLineEdit(placeholderText=self.tr("type or scan into this box"))
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in ROLES:
            box = QCheckBox(words.role(role))
            make_touchable(box, width=120)
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        self.add_button = QPushButton(self.tr("Add operator"), objectName="primary")
        self.pin_button = QPushButton(self.tr("Set this PIN for the chosen operator"))
        self.badge_button = QPushButton(self.tr("Set this badge for the chosen operator"))
        self.disable_button = QPushButton(self.tr("Disable the chosen operator"))
        for control in (
            self.name,
            self.login,
            self.pin,
            self.badge,
            self.add_button,
            self.pin_button,
            self.badge_button,
            self.disable_button,
        ):
            make_touchable(control)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.badge_button.clicked.connect(self._on_badge_clicked)
        self.disable_button.clicked.connect(self._on_disable_clicked)
        self.message = QLabel(objectName="muted")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Roles"), roles_row)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Badge"), self.badge)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.badge_button, self.disable_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(QLabel(self.tr("Operators"), objectName="title"))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        warehouse, actor = self.warehouse, self.who()
        self.background.run(
            lambda: list_operators(warehouse, actor), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, views: list[OperatorView]) -> None:
        self.views = views
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            state = self.tr("active") if view.active else self.tr("disabled")
            if view.locked_until is not None:
                state = self.tr("locked until {time}").format(time=f"{view.locked_until:%H:%M}")
            cells = (
                view.display_name,
                view.login,
                ", ".join(words.role(r) for r in view.roles),
                state,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.loaded.emit(len(views))

    def _on_failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    def _chosen(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.views):
            self.message.setText(self.tr("Tap an operator in the list first."))
            return None
        return self.views[row].login

    def _run(self, work: Callable[[], object], done: str) -> None:
        def finished(_result: object) -> None:
            self.message.setText(done)
            self.pin.clear()
            self.badge.clear()
            self.changed.emit(done)
            self.refresh()

        self.background.run(work, finished, self._on_failed)

    @Slot()
    def _on_add_clicked(self) -> None:
        roles = {role for role, box in self.role_boxes.items() if box.isChecked()}
        warehouse, actor = self.warehouse, self.who()
        name, login = self.name.text(), self.login.text()
        pin, badge = self.pin.text() or None, self.badge.text() or None
        self._run(
            lambda: add_operator(warehouse, actor, login, name, roles, pin, badge),
            self.tr("{name} added.").format(name=name.strip()),
        )

    @Slot()
    def _on_pin_clicked(self) -> None:
        login = self._chosen()
        if login:
            warehouse, actor, pin = self.warehouse, self.who(), self.pin.text()
            self._run(
                lambda: set_pin(warehouse, actor, login, pin),
                self.tr("New PIN set for {login}; they are unlocked.").format(login=login),
            )

    @Slot()
    def _on_badge_clicked(self) -> None:
        login = self._chosen()
        if login:
            warehouse, actor, badge = self.warehouse, self.who(), self.badge.text()
            self._run(
                lambda: set_badge(warehouse, actor, login, badge),
                self.tr("Badge registered for {login}.").format(login=login),
            )

    @Slot()
    def _on_disable_clicked(self) -> None:
        login = self._chosen()
        if login:
            warehouse, actor = self.warehouse, self.who()
            self._run(
                lambda: disable_operator(warehouse, actor, login),
                fit_particles(self.tr("{login} can no longer sign in.").format(login=login)),
            )

    def clear_messages(self) -> None:
        self.message.clear()

    def take_scan(self, code: str) -> bool:
        """A badge scanned while the badge box has focus is a new badge, not a sign-in."""
        if self.badge.hasFocus():
            self.badge.setText(code)
            return True
        return False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
