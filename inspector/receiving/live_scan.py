"""Reading labels from live camera frames: fast per frame, confirmed, never re-triggered.

Each frame is read once by zxing-cpp, at most 960 pixels wide, restricted to the formats
return labels carry and without the search for inverted codes (together several times
faster than its defaults). The frame is read as it is or turned by 15 to 75 degrees: at the
angle that found something last, else at the next angle in turn, so that a label held askew
is found within a few frames without stalling any single frame. A code is reported once
it is confirmed (it carries a valid check character or check digit, or the same text was
read in two frames) and not again while it stays in view.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

from inspector.receiving.decoding import Symbol
from inspector.receiving.labels import candidates

_F = zxingcpp.BarcodeFormat
# The formats return labels carry; reading only these is several times faster than all.
LABEL_FORMATS = (
    _F.Code128,
    _F.QRCode,
    _F.PDF417,
    _F.DataMatrix,
    _F.MaxiCode,
    _F.Aztec,
    _F.ITF,
    _F.Code39,
    _F.EAN13,
    _F.UPCA,
)
ANGLES = (0, 30, 60, 15, 45, 75)  # the likeliest first
WORK_WIDTH = 960
FORGET_AFTER_S = 1.5  # a code unseen this long has left the view; seen again, it counts again


@dataclass
class FrameReading:
    """What one frame gave: every symbol seen (to outline), and the newly confirmed codes."""

    seen: list[Symbol] = field(default_factory=list)
    confirmed: list[Symbol] = field(default_factory=list)


def _self_checking(text: str) -> bool:
    """Whether the text carries its own check: an RMA number, a carrier number, a GS1 key."""
    return any(c.kind in ("rma", "tracking", "sscc", "gtin") for c in candidates(text))


def _rotated(gray: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(
        gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return turned, cv2.invertAffineTransform(matrix)


def _read(gray: np.ndarray, back: np.ndarray | None = None) -> list[Symbol]:
    found = []
    for barcode in zxingcpp.read_barcodes(
        gray,
        formats=LABEL_FORMATS,  # type: ignore[arg-type]  # tuples are the non-deprecated form
        text_mode=zxingcpp.TextMode.Plain,
        try_invert=False,  # labels are dark on light; looking for inverted codes doubles the time
        try_downscale=False,
    ):
        if not barcode.valid:
            continue
        p = barcode.position
        points = np.array(
            [[c.x, c.y] for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)],
            dtype=np.float32,
        )
        if back is not None:
            points = cv2.transform(points[None, :, :], back)[0]
        corners = tuple((int(x), int(y)) for x, y in points)
        found.append(
            Symbol(
                barcode.text,
                barcode.format.name,
                barcode.symbology_identifier,
                "zxing-cpp",
                corners,
            )
        )
    return found


def _scaled(symbol: Symbol, by: float) -> Symbol:
    corners = tuple((int(x * by), int(y * by)) for x, y in symbol.corners)
    return Symbol(symbol.text, symbol.format, symbol.symbology_identifier, symbol.engine, corners)


class LiveScanner:
    """Feed it frames; it says which codes have just been confirmed."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._frame = 0
        self._angle = 0
        self._last_seen: dict[str, float] = {}
        self._reported: set[str] = set()

    def feed(self, frame: np.ndarray) -> FrameReading:
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
        self._frame += 1
        # Work at most WORK_WIDTH wide: labels under a bench camera are large, and a 1080p
        # frame read at full size costs four times as much for nothing.
        factor = min(1.0, WORK_WIDTH / gray.shape[1])
        work = (
            gray
            if factor == 1.0
            else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        )
        # One reading per frame, so no frame stalls: at the angle that last found something,
        # else the next of ANGLES. zxing-cpp itself tries quarter turns, so these six cover
        # every rotation to within 7.5 degrees (PDF417 needs that); a label held askew is
        # found within six frames (a fifth of a second at 30 fps), then read every frame.
        angle = ANGLES[self._angle]
        if angle == 0:
            seen = _read(work)
        else:
            turned, back = _rotated(work, angle)
            seen = _read(turned, back)
        if not seen:
            self._angle = (self._angle + 1) % len(ANGLES)
        if factor != 1.0:
            seen = [_scaled(symbol, 1 / factor) for symbol in seen]
        now = self.clock()
        for text in [t for t, at in self._last_seen.items() if now - at > FORGET_AFTER_S]:
            del self._last_seen[text]
            self._reported.discard(text)
        reading = FrameReading(seen=seen)
        for symbol in seen:
            text = symbol.text
            seen_before = text in self._last_seen
            self._last_seen[text] = now
            if text in self._reported:
                continue  # still in view: not again
            if seen_before or _self_checking(text):
                self._reported.add(text)
                reading.confirmed.append(symbol)
        return reading
