"""Put-away, a committed unit's last step: its disposition and bin in large type; scanning the
bin's label confirms the unit is in it. A tag still waiting for the printer can be cancelled."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inspector.grading.bins import WrongBin, put_away
from inspector.grading.committing import Committed
from inspector.tags import print_queue
from ui.common import words
from ui.common.particles import fit_particles
from ui.common.problems import describe
from ui.common.touch import make_touchable
from ui.grading.decision_view import DecisionView

if TYPE_CHECKING:
    from ui.grading.inspect_page import InspectPage

WRONG_BIN_RED = "#8f1010"  # darker than Dispose's red, and edged in yellow: not a disposition
WRONG_BIN_EDGE = "#ffd21f"
RIGHT_BIN_PX = 52  # the right bin is the largest thing on the screen


class PutAwayView(QWidget):
    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.title.setMinimumHeight(140)
        self.hint = QLabel(
            self.tr("Put the unit in this bin, then scan the bin's label."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.hint.setStyleSheet("font-size: 20px;")
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Bin label"))
        make_touchable(self.entry)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.cancel_tag = QPushButton(self.tr("Don't print this tag"))
        make_touchable(self.cancel_tag, height=72, width=240)
        self.cancel_tag.clicked.connect(self._on_cancel_tag_clicked)
        self.next_unit = QPushButton(self.tr("Back to the parcel"), objectName="primary")
        make_touchable(self.next_unit, height=72, width=280)
        self.next_unit.clicked.connect(self._on_next_unit_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.entry)
        layout.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.cancel_tag)
        row.addStretch()
        row.addWidget(self.next_unit)
        layout.addLayout(row)

    def show_committed(self, committed: Committed) -> None:
        """The disposition and the bin, in the disposition's colour."""
        self.title.setText(
            self.tr("{disposition} → bin {bin}").format(
                disposition=words.disposition(committed.disposition), bin=committed.bin_code
            )
        )
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._paint_title(DecisionView.colour_of(committed.disposition))
        self.hint.setText(self.tr("Put the unit in this bin, then scan the bin's label."))

    def show_wrong_bin(self, scanned: str, expected: str) -> None:
        """A wrong bin scanned: the tile itself turns red and names the right bin, largest."""
        self.title.setTextFormat(Qt.TextFormat.RichText)
        wrong = html.escape(self.tr("Wrong bin: {scanned}").format(scanned=scanned))
        right = html.escape(self.tr("Put it in {bin}").format(bin=expected))
        self.title.setText(
            f"<div style='font-size: 26px;'>{wrong}</div>"
            f"<div style='font-size: {RIGHT_BIN_PX}px;'>{right}</div>"
        )
        self._paint_title(WRONG_BIN_RED, border=WRONG_BIN_EDGE)
        self.hint.setText(
            self.tr(
                "Take the unit out of {scanned}, put it in {bin}, then scan that bin's label."
            ).format(scanned=scanned, bin=expected)
        )

    def _paint_title(self, colour: str, border: str | None = None) -> None:
        edge = f" border: 6px solid {border};" if border else ""
        self.title.setStyleSheet(
            f"background: {colour}; color: white; font-size: 40px; font-weight: 700;"
            f" border-radius: 10px;{edge}"
        )

    @Slot()
    def _on_entry_return_pressed(self) -> None:
        code = self.entry.text().strip()
        self.entry.clear()
        if code:
            self.confirm_bin(code)

    def confirm_bin(self, code: str) -> None:
        page = self.page
        committed = page.committed
        if committed is None:
            return
        actor, warehouse = page.who(), page.warehouse

        def done(bin_code: str) -> None:
            page.sounds.play("good")
            page.say(
                fit_particles(
                    self.tr("Unit {unit} is in bin {bin}.").format(
                        unit=committed.unit_code, bin=bin_code
                    )
                ),
                "good",
            )
            page.committed = None
            page.refresh_sheet()

        def failed(exc: BaseException) -> None:
            page.sounds.play("bad")
            if isinstance(exc, WrongBin):
                page.say("")  # the tile says it, in red and large
                self.show_wrong_bin(exc.scanned, exc.expected)
            else:
                page.say(describe(exc), "bad")

        page.call(
            lambda: put_away(warehouse, actor, committed.unit_code, code), done, failed=failed
        )

    @Slot()
    def _on_cancel_tag_clicked(self) -> None:
        page = self.page
        job = page.committed.print_job if page.committed else None
        if job is None:
            return
        actor, warehouse = page.who(), page.warehouse

        def done(_result: object) -> None:
            self.cancel_tag.setVisible(False)
            page.say(self.tr("The tag will not be printed."), "look")

        page.call(lambda: print_queue.cancel(warehouse, actor, job), done)

    @Slot()
    def _on_next_unit_clicked(self) -> None:
        self.page.committed = None
        self.page.refresh_sheet()
