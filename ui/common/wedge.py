"""Keyboard-wedge scanners: a burst of fast keys ending in Enter or Tab is a scan.

A handheld scanner plugged in as a keyboard "types" its code in a few milliseconds and
presses Enter. People type far slower. This filter sits on the whole application: it holds
each printable key for a moment; if the next key comes within the gap, the keys gather
into a burst; a burst of enough characters ended by Enter or Tab is emitted as one scan,
whatever widget has focus, and never reaches that widget. Keys that turn out to be typing
are handed on to the widget they were meant for, unchanged and in order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

DEFAULT_GAP_MS = 35  # scanners send keys 1-20 ms apart; a fast typist 60 ms or more
MIN_SCAN_LENGTH = 4
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_PLAIN = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.KeypadModifier,
)
# Scanners press Shift for capitals like a person does; such keys alone are no part of a code.
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)


class WedgeScanner(QObject):
    """Install on the QApplication; connect to `scanned`."""

    scanned = Signal(str)
    activity = Signal()  # any key, click or touch: the station is in use

    def __init__(self, gap_ms: int = DEFAULT_GAP_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_key_ms = -10_000
        self._handing_on = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._hand_on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.activity.emit()
            return False
        if kind != QEvent.Type.KeyPress or self._handing_on or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        self.activity.emit()
        if event.key() in _MODIFIER_KEYS:
            return False
        now = self._clock.elapsed()
        quick = now - self._last_key_ms <= self.gap_ms
        self._last_key_ms = now
        text = event.text()
        plain = event.modifiers() in _PLAIN and not event.isAutoRepeat()
        if event.key() in _ENDS and self._held and quick:
            if len(self._held) >= MIN_SCAN_LENGTH:
                code = "".join(e.text() for _, e in self._held)
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(code)
                return True  # the Enter that ended the scan goes nowhere
            self._hand_on()
            return False
        if plain and text and text.isprintable():
            if self._held and not quick:
                self._hand_on()
            self._held.append((watched, _copy(event)))
            self._timer.start(self.gap_ms + 1)
            return True
        if self._held:
            self._hand_on()
        return False

    def _hand_on(self) -> None:
        """The held keys were typing: deliver them now, in order, to their widgets."""
        self._timer.stop()
        held, self._held = self._held, []
        self._handing_on = True
        try:
            for widget, event in held:
                try:
                    QCoreApplication.sendEvent(widget, event)
                except RuntimeError:  # the widget was closed meanwhile: the key has no home
                    continue
        finally:
            self._handing_on = False


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )
