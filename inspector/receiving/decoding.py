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
- asks ZBar only when zxing-cpp read no code but product codes (in an image larger than
  half a megapixel, only in the upright cuts of bars), and adds a ZBar reading
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

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

from inspector.receiving.bar_regions import MAX_REGIONS, bar_regions
from inspector.receiving.retail_codes import RETAIL, confirmed_retail, retail_key

# The formats read in the upright cuts of bars: their checks (Code 128's checksum, PDF417's
# error correction) keep a stretched cut from turning into a wrong text.
BAR_FORMATS = (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.PDF417)
CUT_PIXELS = 400_000  # a cut of bars is read at most this big (a 720p frame has 920 000)
ZBAR_WHOLE_PIXELS = 500_000  # ZBar reads an image whole up to this size, else its cuts of bars
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


def decode_image(image: np.ndarray) -> list[Symbol]:
    """Every barcode in a still image that the chain is sure of (see the module note)."""
    gray = _gray(image)
    zxing = read_zxing(gray)
    cuts = [region.upright(gray, CUT_PIXELS) for region in bar_regions(gray, 3)]
    zxing += [s for cut, back in cuts for s in read_zxing(cut, BAR_FORMATS, back, fast=True)]
    # ZBar, the second opinion, reads only where zxing-cpp found no code but product codes
    # (which ZBar helps confirm): on a frame of a label, where zxing-cpp reads the tracking
    # barcode or the QR Code, ZBar would double the time for nothing. In a large image it
    # reads the upright cuts of bars, not the whole: a camera frame took it 1.7 times
    # zxing-cpp's time.
    zbar: list[Symbol] = []
    if all(s.format in RETAIL for s in zxing):
        if gray.size <= ZBAR_WHOLE_PIXELS:
            zbar = read_zbar(gray)
        else:
            zbar = [s for cut, back in cuts for s in read_zbar(cut, back)]
    retail = [s for s in zxing + zbar if s.format in RETAIL]
    confirmed = confirmed_retail(gray, zbar, read_zxing) if retail else set()
    found: dict[tuple[str, str], Symbol] = {}
    for symbol in zxing:
        if symbol.format in RETAIL and retail_key(symbol) not in confirmed:
            continue
        found.setdefault((symbol.format, symbol.text), symbol)
    families = {"retail" if s.format in RETAIL else s.format for s in found.values()}
    for symbol in zbar:
        family = "retail" if symbol.format in RETAIL else symbol.format
        if family in families:
            continue  # zxing-cpp read this kind of code here: its reading stands
        if symbol.format in RETAIL and retail_key(symbol) not in confirmed:
            continue
        if symbol.format == "QRCode" and not symbol.text.isascii():
            continue
        key = (symbol.format, symbol.text)
        if symbol.format in RETAIL:
            key = ("retail", retail_key(symbol))
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
