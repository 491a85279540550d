"""Reading barcodes from an image with two engines, zxing-cpp and ZBar, and no misreads.

Measured on the public corpus (280 images from zxing-cpp's test suite), each engine alone
returns some wrong texts: ZBar decodes QR Codes in the wrong character set, reads Code 32
and extended Code 39 as plain Code 39, and both engines misread damaged UPC-A symbols into
other numbers with a valid check digit. A wrong text opens the wrong RMA, which is worse
than no read, so the chain here

- takes zxing-cpp's reading first for every format (it keeps GS1 FNC1 information and the
  symbology identifier, e.g. ]C1 or ]d2);
- reads the regions where bars are (inspector.receiving.bar_regions) once more, each cut out
  upright at full resolution: a photo of a label held askew, its tracking barcode small,
  is read there without turning the whole image by guessed angles (only Code 128 and
  PDF417, whose checks keep a stretched cut from giving a wrong text);
- asks ZBar only when zxing-cpp read no code but product codes, and adds a ZBar reading
  only where zxing-cpp found nothing of that family, and only where
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

from inspector.receiving.bar_regions import MAX_REGIONS, bar_regions

RETAIL = ("EAN13", "EAN8", "UPCA", "UPCE")
# The formats read in the upright cuts of bars: their checks (Code 128's checksum, PDF417's
# error correction) keep a stretched cut from turning into a wrong text.
BAR_FORMATS = (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.PDF417)
CUT_PIXELS = 400_000  # a cut of bars is read at most this big (a 720p frame has 920 000)
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


def _corners(points: Sequence[tuple[float, float]], back: np.ndarray | None) -> tuple:
    """Corner points as whole pixels, taken back to the frame by the affine `back`."""
    array = np.array(points, dtype=np.float32).reshape(-1, 2)
    if back is not None and len(array):
        array = cv2.transform(array[None, :, :], back)[0]
    return tuple((int(x), int(y)) for x, y in array)


def read_zxing(
    gray: np.ndarray,
    formats: tuple[zxingcpp.BarcodeFormat, ...] | None = None,
    back: np.ndarray | None = None,
    fast: bool = False,
) -> list[Symbol]:
    """zxing-cpp's valid readings (of `formats`, else all); `fast` skips the search for
    inverted and downscaled codes; `back` takes corners from a cut back to the frame."""
    found = []
    options: dict = {"text_mode": zxingcpp.TextMode.Plain}
    if formats is not None:
        options["formats"] = formats
    if fast:
        options.update(try_invert=False, try_downscale=False)
    for barcode in zxingcpp.read_barcodes(gray, **options):
        if not barcode.valid:
            continue
        p = barcode.position
        points = [(c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
        found.append(
            Symbol(
                barcode.text,
                _format_name(barcode),
                barcode.symbology_identifier,
                "zxing-cpp",
                _corners(points, back),
            )
        )
    return found


def read_zbar(gray: np.ndarray, back: np.ndarray | None = None) -> list[Symbol]:
    found = []
    for result in pyzbar.decode(gray):
        name = _ZBAR_FORMATS.get(result.type)
        if name is None:
            continue
        try:
            text = result.data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        corners = _corners([(p.x, p.y) for p in result.polygon], back)
        found.append(Symbol(text, name, "", "zbar", corners, result.quality))
    return found


def read_bars(gray: np.ndarray, max_regions: int = MAX_REGIONS, fast: bool = True) -> list[Symbol]:
    """zxing-cpp's readings of the regions where bars are, each cut out upright at full
    resolution (see inspector.receiving.bar_regions): Code 128 and PDF417, whose checks
    keep a stretched or damaged cut from giving a wrong text."""
    found: list[Symbol] = []
    for region in bar_regions(gray, max_regions):
        cut, back = region.upright(gray, CUT_PIXELS)
        found += read_zxing(cut, BAR_FORMATS, back, fast)
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
    zxing += read_bars(gray, max_regions=3, fast=False)
    # ZBar, the second opinion, reads the whole image only where zxing-cpp found no code
    # but product codes (which ZBar helps confirm): on a frame of a label, where zxing-cpp
    # reads the tracking barcode or the QR Code, ZBar would double the time for nothing.
    zbar = read_zbar(gray) if all(s.format in RETAIL for s in zxing) else []
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
