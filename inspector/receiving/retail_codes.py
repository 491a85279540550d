"""Product codes (EAN/UPC) believed only when a second reading agrees: a misread has a valid
check digit one time in ten, and a wrong item at the grading bench is worse than no read.

Measured on the public corpus and on synthetic damaged photos (scratched, on cans, glared,
blurred, 1 to 2.6 pixels a module, JPEG 40-90), no single threshold on ZBar's quality (the
number of its scan lines that decoded the number) tells a true reading from a misread:
true readings of damaged symbols come from 5 scan lines, misreads from up to 18 and more.
What does tell them apart is a second, independent decoder looking at the same place:

- for each number ZBar read, zxing-cpp reads the patch around ZBar's scan lines, enlarged
  twice, sharpened and re-binarized (four views). Where zxing-cpp reads the same number
  more often than any other, ZBar's number stands, whatever its quality; where it reads
  another number as often or more, ZBar's number falls, whatever its quality;
- otherwise a number ZBar decoded on many scan lines (at least 25, and three times any
  rival's) stands, as before;
- a number that zxing-cpp reads again when the whole image is scaled (0.75x to 3x: at least
  two readings and two in three of all) stands, unless ZBar read another number there and
  not this one: two engines that disagree confirm nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import cv2
import numpy as np
import zxingcpp

if TYPE_CHECKING:
    from inspector.receiving.decoding import Symbol

RETAIL = ("EAN13", "EAN8", "UPCA", "UPCE")
_RETAIL_FORMATS = tuple(getattr(zxingcpp.BarcodeFormat, name) for name in RETAIL)
_CONFIRM_SCALES = (0.75, 1.0, 1.5, 2.0, 3.0)
# ZBar's quality for a 1D code counts the scan lines that decoded it: a printed code read on
# this many lines is no accident of one line (compare zxing-cpp's minLineCount).
ZBAR_LINES = 25

Reader = Callable[..., list["Symbol"]]


def retail_key(symbol: Symbol) -> str:
    """EAN/UPC numbers compared as EAN-13 (UPC-A is EAN-13 with a leading 0)."""
    text = symbol.text
    if symbol.format == "UPCA" and len(text) == 12:
        return "0" + text
    return text


def _patch(gray: np.ndarray, symbol: Symbol) -> np.ndarray:
    """The image around ZBar's scan lines: its bars run the symbol's full height, so the
    patch reaches well above and below the lines that decoded it."""
    points = np.array(symbol.corners, dtype=np.int32).reshape(-1, 2)
    x0, y0 = points.min(axis=0)
    x1, y1 = points.max(axis=0)
    width = max(int(x1 - x0), 10)
    pad_x = int(0.2 * width + 12)
    pad_y = int(max(y1 - y0, 0.35 * width))
    return gray[max(0, y0 - pad_y) : y1 + pad_y + 1, max(0, x0 - pad_x) : x1 + pad_x + 1]


def _views(patch: np.ndarray) -> list[np.ndarray]:
    big = cv2.resize(patch, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    soft = cv2.GaussianBlur(big, (0, 0), 2)
    sharp = cv2.addWeighted(big, 1.8, soft, -0.8, 0)
    _, binary = cv2.threshold(
        cv2.GaussianBlur(big, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
    )
    return [big, sharp, binary, patch]


def second_opinion(gray: np.ndarray, symbol: Symbol, read: Reader) -> tuple[int, int]:
    """How often zxing-cpp reads ZBar's number in the views of its patch, and how often the
    most frequent other EAN/UPC number."""
    patch = _patch(gray, symbol)
    if patch.shape[0] < 8 or patch.shape[1] < 8:
        return 0, 0
    number = retail_key(symbol)
    readings: Counter[str] = Counter()
    for view in _views(patch):
        for other in read(view, _RETAIL_FORMATS):
            readings[retail_key(other)] += 1
    agree = readings.pop(number, 0)
    return agree, max(readings.values(), default=0)


def _zbar_numbers(gray: np.ndarray, zbar: list[Symbol], read: Reader) -> set[str]:
    strengths: Counter[str] = Counter()
    where: dict[str, Symbol] = {}
    for symbol in zbar:
        if symbol.format in RETAIL:
            key = retail_key(symbol)
            if symbol.lines >= strengths[key]:
                strengths[key], where[key] = symbol.lines, symbol
    ranked = strengths.most_common()
    confirmed: set[str] = set()
    for number, lines in ranked:
        agree, rival = second_opinion(gray, where[number], read)
        if rival and rival >= agree:
            continue  # zxing-cpp reads another number in the very same place
        many_lines = lines >= ZBAR_LINES and all(
            lines >= 3 * other for key, other in ranked if key != number
        )
        if agree > rival or many_lines:
            confirmed.add(number)
    return confirmed


def _zxing_numbers(gray: np.ndarray, read: Reader) -> set[str]:
    votes: Counter[str] = Counter()
    for scale in _CONFIRM_SCALES:
        if scale == 1.0:
            scaled = gray
        else:
            method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            scaled = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=method)
        for symbol in read(scaled):
            if symbol.format in RETAIL:
                votes[retail_key(symbol)] += 1
    total = sum(votes.values())
    return {text for text, n in votes.items() if n >= 2 and 3 * n >= 2 * total}


def confirmed_retail(gray: np.ndarray, zbar: list[Symbol], read: Reader) -> set[str]:
    """The EAN/UPC numbers the image confirms (see the module note); `read` is zxing-cpp's
    reading (decoding.read_zxing), given so that this module needs no decoder of its own."""
    confirmed = _zbar_numbers(gray, zbar, read)
    zbar_read = {retail_key(s) for s in zbar if s.format in RETAIL}
    for number in _zxing_numbers(gray, read):
        if zbar_read and number not in zbar_read:
            continue  # ZBar read another number here: the two engines disagree
        confirmed.add(number)
    return confirmed
