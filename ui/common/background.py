"""Running slow work (database, files) off the UI thread, with success and failure callbacks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # handed to the UI thread, which decides
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Background(QObject):
    """Runs callables on a thread pool; callbacks run on the thread that owns this object."""

    unhandled_failure = Signal(object)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object)
        def succeeded(result: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if on_success:
                on_success(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if on_failure:
                on_failure(exc)
            else:
                log.error("background work failed", exc_info=exc)
                self.unhandled_failure.emit(exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running work to end (at shutdown and in tests)."""
        return self.pool.waitForDone(msecs)
