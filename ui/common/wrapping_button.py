"""A push button whose words wrap onto more lines instead of being cut: answers and reasons
are read at arm's length, and a cut word ("nor: loose thread, missing butt") reads as another."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
WIDEST_PX = 420  # past this a long answer wraps rather than pushing its neighbour away


class WrappingButton(QPushButton):
    """Draws its text centred and word-wrapped inside the style's content rectangle, and asks
    the layout for the height its lines need (never less than its touch size)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(text, parent, **kwargs)
        self.setProperty("wraps", True)  # how the label is laid out, for the tests that measure
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- geometry ---------------------------------------------------------------------------

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _margins(self) -> tuple[int, int]:
        """(horizontal, vertical) room the style keeps around the label: border and padding."""
        option = self._option()
        option.rect = QRect(0, 0, 1000, 1000)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return 1000 - inner.width(), 1000 - inner.height()

    def _text_height(self, width: int) -> int:
        lines = QFontMetrics(self.font()).boundingRect(
            QRect(0, 0, max(width, 1), 10_000), WRAP, self.text()
        )
        return lines.height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        across, down = self._margins()
        return max(self.minimumHeight(), self._text_height(width - across) + down)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        across, _down = self._margins()
        metrics = QFontMetrics(self.font())
        one_line = metrics.horizontalAdvance(self.text()) + across
        width = max(self.minimumWidth(), min(one_line, WIDEST_PX))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Narrow enough to wrap, never so narrow that one word is cut."""
        across, _down = self._margins()
        metrics = QFontMetrics(self.font())
        word = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        width = max(self.minimumWidth(), word + across)
        return QSize(width, self.heightForWidth(width))

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        option = self._option()
        text, option.text = option.text, ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # frame, no label
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        painter.setPen(option.palette.buttonText().color())
        painter.drawText(inner, WRAP, text)
