"""A grader's answers kept on the station during a database outage: tried again every few
seconds while any wait, and written, in order, as soon as the database takes them."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import Warehouse
from inspector.grading.offline_answers import WriteRun, answers_waiting, write_answers
from ui.common.background import Background

RETRY_MS = 5000  # while answers wait on the station: how often the database is tried again


class KeptAnswers(QObject):
    written = Signal(object)  # WriteRun: every kept answer is now written (or refused)

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        journal: StationJournal,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.warehouse = warehouse
        self.background = background
        self.journal = journal
        self.timer = QTimer(self, interval=RETRY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._writing = False

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.write()

    def write(self) -> None:
        if self._writing:
            return
        self._writing = True
        warehouse, journal = self.warehouse, self.journal

        def work() -> WriteRun:
            return write_answers(warehouse, journal) if answers_waiting(journal) else WriteRun()

        self.background.run(work, self._on_write_done, self._on_write_failed)

    def _on_write_done(self, run: WriteRun) -> None:
        self._writing = False
        if run.waiting:
            return  # the database is still out: the next tick tries again
        self.timer.stop()
        self.written.emit(run)

    def _on_write_failed(self, _exc: BaseException) -> None:
        self._writing = False  # the journal itself could not be read: tried at the next tick
