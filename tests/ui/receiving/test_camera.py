"""The camera worker on its own thread: a recorded clip through to the RMA on screen, and a
camera that is unplugged and plugged back in."""

import time

import cv2
import numpy as np
import pytest
from sqlalchemy import select

from db import models as m
from inspector.people.station_session import StationSession
from inspector.receiving.frames import FrameSource
from inspector.receiving.receipts import Outcome
from tests.helpers.frames import label_frame, write_video
from ui.main_window import MainWindow
from ui.receiving.camera import Camera


@pytest.fixture
def window(qtbot, demo_warehouse, settings, background):
    win = MainWindow(demo_warehouse, settings, background, StationSession())
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
