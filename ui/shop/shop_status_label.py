"""The shop's state in the status bar: connected, N waiting, or M needing attention in red."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from inspector.shop.status import ShopStatus
from ui.shop import shop_words


class ShopStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopStatus")
        self.show_status(None)

    @Slot(object)
    def show_status(self, status: ShopStatus | None) -> None:
        text, alarming = shop_words.summary(status)
        self.setText(text)
        self.setProperty("alarm", alarming)
        self.setStyleSheet("color: #c62828; font-weight: bold;" if alarming else "")
        tip = []
        if status is not None and status.last_pull_at:
            tip.append(self.tr("Last pull: {when}").format(when=status.last_pull_at))
        if status is not None and status.last_pull_error:
            tip.append(status.last_pull_error)
        self.setToolTip("\n".join(tip))
