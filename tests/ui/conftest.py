"""UI fixtures: a real warehouse with a small demo, a background runner, the translators."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from inspector.core.warehouse import open_warehouse
from inspector.demo.build import build_demo
from inspector.station.settings import StationSettings
from ui.common.background import Background
from ui.i18n import install_translators


@pytest.fixture
def demo_warehouse(tmp_path):
    warehouse = open_warehouse(f"sqlite:///{tmp_path / 'ui.db'}")
    build_demo(warehouse, 200, seed=5, now=dt.datetime(2026, 11, 26, 12))
    yield warehouse
    warehouse.close()


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
