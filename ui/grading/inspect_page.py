"""The QC grader's Inspect page: open a received RMA, grade each unit with its checklist one
question at a time, accept (or override) the decision, put the unit in its bin.

The page composes its steps (the parcel sheet, the item check, the questions, the decision and
put-away, each a view of its own) and holds what they share: the unit being graded, the banner,
and the one service call at a time. Every answer is stored as it is given; a station that
restarts resumes the draft at the same question. Service calls run off the UI thread, one at a
time, and the page takes no taps while one is running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.core.errors import rma_named
from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import Warehouse
from inspector.grading import units
from inspector.grading.committing import Committed
from inspector.grading.offline_answers import WriteRun
from inspector.grading.parcel_sheet import ParcelSheet
from inspector.grading.units import UnitDraft
from inspector.tags.print_worker import PrinterReport
from ui.common.background import Background
from ui.common.page import ServicePage, Who
from ui.common.problems import describe, printer_state
from ui.common.sounds import Sounds
from ui.common.touch import make_touchable
from ui.grading.kept_answers import KeptAnswers
from ui.grading.put_away_view import PutAwayView
from ui.grading.sheet_view import SheetView
from ui.grading.unit_view import UnitView

BANNER = {
    "good": ("#d8f1df", "#13512a"),
    "bad": ("#fbdcdc", "#7a1717"),
    "look": ("#fdeccd", "#6b4100"),
    "info": ("#e4e8ef", "#1d2330"),
}


class InspectPage(ServicePage):
    step_shown = Signal(str)  # "start", "sheet", "item", "question:<id>", "decision", "put_away"
    unit_committed = Signal(object)  # Committed
    tag_queued = Signal()
    answers_written = Signal(object)  # WriteRun: answers kept during an outage, now written

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self.sounds = Sounds(self)
        # Set when a camera is attached: the newest frame as a JPEG, for photo questions.
        self.snapshot: Callable[[], bytes | None] | None = None
        # Where a picture file comes from when there is no camera (a file dialog; a test
        # names a file).
        self.choose_picture: Callable[[], str | None] = self._choose_picture_file
        self.camera_live = False  # whether the camera gives pictures now
        # The bench printer (URI, profile) tags go to, asked at each commit; None: no printer.
        self.printer: Callable[[], tuple[str, str] | None] = lambda: None
        self.sheet: ParcelSheet | None = None
        self.draft: UnitDraft | None = None
        self.committed: Committed | None = None
        self.busy = False
        self._waiting: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._waiting_scan: str | None = None
        self.step = "start"
        # Answers given while the database is out wait here, and are written when it is back.
        self.journal = StationJournal()
        self.kept_answers = KeptAnswers(warehouse, background, self.journal, self)
        self.kept_answers.written.connect(self._on_kept_answers_written)
        self.kept_answers.write()  # answers kept before a restart are written at start

        self.banner = QLabel(wordWrap=True)
        self.banner.setMinimumHeight(48)
        self.say("", "info")
        self.steps = QStackedWidget()
        self._build_start()
        self.sheet_view = SheetView(self)
        self.steps.addWidget(self.sheet_view)
        self.unit_view = UnitView(self)
        self.steps.addWidget(self.unit_view)
        self.put_away_view = PutAwayView(self)
        self.steps.addWidget(self.put_away_view)
        self.printer_label = QLabel(objectName="muted")
        self.printer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.printer_label.setWordWrap(True)  # a printer fault and stranded tags: two lines
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.printer_label)
        self.show_printer(None)
        self.show_step("start")

    # -- building the steps ---------------------------------------------------------------

    def _build_start(self) -> None:
        page = QWidget()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Scan the RMA or parcel label, or type its number"))
        make_touchable(self.entry)
        self.open_button = QPushButton(self.tr("Open"), objectName="primary")
        make_touchable(self.open_button, width=160)
        self.entry.returnPressed.connect(self._on_open_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        title = QLabel(self.tr("Inspect"), objectName="title")
        hint = QLabel(
            self.tr("Open a received parcel to grade its units one by one."), objectName="muted"
        )
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addStretch()
        self.steps.addWidget(page)
        self.start_step = page

    # -- plumbing -------------------------------------------------------------------------

    def _choose_picture_file(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture of the unit"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"),
        )
        return path or None

    def say(self, text: str, tone: str = "info") -> None:
        background, colour = BANNER[tone]
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.setStyleSheet(
            f"background: {background}; color: {colour}; font-size: 18px; font-weight: 600;"
            " border-radius: 8px; padding: 8px 12px;"
        )

    def clear_messages(self) -> None:
        self.say("")

    def say_problem(self, exc: BaseException) -> None:
        self.sounds.play("bad")
        self.say(describe(exc), "bad")

    # -- answers kept during an outage -----------------------------------------------------

    def say_answers_kept(self, at_decision: bool) -> None:
        if at_decision:
            text = self.tr(
                "Saved on this station, will be written when the database is back. The "
                "decision waits for the database."
            )
        else:
            text = self.tr(
                "Saved on this station, will be written when the database is back. Go on "
                "with the next question."
            )
        self.say(text, "look")

    def answers_kept(self) -> None:
        """Answers wait on the station: the database is tried again every few seconds."""
        self.kept_answers.start()

    def _on_kept_answers_written(self, run: WriteRun) -> None:
        if run.refused:
            self.sounds.play("bad")
            self.say(
                self.tr(
                    "%n answer(s) saved on this station could not be written: the unit "
                    "was decided or taken over meanwhile. Check the unit.",
                    "",
                    len(run.refused),
                ),
                "bad",
            )
        elif run.written:
            self.say(
                self.tr("The answers saved on this station are written. You may decide."),
                "good",
            )
        self.answers_written.emit(run)

    def show_step(self, step: str) -> None:
        self.step = step
        if step == "start":
            self.steps.setCurrentWidget(self.start_step)
        elif step == "sheet":
            self.steps.setCurrentWidget(self.sheet_view)
        elif step == "put_away":
            self.steps.setCurrentWidget(self.put_away_view)
        else:
            self.steps.setCurrentWidget(self.unit_view)
        self.unit_view.show_step(step)
        self.step_shown.emit(step)

    def call(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        wait_turn: bool = False,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call off the UI thread; no taps count until it is back. A call that
        must not be lost (a scan) waits its turn instead. A failure is said in the banner,
        unless `failed` says it."""
        if self.busy:
            if wait_turn:
                self._waiting = (work, done)
            return
        self.busy = True
        self.steps.setEnabled(False)

        def succeeded(result: Any) -> None:
            self._idle()
            done(result)

        def went_wrong(exc: BaseException) -> None:
            self._idle()
            if failed is not None:
                failed(exc)
            else:
                self.say_problem(exc)

        self.background.run(work, succeeded, went_wrong)

    def _idle(self) -> None:
        self.busy = False
        self.steps.setEnabled(True)
        if self._waiting_scan is not None:
            code, self._waiting_scan = self._waiting_scan, None
            QTimer.singleShot(0, lambda: self.scan(code))
        elif self._waiting is not None:
            work, done = self._waiting
            self._waiting = None
            QTimer.singleShot(0, lambda: self.call(work, done, wait_turn=True))

    # -- the parcel sheet -------------------------------------------------------------------

    def open_code(self, code: str) -> None:
        """Open the parcel sheet of the RMA a scanned or typed code names."""
        code = code.strip()
        if not code:
            return
        actor = self.who()
        warehouse = self.warehouse
        self.call(lambda: units.open_rma(warehouse, actor, code), self.show_sheet, True)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_code(self.entry.text())
        self.entry.clear()

    def show_sheet(self, sheet: ParcelSheet) -> None:
        self.sheet = sheet
        self.draft = None
        self.sheet_view.show_sheet(sheet)
        if sheet.complete:
            self.say(
                self.tr("{rma} is complete: every unit is accounted for.").format(
                    rma=rma_named(sheet.rma_number)
                ),
                "good",
            )
        elif self.step in ("start", "put_away") and not self.banner.text():
            self.say("")
        self.show_step("sheet")

    def refresh_sheet(self) -> None:
        if self.sheet is None:
            self.show_step("start")
            return
        number = self.sheet.rma_number
        warehouse = self.warehouse
        self.call(lambda: units.parcel_sheet(warehouse, number), self.show_sheet)

    # -- a unit -------------------------------------------------------------------------------

    def show_committed(self, committed: Committed) -> None:
        """A unit committed: its bin in large type, its tag on the way, put-away next."""
        self.committed = committed
        if committed.print_job is not None:
            self.tag_queued.emit()
        self.draft = None
        self.sounds.play("good")
        self.put_away_view.show_committed(committed)
        note = self.tr("Unit {unit} committed.").format(unit=committed.unit_code)
        if committed.print_job is None:
            note += " " + self.tr("No printer is set: write the bin on the unit.")
        if committed.rma_complete:
            note += " " + self.tr("The RMA is complete.")
        self.say(note, "good")
        self.unit_committed.emit(committed)
        self.put_away_view.cancel_tag.setVisible(committed.print_job is not None)
        self.show_step("put_away")

    # -- the printer -------------------------------------------------------------------------

    @Slot(object)
    def show_printer(self, report: PrinterReport | None) -> None:
        """The bench printer's state and how many tags wait for it, under the page."""
        if self.printer() is None:
            self.printer_label.setText(self.tr("No tag printer is set for this station."))
            self.printer_label.setStyleSheet("")
            return
        if report is None:
            self.printer_label.setText(self.tr("Tag printer: waiting for its first answer"))
            self.printer_label.setStyleSheet("")
            return
        state = printer_state(report.state.value)
        text = self.tr("Tag printer: {state} · %n tag(s) waiting", "", report.waiting).format(
            state=state
        )
        if report.outcome == "failed":
            text += " · " + self.tr("a tag stopped mid-way: reprint it if it is missing")
        if report.stranded:
            text += " · " + self.tr(
                "%n more wait for an old printer address: send them from Settings",
                "",
                report.stranded,
            )
        job = self.committed.print_job if self.committed else None
        if job is not None and report.job_id == job and report.outcome in ("sent", "failed"):
            # Out of the queue: nothing left to cancel.
            self.put_away_view.cancel_tag.setVisible(False)
        bad = (
            report.state.value not in ("ready", "unknown")
            or report.outcome == "failed"
            or report.stranded > 0
        )
        self.printer_label.setText(text)
        self.printer_label.setStyleSheet(
            "color: #7a1717; font-weight: 700; font-size: 18px;" if bad else ""
        )

    @Slot(str)
    def show_camera_status(self, status: str) -> None:
        """The camera came, went or was changed in Settings: a photo question on screen
        offers a picture file and a skip while there is no picture to take."""
        self.camera_live = status == "live"
        if self.step.startswith("question:"):
            self.unit_view.question_view.offer_without_camera(not self.has_camera())

    def has_camera(self) -> bool:
        return self.snapshot is not None and self.camera_live

    # -- scans and restarts -------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """A scan while this page is shown: what it means depends on the step. A scan that
        comes while the page is busy is handled when it is done, not dropped."""
        if self.busy:
            self._waiting_scan = code
            return
        if self.step == "item":
            self.unit_view.item_view.confirm(code)
        elif self.step == "put_away":
            self.put_away_view.confirm_bin(code)
        elif self.step in ("start", "sheet"):
            self.say("")
            self.open_code(code)
        else:
            self.sounds.play("look")
            self.say(self.tr("Finish this unit first: answer the question on screen."), "look")

    def resume_at_station(self, station_id: int | None) -> None:
        """Open the unit left half graded at this station, at the question it was at."""
        warehouse = self.warehouse

        def found(draft: UnitDraft | None) -> None:
            if draft is None:
                return
            self.say(
                self.tr("Resuming unit {unit} where it was left.").format(unit=draft.unit_code),
                "look",
            )
            number = draft.rma_number

            def with_sheet(sheet: ParcelSheet) -> None:
                self.sheet = sheet
                self.unit_view.show_draft(draft)

            self.call(lambda: units.parcel_sheet(warehouse, number), with_sheet)

        self.call(lambda: units.draft_at_station(warehouse, station_id), found)
