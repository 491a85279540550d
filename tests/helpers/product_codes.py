"""Damaged product barcodes (EAN-13, EAN-8, UPC-A) as a grading bench's camera sees
them: on a can or a box, small, blurred, scratched, glared, creased, JPEG-compressed.

Numbers are drawn with valid check digits from a seeded generator; the symbols are written
by zxing-cpp. Nothing here knows how the app reads them: the photos are ground truth only.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp
from stdnum import ean

F = zxingcpp.BarcodeFormat
KINDS = ("EAN13", "UPCA", "EAN8")  # UPC-E: the engines disagree on its text (8 or 13 digits)


@dataclass
class ProductPhoto:
    kind: str
    number: str  # as the symbol encodes it (UPC-A: 12 digits)
    jpeg: bytes
    damage: str

    @property
    def expected(self) -> str:
        """The number compared as EAN-13 (UPC-A) or as written (EAN-8)."""
        return "0" + self.number if self.kind == "UPCA" else self.number

    def gray(self) -> np.ndarray:
        return cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)


def _number(rng: random.Random, kind: str) -> str:
    length = {"EAN13": 12, "UPCA": 11, "EAN8": 7}[kind]
    stem = "".join(rng.choice("0123456789") for _ in range(length))
    return stem + ean.calc_check_digit(stem)


def _scratches(rng: random.Random, image: np.ndarray) -> None:
    h, w = image.shape
    for _ in range(rng.randint(1, 4)):
        y = rng.uniform(0.1, 0.9) * h
        slope = rng.uniform(-0.3, 0.3)
        tone = rng.choice((0, 255))
        cv2.line(image, (0, int(y)), (w, int(y + slope * w)), tone, rng.randint(1, 3), cv2.LINE_AA)


def _can(rng: random.Random, image: np.ndarray) -> np.ndarray:
    """The symbol wrapped round a can: bars squeezed towards the edges."""
    h, w = image.shape
    bend = rng.uniform(0.6, 1.3)
    xs = np.arange(w, dtype=np.float32)
    centre = w / 2
    u = (xs - centre) / centre
    source = centre + centre * np.sin(u * bend) / math.sin(bend)
    map_x = np.tile(source, (h, 1)).astype(np.float32)
    map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w))
    return cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR, borderValue=255)


def product_photo(rng: random.Random, kind: str | None = None) -> ProductPhoto:
    kind = kind or rng.choice(KINDS)
    number = _number(rng, kind)
    symbol = np.asarray(zxingcpp.create_barcode(number, getattr(F, kind)).to_image(scale=4))
    symbol = cv2.resize(symbol, (symbol.shape[1], int(symbol.shape[1] * rng.uniform(0.4, 0.7))))
    paper = cv2.copyMakeBorder(symbol, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255)
    damage = []
    if rng.random() < 0.5:
        _scratches(rng, paper)
        damage.append("scratched")
    if rng.random() < 0.4:
        paper = _can(rng, paper)
        damage.append("can")
    module = rng.uniform(0.9, 2.6)  # pixels a module in the photo
    scale = module / 4
    h, w = paper.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-20, 20), scale)
    size = (int(w * scale * 1.6) + 40, int(h * scale * 1.6) + 40)
    turn[:, 2] += (size[0] / 2 - w / 2, size[1] / 2 - h / 2)
    shelf = rng.uniform(60, 200)
    photo = cv2.warpAffine(
        paper.astype(np.float32), turn, size, flags=cv2.INTER_AREA, borderValue=shelf
    )
    yy, xx = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32)
    if rng.random() < 0.4:
        cy, cx = rng.uniform(0, size[1]), rng.uniform(0, size[0])
        spread = rng.uniform(0.1, 0.3) * size[0]
        photo += rng.uniform(60, 160) * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / spread**2)
        damage.append("glare")
    photo *= rng.uniform(0.45, 1.0)
    sigma = rng.choice((0.0, 0.5, 0.8, 1.1, 1.4))
    if sigma:
        photo = cv2.GaussianBlur(photo, (0, 0), sigma)
        damage.append(f"blur {sigma}")
    photo += np.random.default_rng(rng.randrange(2**31)).normal(0, rng.uniform(2, 12), photo.shape)
    quality = rng.randint(40, 90)
    ok, data = cv2.imencode(
        ".jpg", np.clip(photo, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    damage.append(f"{module:.1f} px/module, JPEG {quality}")
    return ProductPhoto(kind, number, data.tobytes(), ", ".join(damage))
