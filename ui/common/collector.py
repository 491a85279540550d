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
        """Collect the youngest generation whose count is over its threshold; how many
        objects were found unreachable."""
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                return gc.collect(generation)
        return 0

    def close(self) -> None:
        """Stop, collect everything once here, and give collection back to Python."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
