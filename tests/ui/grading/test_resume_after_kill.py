"""A station killed in mid-checklist (SIGKILL, a real process) loses nothing: the next start
resumes the same unit at the same question, and the unit is committed exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db import models as m
from inspector.core.warehouse import open_warehouse
from inspector.people.station_session import StationSession
from inspector.people.stations import register_station
from inspector.station.settings import StationSettings
from tests.helpers.parcels import line, received_rma
from tests.helpers.people import staff as make_staff
from tests.helpers.shop_flow import tiny_jpeg
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.sqlite_only
def test_a_killed_station_resumes_the_unit_at_the_same_question(
    qtbot, tmp_path, background, inspector_home
):
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    warehouse = open_warehouse(url)
    staff = make_staff(warehouse)
    station = register_station(warehouse, "BENCH-1")
    rma = received_rma(warehouse, staff, tmp_path, [line("electronics", reason="DEFECTIVE")])
    warehouse.close()

    errors_file = (tmp_path / "station.err").open("w")
    station_process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.half_graded",
            url,
            str(station),
            rma,
            json.dumps([False, "normal", True]),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=errors_file,
        text=True,
    )
    said = []
    try:
        for text in station_process.stdout:
            said.append(text.strip())
            if text.startswith("waiting at"):
                break
        errors = (tmp_path / "station.err").read_text()
        assert said[-1] == "waiting at question:account_locked", (said, errors)
    finally:
        station_process.send_signal(signal.SIGKILL)
        station_process.wait(10)
        station_process.stdout.close()
        errors_file.close()
    assert station_process.returncode == -signal.SIGKILL

    warehouse = open_warehouse(url)
    window = MainWindow(
        warehouse, StationSettings(station_name="BENCH-1"), background, StationSession(), station
    )
    qtbot.addWidget(window)
    window.show()
    page = window.inspect_page
    with qtbot.waitSignal(page.step_shown, timeout=10_000, check_params_cb=lambda s: s != "sheet"):
        window.handle_scan("BADGE-GRADER")
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert window.pages.currentWidget() is page
    assert page.step == "question:account_locked"
    assert "Resuming unit" in page.banner.text()
    assert page.draft.answers == {"sealed": False, "battery": "normal", "powers_on": True}

    def tap(button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)

    for value in (False, "like_new"):
        tap(page.unit_view.question_view.buttons[value])
    for key in ("charging_case", "cable", "ear_tips"):
        tap(page.unit_view.question_view.buttons[key])
    tap(page.unit_view.question_view.next_button)
    tap(page.unit_view.question_view.buttons["original_good"])
    page.snapshot = tiny_jpeg  # a real JPEG: a photo must decode to be kept
    tap(page.unit_view.question_view.buttons["photo"])
    tap(page.unit_view.question_view.next_button)
    assert page.step == "decision"
    tap(page.unit_view.decision_view.accept_button)
    assert page.step == "put_away"
    with warehouse.sessions() as session:
        units = session.scalars(select(m.Unit)).all()
        assert [(u.status, u.rule) for u in units] == [("DECIDED", "opened-like-new")]
        assert "REASON_MISMATCH" in units[0].flags
        decided = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "unit_decided")
        )
        assert decided == 1
    warehouse.close()
