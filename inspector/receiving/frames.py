"""Where frames come from: a camera by its index, a video file, or a folder of images.

The same class serves the dock's webcam and the tests' recorded clips. A camera that is
unplugged gives no frames; `read()` then says so, and `reopen()` tries again, so the
worker that drives it can keep going without a restart.
"""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import cv2.utils.logging
import numpy as np

from inspector.receiving.label_photos import IMAGE_SUFFIXES

# OpenCV writes a warning to stderr each time a camera index cannot be opened (every retry of
# an unplugged webcam); the worker says so on screen and in the log, so only errors get through.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)



def _quiet_opencv() -> None:
    """OpenCV warns on stderr at every failed open ("can't open camera by index"): twice a
    second while a camera is missing. The camera loop says what matters itself, once."""
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


class FrameSource:
    """`spec`: "0" (a camera index), a video file's path, or a folder of images."""

    def __init__(
        self, spec: str, width: int = 1280, height: int = 720, autofocus: bool = True
    ) -> None:
        self.spec = spec
        self.width, self.height = width, height
        self.autofocus = autofocus
        self._capture: cv2.VideoCapture | None = None
        self._images: list[Path] = []
        self._next_image = 0
        self.opened = False

    @property
    def is_camera(self) -> bool:
        return self.spec.isdigit()

    def open(self) -> bool:
        """Open (or reopen) the source; False when it is not there (yet)."""
        self.close()
        path = Path(self.spec)
        if not self.is_camera and path.is_dir():
            self._images = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
            self._next_image = 0
            self.opened = bool(self._images)
            return self.opened
        _quiet_opencv()
        capture = cv2.VideoCapture(int(self.spec) if self.is_camera else str(path))
        if self.is_camera and capture.isOpened():
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
            capture.set(cv2.CAP_PROP_AUTOFOCUS, 1 if self.autofocus else 0)
        self._capture = capture
        self.opened = capture.isOpened()
        return self.opened

    def read(self) -> np.ndarray | None:
        """The next frame (BGR), or None when the source has none to give."""
        if self._images:
            if self._next_image >= len(self._images):
                return None
            frame = cv2.imread(str(self._images[self._next_image]), cv2.IMREAD_COLOR)
            self._next_image += 1
            return frame
        if self._capture is None:
            return None
        ok, frame = self._capture.read()
        if not ok:
            self.opened = False
            return None
        return frame

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
        self._capture = None
        self._images = []
        self.opened = False


def wait_between_frames(started: float, fps: float) -> float:
    """Seconds to sleep so that a file or a folder plays at about `fps`."""
    return max(0.0, 1.0 / fps - (time.perf_counter() - started))
