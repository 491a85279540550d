"""The sound each scan makes: good, again, bad, look, offline. Silent where there is no screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication

from inspector.core.resources import shipped

log = logging.getLogger(__name__)

SOUNDS = shipped("sounds")
KINDS = ("good", "again", "bad", "look", "offline")


class Sounds(QObject):
    """Plays the scan sounds. Offscreen (tests, headless runs) it stays silent and only
    remembers what it would have played, because there is no audio device to ask."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = QGuiApplication.platformName() not in ("offscreen", "minimal")
        self.last: str | None = None
        self._effects: dict = {}

    def play(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"no sound called {kind}")
        self.last = kind
        if not self.enabled:
            return
        effect = self._effects.get(kind)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect  # loads the audio stack on first use

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / f"{kind}.wav")))
            effect.setVolume(1.0)
            self._effects[kind] = effect
        effect.play()
