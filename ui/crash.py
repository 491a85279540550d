"""The last line of defence: a bug is logged with its traceback and shown, never a silent exit."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.core.logs import scrub

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Installs sys.excepthook and threading.excepthook; shows one dialog per bug."""

    crashed = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QTimer.singleShot(0, QApplication.quit)
            return
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        self.crashed.emit(scrub(f"{kind.__name__}: {value}"))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self.crashed.emit(scrub(f"{args.exc_type.__name__}: {args.exc_value}"))

    def _show(self, summary: str) -> None:
        if self._showing:
            return
        self._showing = True
        where = (
            str(self.log_file)
            if self.log_file
            else QCoreApplication.translate("CrashReporter", "(no log file)")
        )
        QMessageBox.critical(
            None,
            QCoreApplication.translate("CrashReporter", "Something went wrong"),
            QCoreApplication.translate(
                "CrashReporter",
                "Returns Inspector hit an unexpected error. What you saved is safe.\n\n"
                "{summary}\n\nThe details are in the log file:\n{log}\n\n"
                "Please pass this file to your supervisor.",
            ).format(summary=summary, log=where),
        )
        self._showing = False
