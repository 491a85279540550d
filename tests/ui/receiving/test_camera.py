"""The camera worker on its own thread: a recorded clip through to the RMA on screen, a
camera that is unplugged and plugged back in, a missing camera said once, a camera changed in
Settings without a restart."""

import logging
import time

import cv2
import numpy as np
import pytest
from sqlalchemy import select

from db import models as m
from inspector.people.station_session import StationSession
from inspector.receiving.frames import FrameSource
from inspector.receiving.receipts import Outcome
from tests.helpers.clock import at_the_demo
from tests.helpers.frames import label_frame, write_video
from ui.main_window import MainWindow
from ui.receiving.camera import Camera


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background, StationSession(), clock=at_the_demo())
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(win.sign_in_page.name_buttons), timeout=5000)
    with qtbot.waitSignal(win.operator_changed, timeout=5000):
        win.handle_scan("BADGE-1001")  # Dana, dock: lands on the Scan page
    return win


def test_a_label_held_under_the_camera_receives_its_parcel_once(
    qtbot, window, demo_warehouse, tmp_path
):
    with demo_warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma).where(m.Rma.status == "OPEN")).first()
        number, tracking = rma.rma_number, rma.trackings[0].tracking_number
    blank = np.full((720, 1280, 3), 90, np.uint8)
    frames = [blank] * 3 + [label_frame(tracking, angle=a) for a in (0, 5, -8, 12, 0, 3) * 3]
    clip = write_video(tmp_path / "dock.avi", frames)
    camera = Camera(lambda: FrameSource(str(clip)))
    window.attach_camera(camera)
    confirmed, receipts = [], []
    camera.code_confirmed.connect(confirmed.append)
    window.scan_page.receipt_shown.connect(receipts.append)
    with qtbot.waitSignal(
        camera.status_changed, timeout=10_000, check_params_cb=lambda status: status == "ended"
    ):
        camera.start()
    qtbot.waitUntil(lambda: bool(receipts), timeout=5000)
    camera.stop()
    assert confirmed == [tracking]  # the label stayed in view: one code, not eighteen
    assert [r.outcome for r in receipts] == [Outcome.RECEIVED]
    assert window.scan_page.detail.title.text() == number
    assert not window.scan_page.preview.pixmap().isNull()


class UnpluggableCamera(FrameSource):
    """A 'camera' that gives frames, is unplugged for a while, then comes back."""

    def __init__(self, frame, unplug_after=5, away_s=1.0):
        super().__init__("0")
        self.frame = frame
        self.reads = 0
        self.unplug_after = unplug_after
        self.away_s = away_s
        self.back_at = None
        self.plugged_in = True

    def open(self):
        if not self.plugged_in and time.monotonic() < self.back_at:
            return False
        self.plugged_in = True
        self.opened = True
        return True

    def read(self):
        self.reads += 1
        if self.reads == self.unplug_after:
            self.plugged_in, self.opened = False, False
            self.back_at = time.monotonic() + self.away_s
            return None
        time.sleep(0.02)
        return self.frame


def test_an_unplugged_camera_is_survived_and_resumes_within_two_seconds(qtbot):
    source = UnpluggableCamera(label_frame("1Z999AA10123456784"))
    camera = Camera(lambda: source)
    statuses = []
    camera.status_changed.connect(lambda s: statuses.append((s, time.monotonic())))
    camera.start()
    try:
        qtbot.waitUntil(
            lambda: [s for s, _ in statuses] == ["live", "waiting", "live"], timeout=6000
        )
    finally:
        camera.stop()
    back = statuses[2][1] - source.back_at
    assert back < 2.0, f"resumed {back:.2f} s after the camera came back"


def test_an_unknown_parcel_gets_its_photo_from_the_camera(qtbot, window, demo_warehouse, tmp_path):
    import hashlib
    from pathlib import Path

    clip = write_video(
        tmp_path / "stranger.avi",
        [label_frame("1Z999AA10123456784", angle=a) for a in (0, 4, -4) * 4],
    )
    camera = Camera(lambda: FrameSource(str(clip)))
    window.attach_camera(camera)
    with qtbot.waitSignal(window.scan_page.photo_taken, timeout=10_000) as taken:
        camera.start()
    camera.stop()
    photo = Path(taken.args[0])
    picture = cv2.imread(str(photo))  # the kept file is a whole picture, not just a JPEG's start
    first = label_frame("1Z999AA10123456784", angle=0)
    assert picture is not None and picture.shape[:2] == first.shape[:2]
    with demo_warehouse.sessions() as session:
        row = session.scalars(select(m.Photo)).one()
        parcel = session.get(m.Parcel, row.parcel_id)
    assert parcel.status == "UNKNOWN" and parcel.tracking_number == "1Z999AA10123456784"
    assert row.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_a_missing_camera_is_logged_once_and_opencv_keeps_quiet(qtbot, capfd, caplog):
    """No camera at index 9: it is looked for twice a second, but the log says so once and
    OpenCV's own 'can't open camera' lines stay off the terminal."""
    camera = Camera(lambda: FrameSource("9"))
    with caplog.at_level(logging.INFO, logger="ui.receiving.camera"):
        with qtbot.waitSignal(camera.status_changed, timeout=5000):
            camera.start()
        qtbot.wait(1700)  # three more looks for it
        camera.stop()
    said = [r for r in caplog.records if r.name == "ui.receiving.camera"]
    assert [r.levelname for r in said] == ["WARNING"], [r.getMessage() for r in said]
    assert "camera 9 gives no picture" in said[0].getMessage()
    assert "can't open camera" not in capfd.readouterr().err


def test_a_camera_that_comes_is_logged_once_more(qtbot, tmp_path, caplog):
    folder = tmp_path / "frames"
    folder.mkdir()  # no pictures yet: "waiting"
    camera = Camera(lambda: FrameSource(str(folder)))
    statuses = []
    camera.status_changed.connect(statuses.append)
    with caplog.at_level(logging.INFO, logger="ui.receiving.camera"):
        camera.start()
        qtbot.waitUntil(lambda: statuses == ["waiting"], timeout=5000)
        qtbot.wait(1200)
        cv2.imwrite(str(folder / "a.png"), label_frame("1Z999AA10123456784"))
        qtbot.waitUntil(lambda: "live" in statuses, timeout=5000)
        camera.stop()
    said = [r.getMessage() for r in caplog.records if r.name == "ui.receiving.camera"]
    assert len([m for m in said if "gives no picture" in m]) == 1
    assert len([m for m in said if "is live" in m]) == 1


def test_a_camera_changed_in_settings_applies_without_a_restart(qtbot, window, settings, tmp_path):
    from dataclasses import replace

    assert window.camera is None or window.camera.worker is None
    folder = tmp_path / "bench-camera"
    folder.mkdir()
    cv2.imwrite(str(folder / "a.png"), label_frame("1Z999AA10123456784"))
    chosen = replace(settings, camera=str(folder))
    window._on_settings_saved(chosen, window.station_id)  # as the Settings page's Save does
    assert window.camera is not None
    qtbot.waitUntil(lambda: window.inspect_page.camera_live, timeout=5000)
    assert window.inspect_page.has_camera()
    qtbot.waitUntil(lambda: window.inspect_page.snapshot() is not None, timeout=5000)
    # Another source: the running camera is restarted with it.
    other = tmp_path / "other-camera"
    other.mkdir()
    cv2.imwrite(str(other / "b.png"), label_frame("1Z999AA10123456795"))
    window._on_settings_saved(replace(chosen, camera=str(other)), window.station_id)
    assert window.camera.worker.source.spec == str(other)
    # No camera: stopped, and the Inspect page offers a picture file and a skip.
    window._on_settings_saved(replace(chosen, camera=""), window.station_id)
    assert window.camera.worker is None
    assert not window.inspect_page.has_camera() and window.inspect_page.snapshot is None
    assert "No camera set up" in window.scan_page.camera_status.text()


def test_a_running_camera_is_never_collected_and_its_parents_end_halts_it(qtbot):
    """A window dropped while its camera looks for a missing device (or a test that failed
    before camera.stop()) must not leave Qt deleting a running thread: that aborts the whole
    process (under xdist it took a worker with it). Dropped by Python, a running camera is
    kept until stopped; deleted with its parent, its loop is halted first."""
    import gc
    import weakref

    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    camera = Camera(lambda: FrameSource("9"))
    with qtbot.waitSignal(camera.status_changed, timeout=5000):
        camera.start()
    kept = weakref.ref(camera)
    del camera
    gc.collect()
    assert kept() is not None and kept().thread.isRunning()
    kept().stop()

    parent = QObject()
    owned = Camera(lambda: FrameSource("9"), parent)
    with qtbot.waitSignal(owned.status_changed, timeout=5000):
        owned.start()
    stopped = owned.worker._stop
    Shiboken.delete(parent)
    assert stopped.is_set()
