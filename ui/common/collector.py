"""Python's cyclic garbage collected on the GUI thread only.

Left to itself, Python collects cycles in whichever thread happens to allocate when a
threshold is crossed: often a Background worker. A window, dialog or page caught in a cycle is
then deleted from that thread, and Qt stops its timers and frees its widgets from the wrong
thread ("QBasicTimer::stop: Failed. Possibly trying to stop from a different thread"), which
can crash the process. While a collector is open, automatic collection is off and the GUI
thread collects on a timer instead, by the same thresholds."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from inspector.core.collection import collect_if_due

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generation that is due, here; how many objects were unreachable."""
        return collect_if_due()

    def close(self) -> None:
        """Stop, collect what is due once here, and give collection back as it was."""
        self.timer.stop()
        collect_if_due()
        if self._was_enabled:
            gc.enable()
