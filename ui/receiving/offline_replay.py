"""Scans kept on the station during a database outage, written when it is back: the replay
that runs at start and every few seconds while scans wait, and the list of what came of each
that the dock worker reads (received, already received, or the quarantine id to write)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScroller, QWidget

from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import Warehouse
from inspector.receiving.offline_scans import (
    REFUSED,
    OfflineScan,
    ReplayRun,
    replay,
    replayed_scans,
    waiting_count,
)
from ui.common.background import Background
from ui.common.page import Who
from ui.common.particles import fit_particles

RETRY_MS = 5000  # while scans wait: how often the database is tried again


class OfflineReplay(QObject):
    """Replays the station's journal when the database is back; quiet while nothing waits."""

    replayed = Signal(object)  # list[OfflineScan], each with its outcome
    waiting_changed = Signal(int)

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        journal: StationJournal,
        who: Who,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.warehouse = warehouse
        self.background = background
        self.journal = journal
        self.who = who
        self.waiting = 0
        self.running = False
        self.timer = QTimer(self, interval=RETRY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()

    def check(self) -> None:
        """Write what waits, if the database takes it now (at start, after a kept scan)."""
        if self.running:
            return
        self.running = True
        warehouse, journal, replayer = self.warehouse, self.journal, self.who()

        def work() -> ReplayRun:
            if not waiting_count(journal):
                return ReplayRun()
            return replay(warehouse, journal, replayer)

        self.background.run(work, self._on_replay_done, self._on_replay_failed)

    def _on_replay_done(self, run: ReplayRun) -> None:
        self.running = False
        if run.replayed:
            self.replayed.emit(run.replayed)
        self.note_waiting(run.waiting)

    def _on_replay_failed(self, _exc: BaseException) -> None:
        # The journal itself could not be read (a full disk): tried again at the next tick.
        self.running = False
        self.timer.start()

    def note_waiting(self, waiting: int) -> None:
        """How many scans wait; the retry ticks while any do."""
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
        if waiting:
            self.timer.start()
        else:
            self.timer.stop()


COLOURS = {
    "received": "#1f7a3a",
    "outside_window": "#b86e00",
    "already_received": "#1f5fbf",
    "not_returnable": "#b3261e",
    "unknown": "#b3261e",
    "choose": "#b86e00",
    REFUSED: "#b3261e",
}


class ReplayedList(QListWidget):
    """What came of each scan written after an outage, newest first, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 18px;")
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def load(self, journal: StationJournal) -> None:
        """The outcomes kept in the journal (after a restart, say)."""
        self.clear()
        self.add(list(reversed(replayed_scans(journal, limit=50))))

    def add(self, entries: list[OfflineScan]) -> None:
        for entry in entries:
            item = QListWidgetItem(f"{entry.scanned_at:%H:%M} · {entry.code}\n{self.words(entry)}")
            item.setForeground(QColor(COLOURS.get(entry.outcome or "", "#1d2330")))
            item.setData(Qt.ItemDataRole.UserRole, entry.outcome)
            self.insertItem(0, item)

    def words(self, entry: OfflineScan) -> str:
        rma = entry.rma_found or ""
        outcome = entry.outcome
        if outcome == "received":
            return self.tr("Received: {rma}").format(rma=rma)
        if outcome == "outside_window":
            return self.tr("Received: {rma}, but OUTSIDE the return window").format(rma=rma)
        if outcome == "already_received":
            return self.tr("Already received: {rma}. Nothing was counted twice.").format(rma=rma)
        if outcome == "not_returnable":
            return fit_particles(
                self.tr(
                    "Not returnable: {rma} is closed or cancelled. Set the parcel aside for a "
                    "supervisor."
                ).format(rma=rma)
            )
        if outcome == "unknown":
            return fit_particles(
                self.tr("Unknown parcel: put it in quarantine and write {id} on it.").format(
                    id=entry.quarantine_id
                )
            )
        if outcome == "choose":
            return self.tr("Several RMAs match: scan it again and tap the right one.")
        return self.tr("Not received: {reason}").format(reason=entry.detail or "")
