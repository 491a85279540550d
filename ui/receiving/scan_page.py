"""The dock worker's Scan page: scan (or type) a return label, see the outcome big and in
colour, and the RMA it opened."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
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

from inspector.core.clock import Clock, system_clock
from inspector.core.station_journal import OUTAGES, StationJournal
from inspector.core.warehouse import Warehouse
from inspector.receiving.label_photos import IMAGE_SUFFIXES, parcel_code_in_photo
from inspector.receiving.labels import NotALabel
from inspector.receiving.offline_scans import Kept, ReplayRun, receive_or_keep
from inspector.receiving.photos import attach_parcel_photo
from inspector.receiving.receipts import Outcome, Receipt
from ui.common import words
from ui.common.background import Background
from ui.common.page import ServicePage, Who
from ui.common.particles import fit_particles
from ui.common.problems import describe
from ui.common.sounds import Sounds
from ui.common.touch import make_touchable
from ui.receiving.offline_replay import ReplayedList
from ui.receiving.search_page import RmaDetail

# Outcome -> (background, text colour): green good, blue seen before, red stop, amber look.
SOUND_OF = {
    Outcome.RECEIVED: "good",
    Outcome.ALREADY_RECEIVED: "again",
    Outcome.OUTSIDE_WINDOW: "look",
    Outcome.ARRIVED_LATE: "look",
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
    Outcome.ARRIVED_LATE: ("#b86e00", "white"),
    Outcome.NOT_RETURNABLE: ("#b3261e", "white"),
    Outcome.UNKNOWN: ("#b3261e", "white"),
    Outcome.CHOOSE: ("#b86e00", "white"),
}
# A scan kept on the station while the database is out: amber with dark text, its own sound.
KEPT_COLOURS = ("#f2a900", "#2b1d00")


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
    kept_offline = Signal(object)  # Kept: the database was out, the scan is in the journal
    replayed = Signal(object)  # list[OfflineScan]: kept scans written, with their outcomes

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self.clock = clock  # when a scan is made: the window and the receipt's time
        self._asked = 0
        self._code = ""
        self.sounds = Sounds(self)
        # Set when a camera is attached: the newest frame as a JPEG, for unknown parcels.
        self.snapshot: Callable[[], bytes | None] | None = None
        # Set when a shop is connected: a label that matches nothing is looked for in the shop
        # (one quick pull, off the UI thread) before its parcel is quarantined.
        self.look_in_shop: Callable[[str], object] | None = None
        # Where scans go while the database is out, and the station they are made at.
        self.journal = StationJournal()
        self.station_name = ""

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
        self.replayed_title = QLabel(
            self.tr("Written after the outage: do what each line says"), objectName="muted"
        )
        self.replayed_list = ReplayedList()
        self.replayed_list.setMinimumHeight(200)
        self.replayed_title.setVisible(False)
        self.replayed_list.setVisible(False)
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
        right.addWidget(self.replayed_title)
        right.addWidget(self.replayed_list, 1)
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

    def clear_messages(self) -> None:
        """Back to ready: the last outcome was the last operator's."""
        self._asked += 1  # an answer still on its way belongs to them too
        self._code = ""
        self._paint_banner(None)
        self.banner.setText(self.tr("Ready: scan a return label."))
        self.scanned.clear()
        self._show_choices(Receipt(Outcome.CHOOSE))
        self.detail.show_rma(None)

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
        look, journal, station, snapshot, clock = (
            self.look_in_shop,
            self.journal,
            self.station_name,
            self.snapshot,
            self.clock,
        )

        def work() -> tuple[Receipt | Kept, ReplayRun]:
            if look is not None and rma_number is None:
                # A return approved a minute ago is pulled before quarantine; with the
                # database out there is nothing to pull into, and the scan is kept below.
                with suppress(*OUTAGES):
                    look(code)
            return receive_or_keep(
                warehouse,
                journal,
                actor,
                code,
                station=station,
                rma_number=rma_number,
                photo=snapshot,  # only asked for when the scan is kept
                clock=clock,
            )

        self.background.run(
            work,
            lambda result: self._on_received(asked, result),
            lambda exc: self._on_failed(asked, exc),
        )

    def show_replayed(self, entries: list) -> None:
        """Scans kept during an outage and now written: what to do with each parcel."""
        if not entries:
            return
        self.replayed_list.add(entries)
        self.replayed_title.setVisible(True)
        self.replayed_list.setVisible(True)
        if self.banner.property("outcome") == "kept_offline":
            # The amber tile is out of date: the scans it counted are in the database now.
            self._paint_banner(None)
            self.banner.setProperty("outcome", "replayed")
            self.banner.setText(
                self.tr(
                    "The database is back: %n scan(s) kept on this station are written. Do "
                    "what each line below says.",
                    "",
                    len(entries),
                )
            )
        self.replayed.emit(entries)

    def _on_received(self, asked: int, result: tuple[Receipt | Kept, ReplayRun]) -> None:
        outcome, run = result
        self.show_replayed(run.replayed)
        if asked != self._asked:
            return
        if isinstance(outcome, Kept):
            self._show_kept(outcome)
            return
        receipt = outcome
        self._paint_banner(receipt.outcome)
        # The policy's verdict under the outcome when it is not a plain approval; its colour
        # is the chip beside the window, under the banner.
        self.banner.setText(self._words(receipt) + self._policy_words(receipt))
        self._show_scanned(receipt.scanned or self._code)
        self.sounds.play(SOUND_OF[receipt.outcome])
        self._show_choices(receipt)
        self.detail.show_rma(receipt.rma)
        if receipt.outcome is Outcome.UNKNOWN and receipt.parcel_id is not None:
            self._take_photo(receipt.parcel_id)
        self.receipt_shown.emit(receipt)

    def _show_kept(self, kept: Kept) -> None:
        """The database is out: the scan is safe on this station; say so in amber."""
        background, text = KEPT_COLOURS
        self.banner.setStyleSheet(
            f"background: {background}; color: {text}; font-size: 26px; font-weight: 700;"
            "border-radius: 12px; padding: 12px;"
        )
        self.banner.setProperty("outcome", "kept_offline")
        self.banner.setText(
            self.tr(
                "Recorded offline, %n waiting. The database cannot be reached: this scan is "
                "kept on this station and written when it is back. Put the parcel with the "
                "others scanned offline.",
                "",
                kept.waiting,
            )
        )
        self._show_scanned(kept.entry.code)
        self._show_choices(Receipt(Outcome.CHOOSE))
        self.detail.show_rma(None)
        self.sounds.play("offline")
        self.kept_offline.emit(kept)

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
            return self.tr("Received: {rma}, but asked for after the return window.").format(
                rma=number
            )
        if receipt.outcome is Outcome.ARRIVED_LATE and receipt.rma is not None:
            return self.tr("Received: {rma}, but the parcel arrived late (due by {date}).").format(
                rma=number, date=receipt.rma.window.arrive_by.isoformat()
            )
        if receipt.outcome is Outcome.NOT_RETURNABLE:
            return fit_particles(
                self.tr(
                    "Not returnable: {rma} is closed or cancelled. Set the parcel "
                    "aside for a supervisor."
                ).format(rma=number)
            )
        if receipt.outcome is Outcome.UNKNOWN:
            return fit_particles(
                self.tr("Unknown parcel. Put it in quarantine and write {id} on it.").format(
                    id=receipt.quarantine_id
                )
            )
        return self.tr("Several RMAs match. Tap the right one.")

    def _policy_words(self, receipt: Receipt) -> str:
        """The policy's verdict under the outcome, when it is not a plain approval."""
        policy = receipt.rma.policy if receipt.rma else None
        if policy is None or not policy.flagged or receipt.outcome is Outcome.UNKNOWN:
            return ""
        return "\n" + self.tr("Policy: {verdict}. {reason}").format(
            verdict=words.verdict(policy.verdict), reason=words.from_file(policy.reason)
        )

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
