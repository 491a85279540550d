"""Put-away, a committed unit's last step: its disposition and bin in large type; scanning the
bin's label confirms the unit is in it. A tag still waiting for the printer can be cancelled."""

from __future__ import annotations

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
        colour = DecisionView.colour_of(committed.disposition)
        self.title.setStyleSheet(
            f"background: {colour}; color: white; font-size: 40px; font-weight: 700;"
            " border-radius: 10px;"
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
                page.say(
                    self.tr("Wrong bin: {scanned}. This unit goes in {bin}.").format(
                        scanned=exc.scanned, bin=exc.expected
                    ),
                    "bad",
                )
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
