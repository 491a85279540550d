"""The first start's splash: what is being built and how far it has got, instead of a black
window while the demo warehouse is filled."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

# Repaint at most this often: the build reports far more often than a person can read.
REPAINT_S = 0.05


class DemoSplash(QWidget):
    """A small frameless window with a title, a line of progress and a bar.

    The demo is built on the UI thread before the main window exists, so `report` lets Qt
    paint (processEvents) between steps; it is the `progress` callback of build_demo."""

    def __init__(self, total_rmas: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the theme's colours
        self.total = max(1, total_rmas)
        title = QLabel(self.tr("Returns Inspector"), objectName="brand")
        self.line = QLabel(self.tr("Building the demo warehouse (first start only)…"))
        self.line.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.line)
        layout.addWidget(self.bar)
        self.setFixedWidth(520)
        self._painted = 0.0

    def report(self, stage: str, done: int) -> None:
        """build_demo's progress: the catalogue, the orders and returns (`done` RMAs made so
        far), then the audit trail's seal. The bar runs 0-100 over the three."""
        done = min(done, self.total)
        if stage == "catalog":
            value, text = 5, self.tr("Making the catalogue and the customers…")
        elif stage == "rmas":
            value = 10 + 80 * done // self.total
            text = self.tr("Placing orders and returns: {done} of {total} RMAs").format(
                done=f"{done:,}", total=f"{self.total:,}"
            )
        else:
            value, text = 95, self.tr("Sealing the audit trail…")
        self.bar.setValue(max(value, self.bar.value()))
        self.line.setText(text)
        now = time.monotonic()
        if now - self._painted >= REPAINT_S:
            self._painted = now
            QCoreApplication.processEvents()

    def show_centred(self) -> None:
        self.adjustSize()
        screen = self.screen().availableGeometry()
        self.move(screen.center() - self.rect().center())
        self.show()
        QCoreApplication.processEvents()
