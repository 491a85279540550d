"""The decision for a unit, big and with its reason: accept it, or override it (role
permitting, with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.grading.committing import DISPOSITIONS
from inspector.grading.rules import Decision
from ui.common import words
from ui.common.touch import make_touchable
from ui.common.wrapping_button import WrappingButton

COLOURS = {
    "RESTOCK": "#1f7a3a",
    "REPACKAGE": "#1f5fbf",
    "REFURBISH": "#b86e00",
    "DISPOSE": "#b3261e",
}
BIG_PX = 88


class DecisionView(QWidget):
    accepted = Signal()
    overridden = Signal(str, str)  # disposition, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(110)
        self.banner.setWordWrap(True)
        self.refund = QLabel(objectName="title")
        self.refund.setWordWrap(True)
        self.because = QLabel()
        self.because.setWordWrap(True)
        self.because.setStyleSheet("font-size: 19px;")
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_button = QPushButton(self.tr("Accept"), objectName="primary")
        self.override_button = QPushButton(self.tr("Override"))
        make_touchable(self.accept_button, height=BIG_PX, width=260)
        make_touchable(self.override_button, height=BIG_PX, width=200)
        self.accept_button.clicked.connect(self.accepted)
        self.override_button.clicked.connect(self._on_override_button_clicked)

        # The override panel: pick a disposition, say why.
        self.override_panel = QWidget()
        panel = QVBoxLayout(self.override_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(QLabel(self.tr("Send it to:")))
        grid = QGridLayout()
        self.choice_group = QButtonGroup(self)
        self.choice_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(DISPOSITIONS):
            button = WrappingButton(words.disposition(code), checkable=True, objectName="answer")
            make_touchable(button, height=64, width=140)
            self.choice_group.addButton(button)
            self.choice_buttons[code] = button
            grid.addWidget(button, 0, i)
        panel.addLayout(grid)
        # Reasons a finger can give without a keyboard; any other is typed.
        presets = QHBoxLayout()
        self.preset_buttons: list[QPushButton] = []
        for text in (
            self.tr("Damage the checklist missed"),
            self.tr("Better than the checklist says"),
            self.tr("Customer service asked for it"),
        ):
            button = WrappingButton(text)  # two lines rather than a reason cut short
            make_touchable(button, height=56, width=140)
            button.clicked.connect(lambda _c=False, t=text: self.override_reason.setText(t))
            presets.addWidget(button)
            self.preset_buttons.append(button)
        panel.addLayout(presets)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why? (required)"))
        make_touchable(self.override_reason)
        self.confirm_override = QPushButton(self.tr("Commit override"), objectName="primary")
        make_touchable(self.confirm_override, height=64, width=220)
        self.confirm_override.clicked.connect(self._on_confirm_override_clicked)
        self.override_reason.textChanged.connect(self._refresh_override)
        self.choice_group.buttonClicked.connect(self._refresh_override)
        row = QHBoxLayout()
        row.addWidget(self.override_reason, 1)
        row.addWidget(self.confirm_override)
        panel.addLayout(row)
        self.override_panel.setVisible(False)

        buttons = QHBoxLayout()  # the page may take these into its own bottom row
        buttons.addWidget(self.override_button)
        buttons.addStretch()
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.banner)
        layout.addWidget(self.refund)
        layout.addWidget(self.because)
        layout.addWidget(self.flags)
        layout.addStretch()
        layout.addWidget(self.override_panel)
        layout.addLayout(buttons)

    @staticmethod
    def colour_of(disposition: str) -> str:
        return COLOURS.get(disposition, "#444")

    def show_decision(self, decision: Decision, may_override: bool) -> None:
        colour = COLOURS.get(decision.disposition, "#444")
        self.banner.setStyleSheet(
            f"background: {colour}; color: white; font-size: 34px; font-weight: 700;"
            " border-radius: 10px; padding: 10px;"
        )
        self.banner.setText(
            self.tr("{disposition} · grade {grade}").format(
                disposition=words.disposition(decision.disposition), grade=decision.grade
            )
        )
        self.refund.setText(words.refund(decision.refund, decision.fee_percent))
        # The rule by its name in the station's language; its id is for the log.
        name = words.from_file(decision.rule_name) or decision.rule
        self.because.setText(
            self.tr("Rule: {name}").format(name=name) + "\n" + words.from_file(decision.because)
        )
        lines = [
            f"⚑ {words.flag(flag)}: {words.from_file(why)}"
            for flag, _r, why in decision.flag_reasons
        ]
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))
        self.override_button.setVisible(may_override)
        self.override_panel.setVisible(False)
        self.override_reason.clear()
        for code, button in self.choice_buttons.items():
            button.setChecked(False)
            button.setEnabled(code != decision.disposition)
        self._refresh_override()

    @Slot()
    def _on_override_button_clicked(self) -> None:
        self.override_panel.setVisible(not self.override_panel.isVisible())

    def _chosen(self) -> str | None:
        return next((c for c, b in self.choice_buttons.items() if b.isChecked()), None)

    @Slot()
    def _refresh_override(self, *_args: object) -> None:
        self.confirm_override.setEnabled(
            self._chosen() is not None and bool(self.override_reason.text().strip())
        )

    @Slot()
    def _on_confirm_override_clicked(self) -> None:
        chosen = self._chosen()
        if chosen and self.override_reason.text().strip():
            self.overridden.emit(chosen, self.override_reason.text().strip())
