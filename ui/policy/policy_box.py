"""The Settings page's Return policy section (admin): which policy file is in force, with its
hash; a newer file that was refused, with its errors in red (the last good policy stays);
and whether the verdict approves and declines requested returns by itself (auto)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.policy.status import PolicyStatus, policy_status
from inspector.shop.requests import set_authorize_mode
from inspector.shop.shop_settings import load_shop_settings
from ui.common.background import Background
from ui.common.page import Who
from ui.common.problems import describe
from ui.common.touch import make_touchable


class PolicyBox(QGroupBox):
    shown = Signal(object)  # PolicyStatus

    def __init__(
        self, warehouse: Warehouse, background: Background, who: Who, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Return policy"))
        self.warehouse, self.background, self.who = warehouse, background, who
        self.in_force = QLabel(wordWrap=True)
        self.path = QLabel(objectName="muted", wordWrap=True)
        self.errors = QLabel(wordWrap=True)
        self.errors.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.auto = QCheckBox(
            self.tr("Requested returns: the policy approves and declines them by itself (auto)")
        )
        self.check_button = QPushButton(self.tr("Read the policy again"))
        make_touchable(self.check_button, width=220)
        make_touchable(self.auto)
        self.check_button.clicked.connect(self.load)
        self.auto.clicked.connect(self._on_auto_clicked)
        self.message = QLabel(objectName="muted", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addWidget(self.path)
        layout.addWidget(self.errors)
        layout.addWidget(self.auto)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    @Slot()
    def load(self) -> None:
        warehouse = self.warehouse
        self.background.run(
            lambda: (policy_status(), load_shop_settings(warehouse).authorize_auto),
            lambda found: self._show(*found),
            lambda exc: self.message.setText(describe(exc)),
        )

    def _show(self, status: PolicyStatus, auto: bool) -> None:
        self.in_force.setText(
            self.tr("In force: {name} {version}, %n rule(s)", "", status.rules).format(
                name=status.name, version=status.version
            )
        )
        self.path.setText(
            self.tr("{path}\nSHA-256 {hash}").format(path=status.path, hash=status.content_hash)
        )
        if status.refused:
            head = self.tr("{file} was refused; the last good policy stays in force:").format(
                file=status.refused
            )
            self.errors.setText("\n".join([head, *status.errors[:8]]))
        self.errors.setVisible(bool(status.refused))
        self.auto.setChecked(auto)
        self.shown.emit(status)

    @Slot(bool)
    def _on_auto_clicked(self, checked: bool) -> None:
        warehouse, actor = self.warehouse, self.who()

        def done(_result: object) -> None:
            self.message.setText(
                self.tr("The policy now decides requested returns; REVIEW waits for a person.")
                if checked
                else self.tr("Requested returns wait for a supervisor.")
            )

        def failed(exc: BaseException) -> None:
            self.auto.setChecked(not checked)
            self.message.setText(describe(exc))

        self.background.run(lambda: set_authorize_mode(warehouse, actor, checked), done, failed)
