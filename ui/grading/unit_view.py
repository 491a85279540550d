"""A unit being graded: its card beside its steps (the item check, the questions one at a
time, the decision), Back under them and a swipe that does the same. Each answer is stored as
it is given; the decision is committed from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.core.station_journal import OUTAGES
from inspector.grading import answering, committing, offline_answers
from inspector.grading.committing import Override
from inspector.grading.units import UnitDraft
from inspector.people.roles import Action
from inspector.receiving.photos import picture_from_file
from ui.common.touch import make_touchable
from ui.grading.decision_view import DecisionView
from ui.grading.item_check_view import ItemCheckView
from ui.grading.question_view import QuestionView
from ui.grading.unit_card import UnitCard

if TYPE_CHECKING:
    from ui.grading.inspect_page import InspectPage

SWIPE_PX = 120


class UnitView(QWidget):
    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self._question_id: str | None = None
        self.card = UnitCard()  # the expected item and the customer's words, the whole time
        self.progress = QProgressBar(textVisible=False)
        self.progress.setFixedHeight(12)
        self.progress_text = QLabel(objectName="muted")
        self.back_button = QPushButton(self.tr("Back"))
        make_touchable(self.back_button, height=72, width=240)
        self.back_button.clicked.connect(self.go_back)

        self.steps = QStackedWidget()
        self.item_view = ItemCheckView(page)
        self.question_view = QuestionView()
        self.question_view.answered.connect(self._on_question_view_answered)
        self.question_view.photo_wanted.connect(self._on_question_view_photo_wanted)
        self.question_view.picture_file_wanted.connect(self._on_question_view_picture_file_wanted)
        self.question_view.photo_skipped.connect(self._on_question_view_photo_skipped)
        self.decision_view = DecisionView()
        self.decision_view.accepted.connect(self._on_decision_view_accepted)
        self.decision_view.overridden.connect(self._on_decision_view_overridden)
        for widget in (self.item_view, self.question_view, self.decision_view):
            self.steps.addWidget(widget)
        self.steps.installEventFilter(_Swipe(self.steps, self.go_back))
        for widget in (self.question_view, self.decision_view, self.item_view):
            widget.installEventFilter(_Swipe(widget, self.go_back))

        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.steps, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.back_button)
        foot.addStretch()
        foot.addWidget(self.question_view.next_button)
        # The decision's buttons sit in the same row, under the thumb.
        foot.addWidget(self.decision_view.override_button)
        foot.addWidget(self.decision_view.accept_button)
        right.addLayout(foot)
        layout = QHBoxLayout(self)
        layout.addWidget(self.card)
        layout.addLayout(right, 1)

    def show_step(self, step: str) -> None:
        """Bring up one of the unit's steps; the buttons of the others are hidden, not just
        covered: hidden widgets take no room, and the window must fit a 1280-pixel bench
        screen whatever step was shown last."""
        if not step.startswith("question:"):
            self.question_view.next_button.setVisible(False)
        self.decision_view.accept_button.setVisible(step == "decision")
        if step != "decision":
            self.decision_view.override_button.setVisible(False)
        if step == "item":
            self.steps.setCurrentWidget(self.item_view)
        elif step == "decision":
            self.steps.setCurrentWidget(self.decision_view)
        elif step.startswith("question:"):
            self.steps.setCurrentWidget(self.question_view)

    def show_draft(self, draft: UnitDraft) -> None:
        """Show a unit where its grader is: the item check, a question, or the decision."""
        self.page.draft = draft
        self.card.show_draft(draft)
        if draft.item_state == "unconfirmed":
            self.show_item_step()
            return
        question = draft.current()
        if question is None:
            self.show_decision()
        else:
            self.show_question(question.id)

    def show_item_step(self) -> None:
        draft = self.page.draft
        assert draft is not None
        self.item_view.show_item(draft.item_state == "wrong")
        self.page.show_step("item")
        self._set_progress(0)

    def _set_progress(self, at: int) -> None:
        draft = self.page.draft
        least, most = draft.question_count() if draft else (0, 0)
        self.progress.setRange(0, max(most, 1))
        self.progress.setValue(at)
        if not at:
            self.progress_text.setText(self.tr("Check the item"))
        elif least == most:
            self.progress_text.setText(
                self.tr("Question {at} of {total}").format(at=at, total=most)
            )
        else:  # later answers decide how many: say both ends, so the count never jumps
            self.progress_text.setText(
                self.tr("Question {at} of {least}–{most}").format(at=at, least=least, most=most)
            )
        self.back_button.setText(
            self.tr("Back to the parcel") if self.page.step == "item" else self.tr("Back")
        )

    def show_question(self, question_id: str) -> None:
        draft = self.page.draft
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
        if question.kind == "photo":
            self.question_view.offer_without_camera(not self.page.has_camera())
        for asked_for, path in draft.photos:  # after Back or a restart: the photos kept
            if asked_for == question.id:
                self.question_view.add_thumbnail(path)
        self.page.show_step(f"question:{question.id}")
        self._set_progress(index + 1)
        self.back_button.setEnabled(True)

    def _option_text(self, question, key: str) -> Any:
        draft = self.page.draft
        assert draft is not None
        if question.options_from == "accessories" and draft.checklist.accessories:
            return draft.checklist.accessories.text_of(key)
        return dict(question.options)[key]

    def show_decision(self) -> None:
        draft = self.page.draft
        assert draft is not None
        actor = self.page.who()
        self.decision_view.show_decision(
            draft.decision(), actor is not None and actor.may(Action.OVERRIDE)
        )
        total = len(draft.asked())
        self.page.show_step("decision")
        self._set_progress(total)
        self.progress_text.setText(self.tr("Decision"))
        self.back_button.setEnabled(True)

    # -- the grader's taps ------------------------------------------------------------------

    @Slot(object)
    def _on_question_view_answered(self, value: Any) -> None:
        page = self.page
        draft, question_id = page.draft, self._question_id
        if draft is None or question_id is None:
            return
        actor, warehouse, journal = page.who(), page.warehouse, page.journal

        def done(result: tuple[UnitDraft, bool]) -> None:
            new, kept = result
            self.show_draft(new)
            if kept:  # the database is out: the answer is safe on this station
                page.sounds.play("offline")
                page.say_answers_kept(new.current() is None)
                page.answers_kept()
            else:
                page.say("")  # a resume or wrong-item note has been read by now

        page.call(
            lambda: offline_answers.answer_or_keep(
                warehouse, journal, actor, draft, question_id, value
            ),
            done,
        )

    @Slot()
    def _on_question_view_photo_wanted(self) -> None:
        page = self.page
        draft, question_id = page.draft, self._question_id
        if draft is None or question_id is None:
            return
        jpeg = page.snapshot() if page.snapshot else None
        if jpeg is None:
            page.sounds.play("bad")
            page.say(
                self.tr(
                    "No picture from the camera: choose a picture file, or go on without a"
                    " photo (a supervisor will see that it was skipped)."
                ),
                "bad",
            )
            self.question_view.offer_without_camera(True)
            return
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id
        page.call(
            lambda: answering.take_photo(warehouse, actor, unit_id, question_id, jpeg),
            lambda new: self._photo_kept(new, question_id, jpeg),
        )

    def _photo_kept(self, new: UnitDraft, question_id: str, jpeg: bytes) -> None:
        page = self.page
        page.draft = new
        page.sounds.play("good")
        page.say("")
        self.question_view.set_photo_count(int(new.answers.get(question_id, 0)))
        self.question_view.add_thumbnail(jpeg)

    @Slot()
    def _on_question_view_picture_file_wanted(self) -> None:
        page = self.page
        draft, question_id = page.draft, self._question_id
        if draft is None or question_id is None:
            return
        chosen = page.choose_picture()
        if not chosen:
            return
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id
        kept: dict[str, bytes] = {}

        def work() -> UnitDraft:
            kept["jpeg"] = picture_from_file(Path(chosen))  # it must decode as a picture
            return answering.take_photo(
                warehouse, actor, unit_id, question_id, kept["jpeg"], source="file"
            )

        page.call(work, lambda new: self._photo_kept(new, question_id, kept["jpeg"]))

    @Slot()
    def _on_question_view_photo_skipped(self) -> None:
        page = self.page
        draft, question_id = page.draft, self._question_id
        if draft is None or question_id is None:
            return
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id

        def done(new: UnitDraft) -> None:
            page.sounds.play("look")
            page.say(self.tr("Photo skipped: a supervisor will review this unit."), "look")
            self.show_draft(new)

        page.call(lambda: answering.skip_photo(warehouse, actor, unit_id, question_id), done)

    @Slot()
    def go_back(self) -> None:
        """One step back: the previous question (its answer kept), or the item check."""
        page = self.page
        draft = page.draft
        if draft is None or page.busy or page.step in ("start", "sheet", "put_away"):
            return
        if page.step == "item":  # the draft stays; the parcel's list shows it being graded
            page.draft = None
            page.refresh_sheet()
            return
        asked = draft.asked()
        if page.step == "decision":
            target = asked[-1].id if asked else None
        else:
            ids = [q.id for q in asked]
            at = ids.index(self._question_id) if self._question_id in ids else 0
            target = ids[at - 1] if at > 0 else None
        if target is None:
            self.show_item_step()
            return
        self.show_question(target)
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id
        page.call(
            lambda: answering.go_to(warehouse, actor, unit_id, target),
            lambda _r: None,
            # Where the grader is matters only for a restart: an outage need not stop Back.
            failed=lambda exc: None if isinstance(exc, OUTAGES) else page.say_problem(exc),
        )

    @Slot()
    def _on_decision_view_accepted(self) -> None:
        self._commit(None)

    @Slot(str, str)
    def _on_decision_view_overridden(self, disposition: str, reason: str) -> None:
        self._commit(Override(disposition, reason))

    def _commit(self, override: Override | None) -> None:
        page = self.page
        draft = page.draft
        if draft is None:
            return
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id
        printer = page.printer()
        journal = page.journal

        def work() -> committing.Committed:
            # The answers kept during an outage are written first: a decision never rests on
            # answers the database has not got.
            offline_answers.ready_to_decide(warehouse, journal, unit_id)
            return committing.commit(warehouse, actor, unit_id, override, printer=printer)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, offline_answers.DecisionWaits):
                page.sounds.play("look")
                page.say_answers_kept(True)
                page.answers_kept()
            elif isinstance(exc, OUTAGES):
                page.sounds.play("look")
                page.say(
                    self.tr(
                        "The decision waits for the database: it cannot be reached, and "
                        "nothing was committed. Tap again when it is back."
                    ),
                    "look",
                )
            else:
                page.say_problem(exc)

        page.call(work, page.show_committed, failed=failed)


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
