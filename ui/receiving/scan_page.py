"""The dock worker's Scan page: scan (or type) a return label, see the outcome big and in
colour, and the RMA it opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.receiving.frames import IMAGE_SUFFIXES
from inspector.receiving.label_photos import parcel_code_in_photo
from inspector.receiving.labels import NotALabel
from inspector.receiving.photos import attach_parcel_photo
from inspector.receiving.receipts import Outcome, Receipt, receive
from ui.common.background import Background
from ui.common.page import ServicePage, Who
from ui.common.problems import describe
from ui.common.sounds import Sounds
from ui.common.touch import make_touchable
from ui.receiving.search_page import RmaDetail

# Outcome -> (background, text colour): green good, blue seen before, red stop, amber look.
SOUND_OF = {
    Outcome.RECEIVED: "good",
    Outcome.ALREADY_RECEIVED: "again",
    Outcome.OUTSIDE_WINDOW: "look",
    Outcome.NOT_RETURNABLE: "bad",
    Outcome.UNKNOWN: "bad",
    Outcome.CHOOSE: "look",
}
SHOWN_CHARACTERS = 48  # of a scanned code, under the outcome: a long tracking number whole
SHOWN_START = 32  # of a longer one, with its length: a line at the bench screen's width

COLOURS = {
    Outcome.RECEIVED: ("#1f7a3a", "white"),
    Outcome.ALREADY_RECEIVED: ("#1f5fbf", "white"),
    Outcome.OUTSIDE_WINDOW: ("#b86e00", "white"),
    Outcome.NOT_RETURNABLE: ("#b3261e", "white"),
    Outcome.UNKNOWN: ("#b3261e", "white"),
    Outcome.CHOOSE: ("#b86e00", "white"),
}


def _dropped_photo(mime: QMimeData) -> str | None:
    """The local image file a drag carries (the first), or None."""
    for url in mime.urls() if mime.hasUrls() else []:
        path = url.toLocalFile()
        if path and path.lower().endswith(IMAGE_SUFFIXES):
            return path
    return None


class ScanPage(ServicePage):
    receipt_shown = Signal(object)  # Receipt
    scan_refused = Signal(str)  # the words shown when a scan was refused or failed
    photo_taken = Signal(str)  # the photo file of an unknown parcel

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self._asked = 0
        self._code = ""
        self.sounds = Sounds(self)
        # Set when a camera is attached: the newest frame as a JPEG, for unknown parcels.
        self.snapshot: Callable[[], bytes | None] | None = None
        # Set when a shop is connected: a label that matches nothing is looked for in the shop
        # (one quick pull, off the UI thread) before its parcel is quarantined.
        self.look_in_shop: Callable[[str], object] | None = None

        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Scan a return label, or type its number"))
        self.receive_button = QPushButton(self.tr("Receive"), objectName="primary")
        make_touchable(self.entry)
        make_touchable(self.receive_button, width=160)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.receive_button.clicked.connect(self._on_entry_return_pressed)

        self.banner = QLabel(self.tr("Ready: scan a return label."))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(96)
        self._paint_banner(None)
        # What was scanned, under every outcome: two unknown parcels never look the same.
        self.scanned = QLabel()
        self.scanned.setWordWrap(True)
        self.scanned.setTextFormat(Qt.TextFormat.PlainText)
        self.scanned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scanned.setStyleSheet("font-size: 22px; font-weight: 600; color: #1d2330;")
        # A long code is one long word: it must never widen the window past the bench's screen.
        self.scanned.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scanned.setMinimumWidth(0)
        self.choices = QWidget()
        self.choices_layout = QHBoxLayout(self.choices)
        self.choices.setVisible(False)
        self.detail = RmaDetail(with_history=False)
        self.preview = QLabel()
        self.preview.setFixedSize(480, 270)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #1b2638; color: #dfe6f1; border-radius: 8px;")
        self.camera_status = QLabel(objectName="muted")
        self.show_camera_status("")

        bar = QHBoxLayout()
        bar.addWidget(self.entry, 1)
        bar.addWidget(self.receive_button)
        top = QHBoxLayout()
        camera_column = QVBoxLayout()
        camera_column.addWidget(self.preview)
        camera_column.addWidget(self.camera_status)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.banner, 1)
        right.addWidget(self.scanned)
        right.addWidget(self.choices)
        top.addLayout(camera_column)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.detail, 1)
        self.setAcceptDrops(True)  # a photo of a label dropped here is read like a scan

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _dropped_photo(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = _dropped_photo(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.read_photo(path)

    def read_photo(self, path: str) -> None:
        """Read a photo of a label (off the UI thread) and receive the parcel its code names."""
        self._asked += 1
        asked = self._asked
        self._code = Path(path).name  # shown under the outcome: the file, not its folders
        self.background.run(
            lambda: parcel_code_in_photo(path),
            lambda code: self._on_photo_read(asked, code),
            lambda exc: self._on_failed(asked, exc),
        )

    def _on_photo_read(self, asked: int, code: str | None) -> None:
        if asked != self._asked:
            return
        if code is not None:
            self.scan(code)
            return
        self._show_scanned(self._code)
        self.banner.setText(
            self.tr(
                "No barcode in this photo names a parcel: hold the label under the camera, "
                "or type its number."
            )
        )
        self.detail.show_rma(None)
        self._paint_banner(Outcome.CHOOSE)
        self.banner.setProperty("outcome", "refused")
        self.sounds.play("look")
        self.scan_refused.emit(self.banner.text())

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    @Slot(str)
    def show_camera_status(self, status: str) -> None:
        words = {
            "live": self.tr("Camera on: hold the label under it."),
            "waiting": self.tr("No camera: check its cable. Looking for it again…"),
            "ended": self.tr("The recorded video has ended."),
            "": self.tr("No camera set up: use the scanner or type the number."),
        }
        self.camera_status.setText(words.get(status, status))
        if status in ("waiting", ""):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("no picture"))

    @Slot()
    def _on_entry_return_pressed(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.scan(text)

    def scan(self, code: str, rma_number: str | None = None) -> None:
        self._asked += 1
        asked, warehouse, actor = self._asked, self.warehouse, self.who()
        self._code = code
        look = self.look_in_shop

        def work() -> Receipt:
            if look is not None and rma_number is None:
                look(code)  # a return approved a minute ago is pulled before quarantine
            return receive(warehouse, actor, code, rma_number=rma_number)

        self.background.run(
            work,
            lambda receipt: self._on_received(asked, receipt),
            lambda exc: self._on_failed(asked, exc),
        )

    def _on_received(self, asked: int, receipt: Receipt) -> None:
        if asked != self._asked:
            return
        self._paint_banner(receipt.outcome)
        self.banner.setText(self._words(receipt))
        self._show_scanned(receipt.scanned or self._code)
        self.sounds.play(SOUND_OF[receipt.outcome])
        self._show_choices(receipt)
        self.detail.show_rma(receipt.rma)
        if receipt.outcome is Outcome.UNKNOWN and receipt.parcel_id is not None:
            self._take_photo(receipt.parcel_id)
        self.receipt_shown.emit(receipt)

    def _take_photo(self, parcel_id: int) -> None:
        jpeg = self.snapshot() if self.snapshot is not None else None
        if jpeg is None:
            return
        warehouse, actor = self.warehouse, self.who()
        self.background.run(
            lambda: attach_parcel_photo(warehouse, actor, parcel_id, jpeg),
            lambda path: self.photo_taken.emit(path),
            lambda exc: self.camera_status.setText(describe(exc)),
        )

    def _on_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self._show_scanned(self._code)
        self.banner.setText(describe(exc))
        self.detail.show_rma(None)
        self._show_choices(Receipt(Outcome.CHOOSE))
        if isinstance(exc, NotALabel):  # a misread: scan again; nothing was recorded
            self._paint_banner(Outcome.CHOOSE)
            self.banner.setProperty("outcome", "refused")
            self.sounds.play("look")
        else:
            self._paint_banner(Outcome.NOT_RETURNABLE)
            self.banner.setProperty("outcome", "failed")
            self.sounds.play("bad")
        self.scan_refused.emit(self.banner.text())

    def _show_scanned(self, code: str) -> None:
        """The code as scanned; one longer than a line shows its start and its length."""
        code = code.strip()
        shown = code if len(code) <= SHOWN_CHARACTERS else code[:SHOWN_START] + "…"
        text = self.tr("Scanned: {code}").format(code=shown)
        if len(code) > SHOWN_CHARACTERS:
            text += " " + self.tr("(%n characters)", "", len(code))
        self.scanned.setText(text)

    def _words(self, receipt: Receipt) -> str:
        number = receipt.rma.rma_number if receipt.rma else ""
        if receipt.outcome is Outcome.RECEIVED:
            lines = sum(line.quantity for line in receipt.rma.lines) if receipt.rma else 0
            return self.tr("Received: {rma}. %n unit(s) expected.", "", lines).format(rma=number)
        if receipt.outcome is Outcome.ALREADY_RECEIVED:
            return self.tr("Already received: {rma}. Nothing was counted twice.").format(rma=number)
        if receipt.outcome is Outcome.OUTSIDE_WINDOW:
            return self.tr("Received: {rma}, but OUTSIDE the return window.").format(rma=number)
        if receipt.outcome is Outcome.NOT_RETURNABLE:
            return self.tr(
                "Not returnable: {rma} is closed or cancelled. Set the parcel "
                "aside for a supervisor."
            ).format(rma=number)
        if receipt.outcome is Outcome.UNKNOWN:
            return self.tr("Unknown parcel. Put it in quarantine and write {id} on it.").format(
                id=receipt.quarantine_id
            )
        return self.tr("Several RMAs match. Tap the right one.")

    def _show_choices(self, receipt: Receipt) -> None:
        while self.choices_layout.count():
            item = self.choices_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for hit in receipt.choices:
            button = QPushButton(f"{hit.rma_number}\n{hit.order_number}")
            make_touchable(button, height=72, width=200)
            button.clicked.connect(
                lambda _c=False, number=hit.rma_number: self.scan(self._code, number)
            )
            self.choices_layout.addWidget(button)
        self.choices_layout.addStretch()
        self.choices.setVisible(bool(receipt.choices))

    def _paint_banner(self, outcome: Outcome | None) -> None:
        background, text = (
            COLOURS.get(outcome, ("#e4e8ef", "#1d2330")) if outcome else ("#e4e8ef", "#1d2330")
        )
        self.banner.setStyleSheet(
            f"background: {background}; color: {text}; font-size: 26px; font-weight: 700;"
            "border-radius: 12px; padding: 12px;"
        )
        self.banner.setProperty("outcome", outcome.value if outcome else "")
