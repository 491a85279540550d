"""A touch keypad for PINs: big digits, a backspace, OK; the digits are never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector.people.pins import MAX_LENGTH, MIN_LENGTH
from ui.common.touch import make_touchable

KEY_PX = 72


class PinPad(QWidget):
    """Emits `entered(pin)` on OK; physical number keys work too."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.dots = QLabel(objectName="title")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_touchable(self.dots, height=KEY_PX, width=240)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_key(grid, digit, index // 3, index % 3)
        self.back = self._add_key(grid, "⌫", 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.ok = self._add_key(grid, self.tr("OK"), 3, 2)
        self.ok.setObjectName("primary")
        self.cancel = QPushButton(self.tr("Back to names"))
        make_touchable(self.cancel, width=240)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    def _add_key(self, grid: QGridLayout, label: str, row: int, column: int) -> QPushButton:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        make_touchable(button, height=KEY_PX, width=KEY_PX + 24)
        button.clicked.connect(lambda _checked=False, key=label: self.press(key))
        grid.addWidget(button, row, column)
        self.keys[label] = button
        return button

    def press(self, key: str) -> None:
        if key.isdigit() and len(self._digits) < MAX_LENGTH:
            self._digits += key
        elif key == "⌫":
            self._digits = self._digits[:-1]
        elif key == self.ok.text() and len(self._digits) >= MIN_LENGTH:
            pin, self._digits = self._digits, ""
            self._show()
            self.entered.emit(pin)
            return
        self._show()

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def _show(self) -> None:
        self.dots.setText("●" * len(self._digits) or self.tr("Enter your PIN"))
        self.ok.setEnabled(len(self._digits) >= MIN_LENGTH)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.text().isdigit():
            self.press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(self.ok.text())
        elif event.key() == Qt.Key.Key_Escape:
            self._on_cancel_clicked()
        else:
            super().keyPressEvent(event)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.clear()
        self.cancelled.emit()
