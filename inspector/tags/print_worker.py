"""One worker thread per printer: takes due jobs from the queue, asks the printer whether it
is ready, sends, and records the outcome. It never touches the screen; it reports what it
sees through a callback (the GUI turns that into a signal)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from inspector.core.errors import DatabaseProblem
from inspector.core.warehouse import Warehouse
from inspector.tags import bench_tags, print_queue
from inspector.tags.printers import (
    SEND_TIMEOUT_S,
    STATUS_TIMEOUT_S,
    PrinterStatus,
    SendFailed,
    State,
    parse_uri,
    read_status,
    send,
)

log = logging.getLogger(__name__)

IDLE_POLL_S = 1.0
STATUS_EVERY_S = 10.0  # an idle printer is asked now and then, so the screen stays true


@dataclass(frozen=True)
class PrinterReport:
    printer_uri: str
    state: State
    detail: str
    waiting: int
    job_id: int | None = None
    outcome: str | None = None  # "sent", "retry", "failed" for the job just handled
    stranded: int = 0  # the station's tags waiting for another address than this printer


class PrintWorker:
    def __init__(
        self,
        warehouse: Warehouse,
        printer_uri: str,
        on_report: Callable[[PrinterReport], None] | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        idle_poll_s: float = IDLE_POLL_S,
        status_timeout: float = STATUS_TIMEOUT_S,
        send_timeout: float = SEND_TIMEOUT_S,
        station_id: int | None = None,
    ) -> None:
        """A worker for the printer at `printer_uri`; with a `station_id`, of that station's
        bench: it sends that station's tags only, and counts those stranded elsewhere."""
        self.status_timeout, self.send_timeout = status_timeout, send_timeout
        self.warehouse = warehouse
        self.address = parse_uri(printer_uri)
        self.uri = printer_uri.strip()
        self.station_id = station_id
        self.on_report = on_report
        self.clock = clock
        self.idle_poll_s = idle_poll_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: PrinterReport | None = None
        # A job whose outcome the database did not take (it was out): settled when it is back,
        # before anything else is claimed. (job id, "sent" | "retry" | "failed", why)
        self.unsettled: tuple[int, str, str] | None = None

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        recovered = print_queue.recover_interrupted(self.warehouse, self.uri, self.station_id)
        if recovered:
            log.warning(
                "%d tag(s) on %s were being sent when the station stopped", recovered, self.uri
            )
        self._thread = threading.Thread(target=self._loop, name=f"printer {self.uri}", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """A tag was queued: look now rather than at the next poll (any thread)."""
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> bool:
        """Ask the loop to end after the step in hand; True if it ended in time."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _loop(self) -> None:
        try:
            recovered = print_queue.recover_interrupted(self.warehouse, self.uri, self.station_id)
        except DatabaseProblem as exc:
            log.warning("print queue for %s: %s", self.uri, exc)
            recovered = 0
        if recovered:
            log.warning(
                "%d tag(s) on %s were being sent when the station stopped", recovered, self.uri
            )
        last_status = 0.0
        while not self._stop.is_set():
            try:
                worked = self.run_once()
                now = self.clock().timestamp()
                if not worked and now - last_status >= STATUS_EVERY_S:
                    self._report(read_status(self.address, self.status_timeout))
                    last_status = now
                elif worked:
                    last_status = now
            except DatabaseProblem as exc:  # busy or gone for a moment: try again later
                log.warning("print queue for %s: %s", self.uri, exc)
                worked = False
            except Exception:  # a bug must not kill the printer's thread silently
                log.exception("print worker for %s", self.uri)
                worked = False
            if not worked:
                self._wake.wait(self.idle_poll_s)
                self._wake.clear()

    # -- one step (also called directly by tests and the command line) ----------------------

    def run_once(self) -> bool:
        """Handle the next due job, if any; True if there was one."""
        if self.unsettled is not None:
            self._settle(*self.unsettled)
            return True
        claimed = print_queue.claim_next(self.warehouse, self.uri, self.clock(), self.station_id)
        if claimed is None:
            return False
        job_id, payload = claimed
        status = read_status(self.address, self.status_timeout)
        if not status.ready:
            print_queue.put_back(
                self.warehouse, job_id, status.detail or status.state.value, self.clock()
            )
            self._report(status, job_id, "retry")
            return True
        try:
            wanted = print_queue.begin_send(self.warehouse, job_id, self.clock())
        except DatabaseProblem:
            self.unsettled = (job_id, "retry", "the database was out before the tag was sent")
            raise
        if not wanted:
            self._report(status, job_id, "cancelled")
            return True  # cancelled while the printer was being asked
        try:
            send(self.address, payload, self.send_timeout)
        except SendFailed as exc:
            outcome = "failed" if exc.maybe_printed else "retry"
            self._settle(job_id, outcome, str(exc))
            return True
        self._settle(job_id, "sent", "", status)
        return True

    def _settle(
        self, job_id: int, outcome: str, why: str, status: PrinterStatus | None = None
    ) -> None:
        """Write a job's outcome; if the database is out, keep it to write when it is back."""
        self.unsettled = (job_id, outcome, why)
        if outcome == "sent":
            print_queue.mark_sent(self.warehouse, job_id, self.clock())
            state = status or PrinterStatus(State.READY, "")
        elif outcome == "failed":
            print_queue.mark_failed(self.warehouse, job_id, why)
            state = PrinterStatus(State.NO_ANSWER, why)
        else:
            print_queue.put_back(self.warehouse, job_id, why, self.clock())
            state = PrinterStatus(State.UNREACHABLE, why)
        self.unsettled = None
        self._report(state, job_id, outcome)

    def _report(
        self, status: PrinterStatus, job_id: int | None = None, outcome: str | None = None
    ) -> None:
        stranded = 0
        if self.station_id is not None:
            elsewhere = bench_tags.stranded(self.warehouse, self.station_id, self.uri)
            stranded = sum(s.tags for s in elsewhere)
        report = PrinterReport(
            self.uri,
            status.state,
            status.detail,
            print_queue.waiting(self.warehouse, self.uri, self.station_id),
            job_id,
            outcome,
            stranded,
        )
        self.last = report
        if self.on_report is not None:
            self.on_report(report)
