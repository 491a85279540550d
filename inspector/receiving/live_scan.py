"""Reading labels from live camera frames: the code that names the parcel, confirmed, once.

A return label carries several codes: the carrier's tracking barcode, a postal routing
code, the carrier's MaxiCode or PDF417, a returns-portal QR Code. Only some of them name a
parcel: the tracking number (or an SSCC) names this very parcel, an RMA number names the
return it belongs to. Each frame is read twice, both within a frame's budget:

- the regions where bars are (inspector.receiving.bar_regions), cut out of the frame at full
  resolution with their bars upright: the tracking barcode, however small and askew;
- the whole frame, at most 960 pixels wide, turned by 0 to 75 degrees in turn: QR Codes,
  Data Matrix and whatever the first reading missed. The turn moves on every frame until a
  code that names a parcel is read; a routing code, a QR Code without an RMA number or a
  carrier's transport message never holds it.

A code is reported once it is confirmed (it carries a valid check character or check digit,
or the same text was read in two frames) and not again while it stays in view. A routing
code alone, or a text that names nothing, is never reported. When an RMA number is
confirmed before a tracking number, its report waits a few frames while the scanner looks
for the tracking number, which is then reported first: it says which parcel of the RMA
this is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

from inspector.receiving.decoding import Symbol, read_bars, read_zxing
from inspector.receiving.labels import PARCEL_KINDS, candidates, is_routing_code

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
TRACKING_WAIT = 3  # frames an RMA number waits for the parcel's tracking number
FORGET_AFTER_S = 1.5  # a code unseen this long has left the view; seen again, it counts again
_NAMING = ("rma", "tracking", "sscc")


@dataclass
class FrameReading:
    """What one frame gave: every symbol seen (to outline), and the newly confirmed codes."""

    seen: list[Symbol] = field(default_factory=list)
    confirmed: list[Symbol] = field(default_factory=list)


def _kinds(text: str) -> set[str]:
    return {c.kind for c in candidates(text)}


def _self_checking(kinds: set[str]) -> bool:
    """Whether the text carries its own check: an RMA number, a carrier number, an SSCC
    (a GTIN's one check digit lets a misread through one time in ten: it needs two frames)."""
    return bool(kinds & {"rma", "tracking", "sscc"})


def _reportable(text: str, kinds: set[str]) -> bool:
    """Whether a confirmed text goes on to be received: it names a parcel (or an order, or
    is plain text such as a badge), and is not a routing code alone."""
    return bool(kinds & set(PARCEL_KINDS)) and not is_routing_code(text)


def _rotated(gray: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(
        gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return turned, cv2.invertAffineTransform(matrix)


def read_turned(gray: np.ndarray, angle: float) -> list[Symbol]:
    """Every label code in `gray` (any size) read at most WORK_WIDTH wide, turned by `angle`
    (labels are dark on light: no search for inverted codes, which doubles the time)."""
    factor = min(1.0, WORK_WIDTH / gray.shape[1])
    work = (
        gray
        if factor == 1.0
        else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    )
    back = np.array([[1 / factor, 0, 0], [0, 1 / factor, 0]])  # work -> frame
    if angle != 0:
        work, turned_back = _rotated(work, angle)  # turned -> work
        back = back @ np.vstack([turned_back, [0, 0, 1]])
    return read_zxing(work, LABEL_FORMATS, back, fast=True)


class LiveScanner:
    """Feed it frames; it says which codes have just been confirmed."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._frame = 0
        self._angle = 0
        self._last_seen: dict[str, float] = {}
        self._reported: set[str] = set()
        self._waiting: dict[str, tuple[Symbol, int]] = {}  # RMA numbers waiting, frames left
        self._trackings: set[str] = set()  # the tracking numbers reported (and still in view)

    @property
    def angle(self) -> int:
        """The turn (degrees) at which the next frame is read whole."""
        return ANGLES[self._angle]

    def feed(self, frame: np.ndarray) -> FrameReading:
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
        self._frame += 1
        seen = read_bars(gray)
        turned = read_turned(gray, ANGLES[self._angle])
        unique: dict[str, Symbol] = {}
        for symbol in seen + turned:
            unique.setdefault(symbol.text, symbol)
        # The turn holds only where a code that names a parcel was read (see the module note).
        if not any(_kinds(s.text) & set(_NAMING) for s in turned):
            self._angle = (self._angle + 1) % len(ANGLES)
        return self._confirm(list(unique.values()))

    def _confirm(self, seen: list[Symbol]) -> FrameReading:
        now = self.clock()
        for text in [t for t, at in self._last_seen.items() if now - at > FORGET_AFTER_S]:
            del self._last_seen[text]
            self._reported.discard(text)
            self._waiting.pop(text, None)
            self._trackings.discard(text)
        reading = FrameReading(seen=seen)
        later: list[Symbol] = []
        for symbol in seen:
            text = symbol.text
            kinds = _kinds(text)
            seen_before = text in self._last_seen
            self._last_seen[text] = now
            if text in self._reported or text in self._waiting:
                continue  # still in view: not again
            if not _reportable(text, kinds) or not (seen_before or _self_checking(kinds)):
                continue
            if "tracking" in kinds or "sscc" in kinds:
                self._trackings.add(text)
                self._reported.add(text)
                reading.confirmed.append(symbol)
            elif "rma" in kinds and not self._trackings:
                self._waiting[text] = (symbol, TRACKING_WAIT)
            else:
                self._reported.add(text)
                later.append(symbol)
        for text, (symbol, left) in list(self._waiting.items()):
            if self._trackings or left <= 0:
                del self._waiting[text]
                self._reported.add(text)
                later.append(symbol)
            else:
                self._waiting[text] = (symbol, left - 1)
        reading.confirmed += later  # the tracking number first: it names the very parcel
        return reading
