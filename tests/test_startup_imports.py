"""The way to the sign-in page loads none of the heavy libraries a page needs only when it is
opened (charts, exports, printing, the camera, the shop's HTTP client, Alembic on an
up-to-date database). Run in a fresh interpreter, since this suite imports them all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.migrate import head_revision, newest_on_disk

ROOT = Path(__file__).resolve().parent.parent
LATER = [
    "pyqtgraph",
    "fpdf",
    "xlsxwriter",
    "openpyxl",
    "escpos",
    "cv2",
    "numpy",
    "pyzbar",
    "zxingcpp",
    "httpx",
    "biip",
    "alembic",
]
# Everything main.py does up to the sign-in page, on a database that is already up to date.
FIRST_START = """
import sys
from inspector.core.warehouse import open_warehouse
open_warehouse(sys.argv[1]).close()
"""
SIGN_IN_PATH = """
import json, os, sys
from inspector.core.warehouse import open_warehouse
url = sys.argv[1]
import main
from inspector.station.settings import load_settings
from ui.app import make_application
app = make_application(["x"], "en", None)
warehouse = open_warehouse(url)
from inspector.people.station_session import StationSession
from inspector.people.stations import register_station
from ui.common.background import Background
from ui.common.wedge import WedgeScanner
from ui.main_window import MainWindow
from ui.shop.shop_monitor import ShopMonitor
from ui.tags.printing import PrinterMonitor
import datetime as dt
settings = load_settings()
station = register_station(warehouse, settings.station_name)
session = StationSession(dt.timedelta(minutes=5))
window = MainWindow(warehouse, settings, Background(app), session, station)
window.show()
app.processEvents()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def run(script: str, url: str, home: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "INSPECTOR_HOME": str(home),
            "PYTHONPATH": str(ROOT),
        },
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def loaded_on_the_way(tmp_path: Path) -> set[str]:
    """The top-level packages a second start has imported once the sign-in page is shown."""
    url = f"sqlite:///{tmp_path / 'start.db'}"
    run(FIRST_START, url, tmp_path / "home")  # the first start creates the schema
    shown = run(SIGN_IN_PATH, url, tmp_path / "home")
    return set(json.loads(shown.strip().splitlines()[-1]))


def test_the_sign_in_page_loads_no_heavy_library(tmp_path):
    loaded = loaded_on_the_way(tmp_path)
    assert "PySide6" in loaded and "sqlalchemy" in loaded  # the path really ran
    assert sorted(set(LATER) & loaded) == []


def test_the_migration_scripts_head_is_alembics():
    assert newest_on_disk() == head_revision()


@pytest.mark.sqlite_only
def test_a_database_stamped_with_an_unknown_revision_is_still_refused(tmp_path):
    from sqlalchemy import create_engine, text

    from db.errors import SchemaTooNew
    from db.migrate import upgrade

    engine = create_engine(f"sqlite:///{tmp_path / 'newer.db'}")
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNew):
        upgrade(engine)
    engine.dispose()
