"""The camera loop: a worker on its own QThread reads frames, decodes them, and emits plain
results; it survives an unplugged camera and stops cooperatively (never terminate())."""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QMetaObject, QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from inspector.receiving.frames import FrameSource, wait_between_frames
from inspector.receiving.live_scan import LiveScanner

log = logging.getLogger(__name__)

RETRY_S = 0.5  # how often a missing camera is looked for again: back within two seconds
PREVIEW_WIDTH = 480
FILE_FPS = 15.0


class CameraWorker(QObject):
    frame_ready = Signal(QImage)  # the preview, with the codes found outlined
    code_confirmed = Signal(str)
    status_changed = Signal(str)  # "live", "waiting" (no camera), "ended" (a file ran out)
    finished = Signal()

    def __init__(self, source: FrameSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.scanner = LiveScanner()
        self._stop = threading.Event()
        self._status = ""
        self._last_frame: np.ndarray | None = None
        self._frame_lock = threading.Lock()

    def snapshot(self) -> bytes | None:
        """The newest frame as a JPEG (for an unknown parcel's photo), or None."""
        with self._frame_lock:
            frame = self._last_frame
        if frame is None:
            return None
        ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
        return encoded.tobytes() if ok else None

    def stop(self) -> None:
        """Ask the loop to end after the frame in hand (callable from any thread)."""
        self._stop.set()

    def _say(self, status: str) -> None:
        """A change of state, said once: on screen, and in the log (a missing camera is
        looked for twice a second, but logged once, and once again when it changes)."""
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
            spec = self.source.spec
            if status == "waiting":
                log.warning(
                    "camera %s gives no picture: looking for it every %.1f s", spec, RETRY_S
                )
            elif status == "live":
                log.info("camera %s is live", spec)
            elif status == "ended":
                log.info("frames from %s have run out", spec)

    @Slot()
    def run(self) -> None:
        try:
            while not self._stop.is_set():
                if not self.source.opened and not self.source.open():
                    self._say("waiting")
                    self._stop.wait(RETRY_S)
                    continue
                started = time.perf_counter()
                frame = self.source.read()
                if frame is None:
                    if self.source.is_camera:
                        self._say("waiting")  # unplugged: look for it again
                        self.source.close()
                        self._stop.wait(RETRY_S)
                        continue
                    self._say("ended")  # a video file or a folder has run out
                    break
                self._say("live")
                with self._frame_lock:
                    self._last_frame = frame
                reading = self.scanner.feed(frame)
                for symbol in reading.confirmed:
                    self.code_confirmed.emit(symbol.text)
                self.frame_ready.emit(_preview(frame, [s.corners for s in reading.seen]))
                if not self.source.is_camera:
                    self._stop.wait(wait_between_frames(started, FILE_FPS))
        except Exception:  # noqa: BLE001 - a camera fault must not kill the app silently
            log.exception("the camera loop stopped on an error")
            self._say("waiting")
        finally:
            self.source.close()
            self.finished.emit()


def _preview(frame: np.ndarray, outlines: list[tuple[tuple[int, int], ...]]) -> QImage:
    drawn = frame.copy()
    for corners in outlines:
        if corners:
            points = np.array(corners, dtype=np.int32).reshape(-1, 1, 2)
            cv2.polylines(drawn, [points], True, (40, 200, 60), max(2, frame.shape[1] // 300))
    scale = PREVIEW_WIDTH / drawn.shape[1]
    small = cv2.resize(drawn, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


_RUNNING: set[Camera] = set()


def _halt(worker: CameraWorker, thread: QThread, wait_ms: int = 3000) -> None:
    try:
        worker.stop()
        thread.quit()
        thread.wait(wait_ms)
    except RuntimeError:  # stopped and deleted already
        pass


@atexit.register
def _stop_every_camera() -> None:
    """At exit, no camera thread is left for Qt to delete while it runs."""
    for camera in list(_RUNNING):
        try:
            camera.stop()
        except RuntimeError:  # its Qt object went with its parent, the loop halted then
            _RUNNING.discard(camera)


class Camera(QObject):
    """Owns the worker and its thread: start, stop (waits for the thread), restart."""

    frame_ready = Signal(QImage)
    code_confirmed = Signal(str)
    status_changed = Signal(str)

    def __init__(
        self, make_source: Callable[[], FrameSource], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.make_source = make_source
        self.thread: QThread | None = None
        self.worker: CameraWorker | None = None
        self._halt_link: QMetaObject.Connection | None = None

    def start(self) -> None:
        self.stop()
        self.thread = QThread(self)
        self.worker = CameraWorker(self.make_source())
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        self.worker.frame_ready.connect(self.frame_ready)
        self.worker.code_confirmed.connect(self.code_confirmed)
        self.worker.status_changed.connect(self.status_changed)
        worker, thread = self.worker, self.thread
        # Qt aborts the process when a running QThread is deleted. A running camera is held
        # here, so Python never collects it mid-run (a window dropped without close(), a test
        # that failed before stop()): it runs until stop(), or until the process exits. If its
        # parent deletes it first, the loop is halted before the thread goes.
        _RUNNING.add(self)
        self._halt_link = self.destroyed.connect(lambda *_: _halt(worker, thread))
        self.thread.start()

    def snapshot(self) -> bytes | None:
        return self.worker.snapshot() if self.worker is not None else None

    def stop(self, wait_ms: int = 3000) -> None:
        _RUNNING.discard(self)
        if self._halt_link is not None:  # one halt per run: a restart makes its own
            QObject.disconnect(self._halt_link)
            self._halt_link = None
        if self.worker is not None and self.thread is not None:
            self.worker.stop()
            self.thread.quit()
            self.thread.wait(wait_ms)
            self.worker.deleteLater()
            self.thread.deleteLater()
        self.worker = None
        self.thread = None
