"""The parcel sheet: an open RMA's units and where each stands; grade the next one, record an
item that is not on the RMA or the rest as missing, reprint a tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.grading import committing, units
from inspector.grading.parcel_sheet import ParcelSheet, Piece
from inspector.tags import print_queue
from ui.common import words
from ui.common.problems import describe
from ui.common.touch import make_touch_scrollable, make_touchable

if TYPE_CHECKING:
    from ui.grading.inspect_page import InspectPage


class SheetView(QWidget):
    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self.title = QLabel(objectName="title")
        self.info = QLabel(objectName="muted", wordWrap=True)
        self.pieces = QListWidget()
        make_touch_scrollable(self.pieces)
        self.grade_next = QPushButton(self.tr("Grade next unit"), objectName="primary")
        self.unexpected_button = QPushButton(self.tr("Item not on this RMA"))
        self.missing_button = QPushButton(self.tr("The rest is missing"))
        self.close_button = QPushButton(self.tr("Close"))
        self.reprint_button = QPushButton(self.tr("Reprint tag"))
        # Shown when another grader holds the next unit's draft: taking it over is a choice.
        self.take_over_button = QPushButton(self.tr("Take over"), objectName="primary")
        self.take_over_button.setVisible(False)
        self.take_over_button.clicked.connect(self._on_take_over_button_clicked)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.pieces.currentRowChanged.connect(self._on_pieces_current_row_changed)
        for button, width in (
            (self.reprint_button, 180),
            (self.grade_next, 280),
            (self.unexpected_button, 200),
            (self.missing_button, 200),
            (self.close_button, 140),
            (self.take_over_button, 200),
        ):
            make_touchable(button, height=72, width=width)
        self.grade_next.clicked.connect(self._on_grade_next_clicked)
        self.unexpected_button.clicked.connect(self._on_unexpected_button_clicked)
        self.missing_button.clicked.connect(self._on_missing_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.missing_button)
        buttons.addWidget(self.unexpected_button)
        buttons.addStretch()
        buttons.addWidget(self.take_over_button)
        buttons.addWidget(self.grade_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.pieces, 1)
        layout.addLayout(buttons)

    def show_sheet(self, sheet: ParcelSheet) -> None:
        self.take_over_button.setVisible(False)
        done, expected = sheet.counts()
        self.title.setText(sheet.rma_number)
        self.info.setText(
            self.tr(
                "Order {order} · {channel} · {done} of %n unit(s) accounted for", "", expected
            ).format(order=sheet.order_number, channel=words.channel(sheet.channel), done=done)
        )
        self.pieces.clear()
        number = 0
        for piece in sheet.pieces:
            if piece.line_id is not None:
                number += 1  # the number the unit's card shows: "unit 2 of 3"
            self.pieces.addItem(self._piece_item(piece, number if piece.line_id else None))
        pending = sheet.next_pending()
        self.grade_next.setEnabled(pending is not None)
        self.grade_next.setText(
            self.tr("Resume unit")
            if pending and pending.status == "DRAFT"
            else self.tr("Grade next unit")
        )
        self.missing_button.setEnabled(
            any(p.status == "PENDING" for p in sheet.pieces)
            and not any(p.status == "DRAFT" for p in sheet.pieces)
        )

    def _piece_item(self, piece: Piece, number: int | None) -> QListWidgetItem:
        name = piece.product_name or self.tr("Unidentified item")
        status = words.piece_status(piece.status)
        if piece.disposition:
            status += f" · {words.disposition(piece.disposition)}"
            if piece.grade:
                status += f" {piece.grade}"
        if piece.bin_code:
            status += f" · {piece.bin_code}"
        if piece.line_id is None:
            status += " · " + self.tr("not on the RMA")
        if piece.status == "DRAFT" and piece.station:
            status += " · " + piece.station
        text = f"{piece.sku}  {name}\n{status}"
        if number is not None:
            text = f"{number}. {text}"
        if piece.line_id is not None:
            text += f" · {words.reason(piece.reason)}"
        return QListWidgetItem(text)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        page = self.page
        page.sheet = None
        page.say("")
        page.show_step("start")

    @Slot()
    def _on_grade_next_clicked(self) -> None:
        page = self.page
        piece = page.sheet.next_pending() if page.sheet else None
        if piece is None or piece.line_id is None or piece.slot is None:
            return
        self._start(piece.line_id, piece.slot, take_over=False)

    @Slot()
    def _on_take_over_button_clicked(self) -> None:
        piece = self.page.sheet.next_pending() if self.page.sheet else None
        if piece is not None and piece.line_id is not None and piece.slot is not None:
            self._start(piece.line_id, piece.slot, take_over=True)

    def _start(self, line_id: int, slot: int, take_over: bool) -> None:
        page = self.page
        actor, warehouse = page.who(), page.warehouse
        page.say("")
        self.take_over_button.setVisible(False)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, units.HeldElsewhere):
                page.sounds.play("bad")
                page.say(describe(exc), "bad")
                return
            page.sounds.play("look")
            since = exc.since.strftime("%H:%M") if exc.since else "?"
            page.say(
                self.tr(
                    "%1 is grading this unit at %2 since %3. Take it over to go on with "
                    "their answers; it is then yours, and the takeover is recorded."
                )
                .replace("%1", exc.grader)
                .replace("%2", exc.station or self.tr("another station"))
                .replace("%3", since),
                "look",
            )
            self.take_over_button.setVisible(True)

        page.call(
            lambda: units.start_unit(warehouse, actor, line_id, slot, take_over=take_over),
            page.unit_view.show_draft,
            failed=failed,
        )

    @Slot()
    def _on_unexpected_button_clicked(self) -> None:
        page = self.page
        if page.sheet is None:
            return
        actor, warehouse, number = page.who(), page.warehouse, page.sheet.rma_number
        page.say(self.tr("Scan the item's barcode, or grade it as an unidentified item."), "look")
        page.call(
            lambda: units.start_unexpected(warehouse, actor, number, None),
            page.unit_view.show_draft,
        )

    @Slot()
    def _on_missing_button_clicked(self) -> None:
        page = self.page
        if page.sheet is None:
            return
        actor, warehouse, number = page.who(), page.warehouse, page.sheet.rma_number

        def done(count: int) -> None:
            page.sounds.play("look")
            page.say(self.tr("%n unit(s) recorded as missing from the parcel.", "", count), "look")
            page.refresh_sheet()

        page.call(lambda: committing.mark_missing(warehouse, actor, number), done)

    @Slot(int)
    def _on_pieces_current_row_changed(self, row: int) -> None:
        sheet = self.page.sheet
        piece = sheet.pieces[row] if sheet and 0 <= row < len(sheet.pieces) else None
        self.reprint_button.setEnabled(
            piece is not None
            and piece.status in ("DECIDED", "PUT_AWAY")
            and self.page.printer() is not None
        )

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        page = self.page
        row = self.pieces.currentRow()
        printer = page.printer()
        if page.sheet is None or printer is None or not 0 <= row < len(page.sheet.pieces):
            return
        unit_code = page.sheet.pieces[row].unit_code
        if unit_code is None:
            return
        actor, warehouse = page.who(), page.warehouse

        def done(_job: int) -> None:
            page.tag_queued.emit()
            page.say(self.tr("The tag of {unit} is printing again.").format(unit=unit_code), "good")

        page.call(
            lambda: print_queue.print_tag(warehouse, actor, unit_code, printer[0], printer[1]), done
        )
