"""The card beside a unit's steps: the expected item and the customer's words, in view from the
item check to the decision, and what was found when it is not the expected item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.grading.units import UnitDraft
from ui.common import words


class UnitCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # A QWidget subclass paints its style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(330)
        self.setStyleSheet("QWidget#card { background: white; border-radius: 10px; }")
        self.heading = QLabel(objectName="muted", wordWrap=True)
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
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.expected_name,
            self.expected_sku,
            self.expected_text,
            self.customer_reason,
            self.customer_comment,
            self.found_label,
        ):
            layout.addWidget(widget)
        layout.addStretch()

    def show_draft(self, draft: UnitDraft) -> None:
        expected = draft.expected
        if expected is not None:
            self.heading.setText(
                self.tr("{rma} · unit {number} of {pieces}").format(
                    rma=draft.rma_number, number=draft.number, pieces=draft.pieces
                )
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
            self.heading.setText(f"{draft.rma_number} · {draft.unit_code}")
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
