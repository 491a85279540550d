"""The QC grader's Inspect page: open a received RMA, grade each unit with its checklist one
question at a time, accept (or override) the decision, put the unit in its bin.

Every answer is stored as it is given; a station that restarts resumes the draft at the same
question. Service calls run off the UI thread, one at a time, and the page takes no taps while
one is running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.grading import units as grading
from inspector.grading.bins import WrongBin, put_away
from inspector.grading.parcel_sheet import ParcelSheet, Piece
from inspector.grading.units import Committed, Override, UnitDraft
from inspector.people.roles import Action
from inspector.tags import print_queue
from inspector.tags.print_worker import PrinterReport
from ui.common import words
from ui.common.background import Background
from ui.common.page import ServicePage, Who
from ui.common.problems import describe, printer_state
from ui.common.sounds import Sounds
from ui.common.touch import make_touch_scrollable, make_touchable
from ui.grading.decision_view import DecisionView
from ui.grading.question_view import QuestionView

SWIPE_PX = 120
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
        # The bench printer (URI, profile) tags go to, asked at each commit; None: no printer.
        self.printer: Callable[[], tuple[str, str] | None] = lambda: None
        self.sheet: ParcelSheet | None = None
        self.draft: UnitDraft | None = None
        self.committed: Committed | None = None
        self.busy = False
        self._waiting: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._waiting_scan: str | None = None
        self.step = "start"
        self._question_id: str | None = None

        self.banner = QLabel(wordWrap=True)
        self.banner.setMinimumHeight(48)
        self.say("", "info")
        self.steps = QStackedWidget()
        self._build_start()
        self._build_sheet()
        self._build_unit()
        self._build_put_away()
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

    def _build_sheet(self) -> None:
        page = QWidget()
        self.sheet_title = QLabel(objectName="title")
        self.sheet_info = QLabel(objectName="muted", wordWrap=True)
        self.pieces = QListWidget()
        make_touch_scrollable(self.pieces)
        self.grade_next = QPushButton(self.tr("Grade next unit"), objectName="primary")
        self.unexpected_button = QPushButton(self.tr("Item not on this RMA"))
        self.missing_button = QPushButton(self.tr("The rest is missing"))
        self.close_button = QPushButton(self.tr("Close"))
        self.reprint_button = QPushButton(self.tr("Reprint tag"))
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.pieces.currentRowChanged.connect(self._on_pieces_current_row_changed)
        for button, width in (
            (self.reprint_button, 180),
            (self.grade_next, 280),
            (self.unexpected_button, 200),
            (self.missing_button, 200),
            (self.close_button, 140),
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
        buttons.addWidget(self.grade_next)
        layout = QVBoxLayout(page)
        layout.addWidget(self.sheet_title)
        layout.addWidget(self.sheet_info)
        layout.addWidget(self.pieces, 1)
        layout.addLayout(buttons)
        self.steps.addWidget(page)
        self.sheet_step = page

    def _build_unit(self) -> None:
        page = QWidget()
        # The expected item and the customer's words stay in view the whole time.
        card = QWidget(objectName="card")
        card.setFixedWidth(330)
        card.setStyleSheet("QWidget#card { background: white; border-radius: 10px; }")
        self.unit_heading = QLabel(objectName="muted", wordWrap=True)
        self.expected_name = QLabel(wordWrap=True)
        self.expected_name.setStyleSheet("font-size: 20px; font-weight: 700;")
        self.expected_sku = QLabel(objectName="muted", wordWrap=True)
        self.expected_text = QLabel(wordWrap=True)
        self.customer_reason = QLabel(wordWrap=True)
        self.customer_reason.setStyleSheet("font-weight: 600;")
        self.customer_comment = QLabel(wordWrap=True)
        self.customer_comment.setStyleSheet("font-style: italic;")
        self.found_label = QLabel(wordWrap=True)
        self.found_label.setStyleSheet("color: #7a1717; font-weight: 600;")
        card_layout = QVBoxLayout(card)
        for widget in (
            self.unit_heading,
            self.expected_name,
            self.expected_sku,
            self.expected_text,
            self.customer_reason,
            self.customer_comment,
            self.found_label,
        ):
            card_layout.addWidget(widget)
        card_layout.addStretch()

        self.progress = QProgressBar(textVisible=False)
        self.progress.setFixedHeight(12)
        self.progress_text = QLabel(objectName="muted")
        self.back_button = QPushButton(self.tr("Back"))
        make_touchable(self.back_button, height=72, width=240)
        self.back_button.clicked.connect(self.go_back)

        self.unit_steps = QStackedWidget()
        self.item_step = QWidget()
        self.item_prompt = QLabel(objectName="question", wordWrap=True)
        self.item_entry = QLineEdit()
        self.item_entry.setPlaceholderText(self.tr("Item barcode or serial"))
        make_touchable(self.item_entry)
        self.item_entry.returnPressed.connect(self._on_item_entry_return_pressed)
        self.item_matches = QPushButton(
            self.tr("Item matches (checked by eye)"), objectName="answer"
        )
        self.item_continue = QPushButton(self.tr("Continue with this item"), objectName="primary")
        make_touchable(self.item_matches, height=88, width=320)
        make_touchable(self.item_continue, height=88, width=320)
        self.item_matches.clicked.connect(self._on_item_matches_clicked)
        self.item_continue.clicked.connect(self._on_item_continue_clicked)
        item_layout = QVBoxLayout(self.item_step)
        item_layout.addWidget(self.item_prompt)
        item_layout.addWidget(self.item_entry)
        item_layout.addStretch()  # the big button sits where the answers do
        item_layout.addWidget(self.item_matches)
        item_layout.addWidget(self.item_continue)
        self.question_view = QuestionView()
        self.question_view.answered.connect(self._on_question_view_answered)
        self.question_view.photo_wanted.connect(self._on_question_view_photo_wanted)
        self.decision_view = DecisionView()
        self.decision_view.accepted.connect(self._on_decision_view_accepted)
        self.decision_view.overridden.connect(self._on_decision_view_overridden)
        for widget in (self.item_step, self.question_view, self.decision_view):
            self.unit_steps.addWidget(widget)
        self.unit_steps.installEventFilter(_Swipe(self.unit_steps, self.go_back))
        for widget in (self.question_view, self.decision_view, self.item_step):
            widget.installEventFilter(_Swipe(widget, self.go_back))

        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.unit_steps, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.back_button)
        foot.addStretch()
        foot.addWidget(self.question_view.next_button)
        # The decision's buttons sit in the same row, under the thumb.
        foot.addWidget(self.decision_view.override_button)
        foot.addWidget(self.decision_view.accept_button)
        right.addLayout(foot)
        layout = QHBoxLayout(page)
        layout.addWidget(card)
        layout.addLayout(right, 1)
        self.steps.addWidget(page)
        self.unit_step = page

    def _build_put_away(self) -> None:
        page = QWidget()
        self.put_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.put_title.setMinimumHeight(140)
        self.put_hint = QLabel(
            self.tr("Put the unit in this bin, then scan the bin's label."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.put_hint.setStyleSheet("font-size: 20px;")
        self.put_entry = QLineEdit()
        self.put_entry.setPlaceholderText(self.tr("Bin label"))
        make_touchable(self.put_entry)
        self.put_entry.returnPressed.connect(self._on_put_entry_return_pressed)
        self.cancel_tag = QPushButton(self.tr("Don't print this tag"))
        make_touchable(self.cancel_tag, height=72, width=240)
        self.cancel_tag.clicked.connect(self._on_cancel_tag_clicked)
        self.next_unit = QPushButton(self.tr("Back to the parcel"), objectName="primary")
        make_touchable(self.next_unit, height=72, width=280)
        self.next_unit.clicked.connect(self._on_next_unit_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(self.put_title)
        layout.addWidget(self.put_hint)
        layout.addWidget(self.put_entry)
        layout.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.cancel_tag)
        row.addStretch()
        row.addWidget(self.next_unit)
        layout.addLayout(row)
        self.steps.addWidget(page)
        self.put_away_step = page

    # -- plumbing -------------------------------------------------------------------------

    def say(self, text: str, tone: str = "info") -> None:
        background, colour = BANNER[tone]
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.setStyleSheet(
            f"background: {background}; color: {colour}; font-size: 18px; font-weight: 600;"
            " border-radius: 8px; padding: 8px 12px;"
        )

    def show_step(self, step: str) -> None:
        self.step = step
        # Buttons of other steps are hidden, not just covered: hidden widgets take no room,
        # and the window must fit a 1280-pixel bench screen whatever step was shown last.
        if not step.startswith("question:"):
            self.question_view.next_button.setVisible(False)
        self.decision_view.accept_button.setVisible(step == "decision")
        if step != "decision":
            self.decision_view.override_button.setVisible(False)
        if step == "start":
            self.steps.setCurrentWidget(self.start_step)
        elif step == "sheet":
            self.steps.setCurrentWidget(self.sheet_step)
        elif step == "put_away":
            self.steps.setCurrentWidget(self.put_away_step)
        else:
            self.steps.setCurrentWidget(self.unit_step)
            if step == "item":
                self.unit_steps.setCurrentWidget(self.item_step)
            elif step == "decision":
                self.unit_steps.setCurrentWidget(self.decision_view)
            else:
                self.unit_steps.setCurrentWidget(self.question_view)
        self.step_shown.emit(step)

    def _call(
        self, work: Callable[[], Any], done: Callable[[Any], None], wait_turn: bool = False
    ) -> None:
        """Run a service call off the UI thread; no taps count until it is back. A call that
        must not be lost (a scan) waits its turn instead."""
        if self.busy:
            if wait_turn:
                self._waiting = (work, done)
            return
        self.busy = True
        self.steps.setEnabled(False)

        def succeeded(result: Any) -> None:
            self._idle()
            done(result)

        self.background.run(work, succeeded, self._on_call_failed)

    def _idle(self) -> None:
        self.busy = False
        self.steps.setEnabled(True)
        if self._waiting_scan is not None:
            code, self._waiting_scan = self._waiting_scan, None
            QTimer.singleShot(0, lambda: self.scan(code))
        elif self._waiting is not None:
            work, done = self._waiting
            self._waiting = None
            QTimer.singleShot(0, lambda: self._call(work, done, wait_turn=True))

    def _on_call_failed(self, exc: BaseException) -> None:
        self._idle()
        self.sounds.play("bad")
        self.say(describe(exc), "bad")

    # -- opening an RMA ---------------------------------------------------------------------

    def open_code(self, code: str) -> None:
        """Open the parcel sheet of the RMA a scanned or typed code names."""
        code = code.strip()
        if not code:
            return
        actor = self.who()
        warehouse = self.warehouse
        self._call(lambda: grading.open_rma(warehouse, actor, code), self._show_sheet, True)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_code(self.entry.text())
        self.entry.clear()

    def _show_sheet(self, sheet: ParcelSheet) -> None:
        self.sheet = sheet
        self.draft = None
        done, expected = sheet.counts()
        self.sheet_title.setText(sheet.rma_number)
        self.sheet_info.setText(
            self.tr(
                "Order {order} · {channel} · {done} of {expected} unit(s) accounted for"
            ).format(
                order=sheet.order_number,
                channel=words.channel(sheet.channel),
                done=done,
                expected=expected,
            )
        )
        self.pieces.clear()
        for piece in sheet.pieces:
            self.pieces.addItem(self._piece_item(piece))
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
        if sheet.complete:
            self.say(
                self.tr("RMA {rma} is complete: every unit is accounted for.").format(
                    rma=sheet.rma_number
                ),
                "good",
            )
        elif self.step in ("start", "put_away") and not self.banner.text():
            self.say("")
        self.show_step("sheet")

    def _piece_item(self, piece: Piece) -> QListWidgetItem:
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
        if piece.line_id is not None:
            text += f" · {words.reason(piece.reason)}"
        return QListWidgetItem(text)

    def refresh_sheet(self) -> None:
        if self.sheet is None:
            self.show_step("start")
            return
        number = self.sheet.rma_number
        warehouse = self.warehouse
        self._call(lambda: grading.parcel_sheet(warehouse, number), self._show_sheet)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.sheet = None
        self.say("")
        self.show_step("start")

    # -- a unit -------------------------------------------------------------------------------

    @Slot()
    def _on_grade_next_clicked(self) -> None:
        piece = self.sheet.next_pending() if self.sheet else None
        if piece is None or piece.line_id is None or piece.slot is None:
            return
        actor, warehouse = self.who(), self.warehouse
        line_id, slot = piece.line_id, piece.slot
        self.say("")
        self._call(lambda: grading.start_unit(warehouse, actor, line_id, slot), self.show_draft)

    @Slot()
    def _on_unexpected_button_clicked(self) -> None:
        if self.sheet is None:
            return
        actor, warehouse, number = self.who(), self.warehouse, self.sheet.rma_number
        self.say(self.tr("Scan the item's barcode, or grade it as an unidentified item."), "look")
        self._call(
            lambda: grading.start_unexpected(warehouse, actor, number, None), self.show_draft
        )

    @Slot()
    def _on_missing_button_clicked(self) -> None:
        if self.sheet is None:
            return
        actor, warehouse, number = self.who(), self.warehouse, self.sheet.rma_number

        def done(count: int) -> None:
            self.sounds.play("look")
            self.say(self.tr("%n unit(s) recorded as missing from the parcel.", "", count), "look")
            self.refresh_sheet()

        self._call(lambda: grading.mark_missing(warehouse, actor, number), done)

    def show_draft(self, draft: UnitDraft) -> None:
        """Show a unit where its grader is: the item check, a question, or the decision."""
        self.draft = draft
        expected = draft.expected
        if expected is not None:
            self.unit_heading.setText(
                self.tr("{rma} · unit {slot}").format(rma=draft.rma_number, slot=expected.slot)
                + f" · {draft.unit_code}"
            )
            self.expected_name.setText(expected.product_name)
            self.expected_sku.setText(expected.sku)
            self.expected_text.setText(expected.description)
            self.customer_reason.setText(
                self.tr("Customer's reason: {reason}").format(reason=words.reason(expected.reason))
            )
            self.customer_comment.setText(
                f"“{expected.customer_comment}”" if expected.customer_comment else ""
            )
        else:
            self.unit_heading.setText(f"{draft.rma_number} · {draft.unit_code}")
            self.expected_name.setText(self.tr("Not on the RMA"))
            self.expected_sku.setText("")
            self.expected_text.setText("")
            self.customer_reason.setText("")
            self.customer_comment.setText("")
        if draft.item_state in ("wrong", "unexpected"):
            found = draft.found_name or self.tr("an item we do not know")
            self.found_label.setText(self.tr("Found: {item}").format(item=found))
        else:
            self.found_label.setText("")
        if draft.item_state == "unconfirmed":
            self._show_item_step()
            return
        question = draft.current()
        if question is None:
            self._show_decision()
        else:
            self._show_question(question.id)

    def _show_item_step(self) -> None:
        draft = self.draft
        assert draft is not None
        wrong = draft.item_state == "wrong"
        self.item_prompt.setText(
            self.tr("Not the expected item. Scan what was found, or continue with it.")
            if wrong
            else self.tr("Scan the item's barcode (UPC/EAN) or serial number.")
        )
        self.item_matches.setVisible(not wrong)
        self.item_continue.setVisible(wrong)
        self.show_step("item")
        self._set_progress(0)

    def _set_progress(self, at: int) -> None:
        draft = self.draft
        total = len(draft.may_be_asked()) if draft else 0
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(at)
        self.progress_text.setText(
            self.tr("Question {at} of {total}").format(at=at, total=total)
            if at
            else self.tr("Check the item")
        )
        self.back_button.setText(
            self.tr("Back to the parcel") if self.step == "item" else self.tr("Back")
        )

    def _show_question(self, question_id: str) -> None:
        draft = self.draft
        assert draft is not None
        asked = draft.asked()
        index = next(i for i, q in enumerate(asked) if q.id == question_id)
        question = asked[index]
        options = [(k, self._option_text(question, k)) for k in draft.options(question)]
        self._question_id = question.id
        self.question_view.show_question(
            question,
            options,
            current=draft.answers.get(question.id),
            photos=int(draft.answers.get(question.id, 0) or 0) if question.kind == "photo" else 0,
        )
        self.show_step(f"question:{question.id}")
        self._set_progress(index + 1)
        self.back_button.setEnabled(True)

    def _option_text(self, question, key: str) -> Any:
        draft = self.draft
        assert draft is not None
        if question.options_from == "accessories" and draft.checklist.accessories:
            return draft.checklist.accessories.text_of(key)
        return dict(question.options)[key]

    def _show_decision(self) -> None:
        draft = self.draft
        assert draft is not None
        actor = self.who()
        self.decision_view.show_decision(
            draft.decision(), actor is not None and actor.may(Action.OVERRIDE)
        )
        total = len(draft.asked())
        self.show_step("decision")
        self._set_progress(total)
        self.progress_text.setText(self.tr("Decision"))
        self.back_button.setEnabled(True)

    # -- the grader's taps ------------------------------------------------------------------

    @Slot()
    def _on_item_matches_clicked(self) -> None:
        self._confirm_item(None)

    @Slot()
    def _on_item_entry_return_pressed(self) -> None:
        code = self.item_entry.text().strip()
        self.item_entry.clear()
        if code:
            self._confirm_item(code)

    @Slot()
    def _on_item_continue_clicked(self) -> None:
        draft = self.draft
        if draft is None:
            return
        question = draft.current()
        if question is None:
            self._show_decision()
        else:
            self._show_question(question.id)

    def _confirm_item(self, code: str | None) -> None:
        draft = self.draft
        if draft is None:
            return
        actor, warehouse, unit_id = self.who(), self.warehouse, draft.unit_id

        def done(new: UnitDraft) -> None:
            self.draft = new
            if new.item_state == "wrong":
                self.sounds.play("bad")
                self.say(self.tr("Wrong item: this is not what the customer bought."), "bad")
                self.show_draft(new)
                self._show_item_step()
            else:
                self.sounds.play("good")
                self.say("")
                self.show_draft(new)

        self._call(lambda: grading.confirm_item(warehouse, actor, unit_id, code), done)

    @Slot(object)
    def _on_question_view_answered(self, value: Any) -> None:
        draft, question_id = self.draft, self._question_id
        if draft is None or question_id is None:
            return
        actor, warehouse, unit_id = self.who(), self.warehouse, draft.unit_id

        def done(new: UnitDraft) -> None:
            self.say("")  # a resume or wrong-item note has been read by now
            self.show_draft(new)

        self._call(lambda: grading.answer(warehouse, actor, unit_id, question_id, value), done)

    @Slot()
    def _on_question_view_photo_wanted(self) -> None:
        draft, question_id = self.draft, self._question_id
        if draft is None or question_id is None:
            return
        jpeg = self.snapshot() if self.snapshot else None
        if jpeg is None:
            self.sounds.play("bad")
            self.say(self.tr("No picture from the camera: check the camera in Settings."), "bad")
            return
        actor, warehouse, unit_id = self.who(), self.warehouse, draft.unit_id

        def done(new: UnitDraft) -> None:
            self.draft = new
            self.sounds.play("good")
            self.say("")
            self.question_view.set_photo_count(int(new.answers.get(question_id, 0)))

        self._call(lambda: grading.take_photo(warehouse, actor, unit_id, question_id, jpeg), done)

    @Slot()
    def go_back(self) -> None:
        """One step back: the previous question (its answer kept), or the item check."""
        draft = self.draft
        if draft is None or self.busy or self.step in ("start", "sheet", "put_away"):
            return
        if self.step == "item":  # the draft stays; the parcel's list shows it being graded
            self.draft = None
            self.refresh_sheet()
            return
        asked = draft.asked()
        if self.step == "decision":
            target = asked[-1].id if asked else None
        else:
            ids = [q.id for q in asked]
            at = ids.index(self._question_id) if self._question_id in ids else 0
            target = ids[at - 1] if at > 0 else None
        if target is None:
            self._show_item_step()
            return
        self._show_question(target)
        actor, warehouse, unit_id = self.who(), self.warehouse, draft.unit_id
        self._call(lambda: grading.go_to(warehouse, actor, unit_id, target), lambda _r: None)

    @Slot()
    def _on_decision_view_accepted(self) -> None:
        self._commit(None)

    @Slot(str, str)
    def _on_decision_view_overridden(self, disposition: str, reason: str) -> None:
        self._commit(Override(disposition, reason))

    def _commit(self, override: Override | None) -> None:
        draft = self.draft
        if draft is None:
            return
        actor, warehouse, unit_id = self.who(), self.warehouse, draft.unit_id
        printer = self.printer()

        def done(committed: Committed) -> None:
            self.committed = committed
            if committed.print_job is not None:
                self.tag_queued.emit()
            self.draft = None
            self.sounds.play("good")
            self.put_title.setText(
                self.tr("{disposition} → bin {bin}").format(
                    disposition=words.disposition(committed.disposition), bin=committed.bin_code
                )
            )
            colour = DecisionView.colour_of(committed.disposition)
            self.put_title.setStyleSheet(
                f"background: {colour}; color: white; font-size: 40px; font-weight: 700;"
                " border-radius: 10px;"
            )
            note = self.tr("Unit {unit} committed.").format(unit=committed.unit_code)
            if committed.print_job is None:
                note += " " + self.tr("No printer is set: write the bin on the unit.")
            if committed.rma_complete:
                note += " " + self.tr("The RMA is complete.")
            self.say(note, "good")
            self.unit_committed.emit(committed)
            self.cancel_tag.setVisible(committed.print_job is not None)
            self.show_step("put_away")

        self._call(
            lambda: grading.commit(warehouse, actor, unit_id, override, printer=printer), done
        )

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
            self.cancel_tag.setVisible(False)  # out of the queue: nothing left to cancel
        bad = (
            report.state.value not in ("ready", "unknown")
            or report.outcome == "failed"
            or report.stranded > 0
        )
        self.printer_label.setText(text)
        self.printer_label.setStyleSheet(
            "color: #7a1717; font-weight: 700; font-size: 18px;" if bad else ""
        )

    @Slot()
    def _on_cancel_tag_clicked(self) -> None:
        job = self.committed.print_job if self.committed else None
        if job is None:
            return
        actor, warehouse = self.who(), self.warehouse

        def done(_result: object) -> None:
            self.cancel_tag.setVisible(False)
            self.say(self.tr("The tag will not be printed."), "look")

        self._call(lambda: print_queue.cancel(warehouse, actor, job), done)

    @Slot(int)
    def _on_pieces_current_row_changed(self, row: int) -> None:
        piece = self.sheet.pieces[row] if self.sheet and 0 <= row < len(self.sheet.pieces) else None
        self.reprint_button.setEnabled(
            piece is not None
            and piece.status in ("DECIDED", "PUT_AWAY")
            and self.printer() is not None
        )

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        row = self.pieces.currentRow()
        printer = self.printer()
        if self.sheet is None or printer is None or not 0 <= row < len(self.sheet.pieces):
            return
        unit_code = self.sheet.pieces[row].unit_code
        if unit_code is None:
            return
        actor, warehouse = self.who(), self.warehouse

        def done(_job: int) -> None:
            self.tag_queued.emit()
            self.say(self.tr("The tag of {unit} is printing again.").format(unit=unit_code), "good")

        self._call(
            lambda: print_queue.print_tag(warehouse, actor, unit_code, printer[0], printer[1]), done
        )

    # -- put-away -----------------------------------------------------------------------------

    @Slot()
    def _on_put_entry_return_pressed(self) -> None:
        code = self.put_entry.text().strip()
        self.put_entry.clear()
        if code:
            self.confirm_bin(code)

    def confirm_bin(self, code: str) -> None:
        committed = self.committed
        if committed is None:
            return
        actor, warehouse = self.who(), self.warehouse

        def done(bin_code: str) -> None:
            self.sounds.play("good")
            self.say(
                self.tr("Unit {unit} is in bin {bin}.").format(
                    unit=committed.unit_code, bin=bin_code
                ),
                "good",
            )
            self.committed = None
            self.refresh_sheet()

        def failed(exc: BaseException) -> None:
            self._idle()
            self.sounds.play("bad")
            if isinstance(exc, WrongBin):
                self.say(
                    self.tr("Wrong bin: {scanned}. This unit goes in {bin}.").format(
                        scanned=exc.scanned, bin=exc.expected
                    ),
                    "bad",
                )
            else:
                self.say(describe(exc), "bad")

        if self.busy:
            return
        self.busy = True
        self.steps.setEnabled(False)
        self.background.run(
            lambda: put_away(warehouse, actor, committed.unit_code, code),
            lambda result: (self._idle(), done(result)),
            failed,
        )

    @Slot()
    def _on_next_unit_clicked(self) -> None:
        self.committed = None
        self.refresh_sheet()

    # -- scans and restarts -------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """A scan while this page is shown: what it means depends on the step. A scan that
        comes while the page is busy is handled when it is done, not dropped."""
        if self.busy:
            self._waiting_scan = code
            return
        if self.step == "item":
            self._confirm_item(code)
        elif self.step == "put_away":
            self.confirm_bin(code)
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
                self.show_draft(draft)

            self._call(lambda: grading.parcel_sheet(warehouse, number), with_sheet)

        self._call(lambda: grading.draft_at_station(warehouse, station_id), found)


class _Swipe(QObject):
    """A finger swiped left to right over the step area means Back."""

    def __init__(self, parent: QObject, back: Callable[[], None]) -> None:
        super().__init__(parent)
        self.back = back
        self.start: QPoint | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.start = event.position().toPoint()
        elif (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self.start is not None
        ):
            moved = event.position().toPoint() - self.start
            self.start = None
            if moved.x() > SWIPE_PX and abs(moved.y()) < moved.x() / 2:
                self.back()
                return True
        return False
