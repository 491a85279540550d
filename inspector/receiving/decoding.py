"""Reading barcodes from an image with two engines, zxing-cpp and ZBar, and no misreads.

Measured on the public corpus (280 images from zxing-cpp's test suite), each engine alone
returns some wrong texts: ZBar decodes QR Codes in the wrong character set, reads Code 32
and extended Code 39 as plain Code 39, and both engines misread damaged UPC-A symbols into
other numbers with a valid check digit. A wrong text opens the wrong RMA, which is worse
than no read, so the chain here

- takes zxing-cpp's reading first for every format (it keeps GS1 FNC1 information and the
  symbology identifier, e.g. ]C1 or ]d2);
- adds a ZBar reading only where zxing-cpp found nothing of that family, and only where
  ZBar is trustworthy: EAN/UPC (below), Code 128 and Interleaved 2 of 5 (checksums), QR
  Codes whose text is plain ASCII (no character set to guess);
- accepts an EAN/UPC number only when it is confirmed, either by ZBar having decoded it on
  many scan lines (its "quality", at least 25, and three times any rival number's), or by
  zxing-cpp reading the same number again when the image is scaled (0.75x to 3x: at least
  two readings, and two in three of all its EAN/UPC readings). A misread comes from a few
  scan lines and moves with the scale; a good read does not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

RETAIL = ("EAN13", "EAN8", "UPCA", "UPCE")
_CONFIRM_SCALES = (0.75, 1.0, 1.5, 2.0, 3.0)
# ZBar's quality for a 1D code counts the scan lines that decoded it: a printed code read on
# this many lines is no accident of one line (compare zxing-cpp's minLineCount).
ZBAR_LINES = 25
_ZBAR_FORMATS = {
    "EAN13": "EAN13",
    "EAN8": "EAN8",
    "UPCA": "UPCA",
    "UPCE": "UPCE",
    "CODE128": "Code128",
    "I25": "ITF",
    "QRCODE": "QRCode",
}


@dataclass(frozen=True)
class Symbol:
    """One barcode read: its text, its format, how it was read, and where it is."""

    text: str
    format: str
    symbology_identifier: str = ""
    engine: str = "zxing-cpp"
    corners: tuple[tuple[int, int], ...] = ()
    lines: int = 0  # ZBar: how many scan lines decoded this 1D code (its "quality")

    def as_json(self) -> dict:
        return {
            "text": self.text,
            "format": self.format,
            "symbology_identifier": self.symbology_identifier,
            "engine": self.engine,
        }


def _gray(image: np.ndarray) -> np.ndarray:
    # ZBar handed a BGR array reads only its first (blue) channel: always give grey.
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return image


def _format_name(barcode: zxingcpp.Barcode) -> str:
    return barcode.format.name  # "EAN13", "QRCode": str() would say "EAN-13", "QR Code"


def read_zxing(gray: np.ndarray) -> list[Symbol]:
    found = []
    for barcode in zxingcpp.read_barcodes(gray, text_mode=zxingcpp.TextMode.Plain):
        if not barcode.valid:
            continue
        position = barcode.position
        corners = tuple(
            (p.x, p.y)
            for p in (
                position.top_left,
                position.top_right,
                position.bottom_right,
                position.bottom_left,
            )
        )
        found.append(
            Symbol(
                barcode.text,
                _format_name(barcode),
                barcode.symbology_identifier,
                "zxing-cpp",
                corners,
            )
        )
    return found


def read_zbar(gray: np.ndarray) -> list[Symbol]:
    found = []
    for result in pyzbar.decode(gray):
        name = _ZBAR_FORMATS.get(result.type)
        if name is None:
            continue
        try:
            text = result.data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        corners = tuple((p.x, p.y) for p in result.polygon)
        found.append(Symbol(text, name, "", "zbar", corners, result.quality))
    return found


def _retail_key(symbol: Symbol) -> str:
    """EAN/UPC numbers compared as EAN-13 (UPC-A is EAN-13 with a leading 0)."""
    text = symbol.text
    if symbol.format == "UPCA" and len(text) == 12:
        return "0" + text
    return text


def _confirmed_retail(gray: np.ndarray, zbar: list[Symbol]) -> set[str]:
    """The EAN/UPC numbers the image confirms (see the module note): a number ZBar decoded
    on many scan lines and far more than any rival, or one that zxing-cpp reads again at
    other scales, at least two readings and two in three of all its EAN/UPC readings."""
    confirmed: set[str] = set()
    strengths: Counter[str] = Counter()
    for symbol in zbar:
        if symbol.format in RETAIL:
            strengths[symbol.text] = max(strengths[symbol.text], symbol.lines)
    ranked = strengths.most_common()
    if (
        ranked
        and ranked[0][1] >= ZBAR_LINES
        and all(ranked[0][1] >= 3 * other for _, other in ranked[1:])
    ):
        confirmed.add(ranked[0][0])
    votes: Counter[str] = Counter()
    for scale in _CONFIRM_SCALES:
        if scale == 1.0:
            scaled = gray
        else:
            method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            scaled = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=method)
        for symbol in read_zxing(scaled):
            if symbol.format in RETAIL:
                votes[_retail_key(symbol)] += 1
    total = sum(votes.values())
    confirmed |= {text for text, n in votes.items() if n >= 2 and 3 * n >= 2 * total}
    return confirmed


def decode_image(image: np.ndarray) -> list[Symbol]:
    """Every barcode in a still image that the chain is sure of (see the module note)."""
    gray = _gray(image)
    zxing = read_zxing(gray)
    zbar = read_zbar(gray)
    retail = [s for s in zxing + zbar if s.format in RETAIL]
    confirmed = _confirmed_retail(gray, zbar) if retail else set()
    found: dict[tuple[str, str], Symbol] = {}
    for symbol in zxing:
        if symbol.format in RETAIL and _retail_key(symbol) not in confirmed:
            continue
        found.setdefault((symbol.format, symbol.text), symbol)
    families = {"retail" if s.format in RETAIL else s.format for s in found.values()}
    for symbol in zbar:
        family = "retail" if symbol.format in RETAIL else symbol.format
        if family in families:
            continue  # zxing-cpp read this kind of code here: its reading stands
        if symbol.format in RETAIL and _retail_key(symbol) not in confirmed:
            continue
        if symbol.format == "QRCode" and not symbol.text.isascii():
            continue
        key = (symbol.format, symbol.text)
        if symbol.format in RETAIL:
            key = ("retail", _retail_key(symbol))
        found.setdefault(key, symbol)
    return list(found.values())


def decode_file(path: str) -> list[Symbol]:
    """Read an image file (PNG, JPEG, WebP...) and decode it; OSError if it is no image."""
    if not Path(path).is_file():
        raise OSError(f"{path}: no such file")
    image = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise OSError(f"{path}: not an image file this app can read")
    return decode_image(image)
