"""UI fixtures: a real warehouse with a small demo, a background runner, the translators."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont

from inspector.station.settings import StationSettings
from tests.helpers import templates
from tests.helpers.clock import DEMO_NOW
from ui.common.background import Background
from ui.common.collector import MainThreadCollector
from ui.i18n import install_translators


@pytest.fixture
def demo_warehouse(tmp_path):
    """A demo of 200 RMAs (seed 5, up to 26 Nov 2026 noon): built once, copied per test."""
    warehouse = templates.demo_sqlite(tmp_path / "ui.db", 200, 5, DEMO_NOW)
    yield warehouse
    warehouse.close()


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(qapp):
    """As in the app: cycles are collected on the GUI thread, never by a Background worker
    that happens to allocate (a page of an earlier test deleted from that thread once crashed
    a whole xdist worker: "QBasicTimer::stop: Failed", then a segmentation fault)."""
    collector = MainThreadCollector()
    yield collector
    collector.close()
    collector.deleteLater()


@pytest.fixture
def background(qapp):
    runner = Background()
    yield runner
    assert runner.wait(10_000)
    runner.deleteLater()


@pytest.fixture
def korean(qapp, english):
    translators = install_translators(qapp, "ko")  # the newest translator is asked first
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def settings():
    return StationSettings(station_name="BENCH-9", language="")


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The English translation, as the app installs it (it holds the plural forms)."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def restored_application(qapp):
    """For a test that runs main.main in the suite's own process: afterwards the application
    is as it was, so no later test depends on it having run: main's translators removed, and
    the default QLocale, font, style sheet, names, exception hooks and root logger put back."""
    translators = set(qapp.findChildren(QTranslator))
    locale, font, sheet = QLocale(), QFont(qapp.font()), qapp.styleSheet()
    names = (qapp.applicationName(), qapp.organizationName())
    hooks = (sys.excepthook, threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    collector = qapp.property("collector")
    if collector is not None:
        collector.close()  # gives automatic collection back, as it was
    for name in ("translators", "crash_reporter", "collector"):
        qapp.setProperty(name, None)
    QLocale.setDefault(locale)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    sys.excepthook, threading.excepthook = hooks
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
