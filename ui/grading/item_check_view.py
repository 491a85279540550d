"""The item check, a unit's first step: scan the item (or confirm it by eye) to say it is what
the customer bought; a wrong item is said loudly and graded as what was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inspector.grading import answering
from inspector.grading.units import UnitDraft
from ui.common.touch import make_touchable

if TYPE_CHECKING:
    from ui.grading.inspect_page import InspectPage


class ItemCheckView(QWidget):
    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self.prompt = QLabel(objectName="question", wordWrap=True)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Item barcode or serial"))
        make_touchable(self.entry)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.matches = QPushButton(self.tr("Item matches (checked by eye)"), objectName="answer")
        self.continue_button = QPushButton(self.tr("Continue with this item"), objectName="primary")
        make_touchable(self.matches, height=88, width=320)
        make_touchable(self.continue_button, height=88, width=320)
        self.matches.clicked.connect(self._on_matches_clicked)
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        layout.addStretch()  # the big button sits where the answers do
        layout.addWidget(self.matches)
        layout.addWidget(self.continue_button)

    def show_item(self, wrong: bool) -> None:
        """Ask for the item; after a wrong one, offer to go on with what was found."""
        self.prompt.setText(
            self.tr("Not the expected item. Scan what was found, or continue with it.")
            if wrong
            else self.tr("Scan the item's barcode (UPC/EAN) or serial number.")
        )
        self.matches.setVisible(not wrong)
        self.continue_button.setVisible(wrong)

    @Slot()
    def _on_matches_clicked(self) -> None:
        self.confirm(None)

    @Slot()
    def _on_entry_return_pressed(self) -> None:
        code = self.entry.text().strip()
        self.entry.clear()
        if code:
            self.confirm(code)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        draft = self.page.draft
        if draft is None:
            return
        question = draft.current()
        if question is None:
            self.page.unit_view.show_decision()
        else:
            self.page.unit_view.show_question(question.id)

    def confirm(self, code: str | None) -> None:
        """The item as scanned (`code`) or as checked by eye (None)."""
        page = self.page
        draft = page.draft
        if draft is None:
            return
        actor, warehouse, unit_id = page.who(), page.warehouse, draft.unit_id

        def done(new: UnitDraft) -> None:
            page.draft = new
            if new.item_state == "wrong":
                page.sounds.play("bad")
                page.say(self.tr("Wrong item: this is not what the customer bought."), "bad")
                page.unit_view.show_draft(new)
                page.unit_view.show_item_step()
            else:
                page.sounds.play("good")
                page.say("")
                page.unit_view.show_draft(new)

        page.call(lambda: answering.confirm_item(warehouse, actor, unit_id, code), done)
