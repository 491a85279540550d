"""One checklist question on the touchscreen: big answer buttons, nothing that needs hover.
Yes/no and one-of-several answer with one tap; several, number and photo end with Next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.grading.checklists import Question, Text
from ui.common import words
from ui.common.touch import make_touchable
from ui.common.wrapping_button import WrappingButton

ANSWER_PX = 88  # answers are the main targets of the page: well above 9 mm
THUMBNAIL_PX = 120


class QuestionView(QWidget):
    answered = Signal(object)  # the answer, in the form the service stores
    photo_wanted = Signal()
    picture_file_wanted = Signal()  # no camera: a picture from a file instead
    photo_skipped = Signal()  # no camera: go on without it (flagged for a supervisor)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask = QLabel(objectName="question")
        self.ask.setWordWrap(True)
        self.help = QLabel(objectName="muted")
        self.help.setWordWrap(True)
        self.answers = QWidget()
        self.answers_layout = QGridLayout(self.answers)
        self.answers_layout.setSpacing(14)
        self.next_button = QPushButton(self.tr("Next"), objectName="primary")
        self.next_button.setObjectName("primary")
        make_touchable(self.next_button, height=ANSWER_PX, width=220)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.note = QLabel(objectName="muted")
        # The photos taken for a photo question, small, so the grader sees what was kept.
        self.thumbnails = QWidget()
        self.thumbnails_layout = QHBoxLayout(self.thumbnails)
        self.thumbnails_layout.setContentsMargins(0, 0, 0, 0)
        self.thumbnails_layout.addStretch()
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)  # Next itself sits in the page's bottom row, by Back
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.ask)
        layout.addWidget(self.help)
        layout.addStretch()  # the answers sit low, under the thumb, in the same place each time
        layout.addWidget(self.answers)
        layout.addWidget(self.thumbnails)
        layout.addLayout(footer)
        self.question: Question | None = None
        self.buttons: dict[Any, QPushButton] = {}
        self._value: Any = None

    def show_question(
        self,
        question: Question,
        options: list[tuple[str, Text]],
        current: Any = None,
        photos: int = 0,
    ) -> None:
        """Lay out a question; `current` is its answer so far (after Back), if any."""
        self.question = question
        self.ask.setText(words.from_file(question.ask))
        self.help.setText(words.from_file(question.help) if question.help else "")
        self.help.setVisible(question.help is not None)
        while self.answers_layout.count():
            item = self.answers_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        self.note.setText("")
        self.clear_thumbnails()
        kind = question.kind
        if kind == "yes_no":
            for column, (value, text) in enumerate(
                ((True, self.tr("Yes")), (False, self.tr("No")))
            ):
                self._answer_button(value, text, 0, column, checked=current is value)
        elif kind == "one":
            for i, (key, text) in enumerate(options):
                self._answer_button(
                    key, words.from_file(text), i // 2, i % 2, checked=current == key
                )
        elif kind == "several":
            chosen = set(current or [])
            for i, (key, text) in enumerate(options):
                button = self._answer_button(key, words.from_file(text), i // 2, i % 2, toggle=True)
                button.setChecked(key in chosen)
            self.note.setText(self.tr("Tap each one that is there, then Next."))
        elif kind == "number":
            self._value = current if current is not None else (question.minimum or 0)
            self._number_row()
        elif kind == "photo":
            take = self._answer_button("photo", self.tr("Take photo"), 0, 0, act=False)
            take.clicked.connect(self.photo_wanted)
            chosen = self._answer_button("file", self.tr("Choose a picture file"), 0, 1, act=False)
            chosen.clicked.connect(self.picture_file_wanted)
            skip = self._answer_button("skip", self.tr("No camera: skip photo"), 1, 0, act=False)
            skip.clicked.connect(self.photo_skipped)
            self.set_photo_count(photos)
            self.offer_without_camera(False)
        self.next_button.setVisible(kind in ("several", "number", "photo"))

    def _answer_button(
        self,
        value: Any,
        text: str,
        row: int,
        column: int,
        checked: bool = False,
        toggle: bool = False,
        act: bool = True,
    ) -> QPushButton:
        button = WrappingButton(text, objectName="answer")  # a long answer takes two lines
        button.setProperty("answer", str(value))
        button.setCheckable(toggle or checked)
        button.setChecked(checked)
        make_touchable(button, height=ANSWER_PX, width=240)
        if act and not toggle:
            button.clicked.connect(lambda _c=False, v=value: self.answered.emit(v))
        self.answers_layout.addWidget(button, row, column)
        button.show()  # at once: a layout would only show it at the next turn of the loop
        self.buttons[value] = button
        return button

    def _number_row(self) -> None:
        q = self.question
        assert q is not None
        minus = QPushButton("−", objectName="answer")
        plus = QPushButton("+", objectName="answer")
        self.value_label = QLabel(objectName="title", alignment=Qt.AlignmentFlag.AlignCenter)
        for column, widget in enumerate((minus, self.value_label, plus)):
            make_touchable(widget, height=ANSWER_PX, width=120)
            self.answers_layout.addWidget(widget, 0, column)
            widget.show()
        minus.clicked.connect(lambda: self._step(-1))
        plus.clicked.connect(lambda: self._step(+1))
        self.buttons = {"-": minus, "+": plus}
        self._step(0)

    def _step(self, by: int) -> None:
        q = self.question
        assert q is not None
        value = self._value + by
        if q.minimum is not None:
            value = max(value, q.minimum)
        if q.maximum is not None:
            value = min(value, q.maximum)
        self._value = int(value) if float(value).is_integer() else value
        self.value_label.setText(str(self._value))

    def offer_without_camera(self, offered: bool) -> None:
        """No camera at the bench: a picture file, or going on without the photo."""
        for key in ("file", "skip"):
            if key in self.buttons:
                self.buttons[key].setVisible(offered)

    def clear_thumbnails(self) -> None:
        while self.thumbnails_layout.count() > 1:  # the stretch at the end stays
            item = self.thumbnails_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.thumbnails.setVisible(False)

    def add_thumbnail(self, picture: bytes | str) -> bool:
        """Show a photo taken (its JPEG, or the file it was kept in); False if it cannot be
        read (a file kept at another station)."""
        image = QPixmap()
        if isinstance(picture, bytes):
            image.loadFromData(picture)
        else:
            image.load(picture)
        if image.isNull():
            return False
        thumbnail = QLabel(objectName="thumbnail")
        thumbnail.setPixmap(
            image.scaled(
                THUMBNAIL_PX,
                THUMBNAIL_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        thumbnail.setStyleSheet("border: 2px solid #c3c8d0; border-radius: 4px;")
        self.thumbnails_layout.insertWidget(self.thumbnails_layout.count() - 1, thumbnail)
        self.thumbnails.setVisible(True)
        return True

    def thumbnail_count(self) -> int:
        return self.thumbnails_layout.count() - 1

    def set_photo_count(self, count: int) -> None:
        q = self.question
        self._value = count
        self.note.setText(self.tr("%n photo(s) taken.", "", count))
        self.next_button.setEnabled(count > 0 or (q is not None and not q.required))

    @Slot()
    def _on_next_button_clicked(self) -> None:
        q = self.question
        if q is None:
            return
        if q.kind == "several":
            self.answered.emit([k for k, b in self.buttons.items() if b.isChecked()])
        else:
            self.answered.emit(self._value)
