"""Building the Qt application: theme, translators, crash reporting; the window comes after."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.core.resources import shipped
from ui.common.collector import MainThreadCollector
from ui.crash import CrashReporter
from ui.i18n import choose_language, install_translators

log = logging.getLogger(__name__)

THEME = shipped("themes", "dock.qss")


def make_application(argv: list[str], language_setting: str, log_file: Path | None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Returns Inspector")
    app.setOrganizationName("Returns Inspector")
    reporter = CrashReporter(log_file, app)
    reporter.install()
    app.setProperty("crash_reporter", reporter)  # kept alive with the application
    # Cycles are collected on this thread, never from a background worker (ui/common/collector).
    app.setProperty("collector", MainThreadCollector(app))
    language = choose_language(language_setting)
    app.setProperty("translators", install_translators(app, language))
    log.info("interface language: %s", language)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 12))
    app.setFont(font)
    try:
        app.setStyleSheet(THEME.read_text(encoding="utf-8"))
    except OSError:
        log.warning("theme %s not found; using Qt's default look", THEME)
    return app


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file, not to a terminal nobody reads at the dock."""
    qInstallMessageHandler(_qt_message)


def fatal(title: str, text: str) -> None:
    """An expected fatal condition (no database, say): a clear dialog, then a clean exit."""
    QMessageBox.critical(None, title, text)
