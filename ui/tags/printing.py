"""The bench printer seen from the screen: its worker thread runs the print queue, and what
it reports arrives here as a signal on the UI thread (only from the worker in use)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from inspector.core.warehouse import Warehouse
from inspector.tags.print_worker import PrinterReport, PrintWorker


class PrinterMonitor(QObject):
    reported = Signal(object)  # PrinterReport of the printer in use, on this thread
    _heard = Signal(object, object)  # (worker, report), from a worker's thread, queued here

    def __init__(self, warehouse: Warehouse, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warehouse = warehouse
        self.worker: PrintWorker | None = None
        self.last: PrinterReport | None = None
        self._heard.connect(self._on_heard)

    @property
    def uri(self) -> str:
        return self.worker.uri if self.worker else ""

    def use(self, uri: str, station_id: int | None = None) -> None:
        """Run the queue of this station's bench printer ('' for none); the old worker is
        asked to stop and ends by itself after the step in hand, so the screen never waits
        for a printer."""
        uri = uri.strip()
        if self.worker is not None and (uri, station_id) == (self.uri, self.worker.station_id):
            return
        if self.worker is not None:
            self.worker.stop(timeout=0)
        self.worker = None
        self.last = None
        if uri:
            worker = PrintWorker(self.warehouse, uri, station_id=station_id)
            worker.on_report = lambda report: self._heard.emit(worker, report)
            self.worker = worker
            worker.start()

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    def stop(self, wait_s: float = 3.0) -> None:
        if self.worker is not None:
            self.worker.stop(timeout=wait_s)
            self.worker = None

    def _on_heard(self, worker: PrintWorker, report: PrinterReport) -> None:
        """A worker's report; a worker that was replaced (it ends the step in hand after
        `use`) speaks of a printer the bench no longer uses, and is not shown."""
        if worker is not self.worker:
            return
        self.last = report
        self.reported.emit(report)
