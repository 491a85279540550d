"""Synthetic carrier labels, built like real ones and rendered by zxing-cpp's writer.

A UPS label carries a MaxiCode (the carrier's transport message), a postal routing code
(GS1-128 with AI 420 and the ZIP) and the 1Z tracking number in Code 128; a USPS label the
IMpb (GS1-128: 420+ZIP, then the 22- or 26-digit tracking number) and sometimes a postage
Data Matrix; a FedEx label a PDF417 (the transport message) and a 12- or 34-digit Code 128.
Some labels also carry a returns-portal QR Code: most with the RMA number, some with none.
Every number carries a valid check digit (checked by the app's own carrier parser), all
drawn from a seeded generator, so a label set is the same on every run.

Nothing here knows how the app reads labels: the labels are ground truth only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

from inspector.rmas.carriers import carrier_of
from inspector.rmas.rma_numbers import make_rma_number

F = zxingcpp.BarcodeFormat
BASE_MODULE = 3  # pixels per Code 128 module when a label is drawn, before any camera
CARRIERS = ("UPS", "USPS", "FedEx")
_ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_STREETS = ("ALPHA DR", "MAIN ST", "OAK AVE", "HARBOR BLVD", "MILL RD", "PINE CT")
_CITIES = (("PITTSBURGH", "PA"), ("DENVER", "CO"), ("AUSTIN", "TX"), ("SALEM", "OR"))


@dataclass
class Label:
    """One label: its image (grey, white paper) and what its codes say."""

    carrier: str
    image: np.ndarray
    tracking: str  # the tracking number the carrier's barcode names
    rma: str | None  # the RMA number in the returns QR, if the label has one
    texts: list[str] = field(default_factory=list)  # every code's exact text on the label
    module_px: float = BASE_MODULE  # pixels per module of the tracking barcode in `image`


def _with_check(rng: random.Random, stem: str, carrier: str) -> str:
    """`stem` plus the check digit that the carrier's format accepts."""
    for digit in "0123456789":
        number = stem + digit
        if carrier_of(number) == carrier:
            return number
    raise ValueError(f"no check digit makes {stem} a {carrier} number")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ups_number(rng: random.Random) -> str:
    shipper = "".join(rng.choice(_ALNUM) for _ in range(6))
    stem = "1Z" + shipper + rng.choice(("01", "02", "03", "12", "13")) + _digits(rng, 7)
    return _with_check(rng, stem, "UPS")


def usps_number(rng: random.Random) -> str:
    if rng.random() < 0.7:
        stem = "92" + rng.choice(("055", "612", "001")) + _digits(rng, 16)  # 22 digits
    else:
        stem = "93" + _digits(rng, 23)  # 26 digits
    return _with_check(rng, stem, "United States Postal Service")


def fedex_number(rng: random.Random) -> str:
    for _ in range(20):
        try:
            return _with_check(rng, _digits(rng, 11), "FedEx")
        except ValueError:
            continue  # a stem no check digit completes (mod 11 gives 10): draw again
    raise ValueError("no FedEx number")


def _code(text: str, fmt: zxingcpp.BarcodeFormat, scale: int, **options: object) -> np.ndarray:
    image = zxingcpp.create_barcode(text, fmt, **options).to_image(scale=scale)
    return np.asarray(image, dtype=np.uint8)


def _fit(code: np.ndarray, width: int | None = None, height: int | None = None) -> np.ndarray:
    """A rendered code scaled to a width or a height (crisp when enlarged)."""
    factor = width / code.shape[1] if width else (height or 1) / code.shape[0]
    method = cv2.INTER_AREA if factor < 1 else cv2.INTER_NEAREST
    return cv2.resize(code, None, fx=factor, fy=factor, interpolation=method)


def _paste(label: np.ndarray, part: np.ndarray, x: int, y: int) -> None:
    h = min(part.shape[0], label.shape[0] - y)
    w = min(part.shape[1], label.shape[1] - x)
    label[y : y + h, x : x + w] = np.minimum(label[y : y + h, x : x + w], part[:h, :w])


def _text(label: np.ndarray, words: str, x: int, y: int, size: float, bold: int = 2) -> None:
    cv2.putText(label, words, (x, y), cv2.FONT_HERSHEY_SIMPLEX, size, 0, bold, cv2.LINE_AA)


def _address_block(rng: random.Random, label: np.ndarray, x: int, y: int, size: float) -> int:
    city, state = rng.choice(_CITIES)
    lines = [
        f"{rng.randint(10, 9999)} {rng.choice(_STREETS)}",
        f"{city} {state} {_digits(rng, 5)}",
    ]
    step = int(34 * size)
    for i, line in enumerate(lines):
        _text(label, line, x, y + i * step, size)
    return y + len(lines) * step


def _returns_qr(rng: random.Random) -> tuple[str, str | None]:
    """A returns-portal link: most name the RMA, some only the portal."""
    rma = make_rma_number(rng.randint(1, 99_999_999))
    kind = rng.random()
    if kind < 0.45:
        return f"https://returns.example-shop.com/r/{rma}", rma
    if kind < 0.75:
        return f"https://returns.example-shop.com/label?rma={rma}&lang=en", rma
    return "https://returns.example-shop.com/start?utm_source=label", None


def _tracking_code(text: str, gs1: bool = False) -> np.ndarray:
    options = {"gs1": True} if gs1 else {}
    return _code(text, F.Code128, BASE_MODULE, **options)


def _frame_label(code: np.ndarray, ratio: float = 1.5) -> np.ndarray:
    """White paper sized around the tracking barcode (which spans about 80% of its width)."""
    width = int(code.shape[1] / 0.8)
    return np.full((int(width * ratio), width), 255, np.uint8)


def _finish(
    rng: random.Random, label: np.ndarray, carrier: str, tracking: str, texts: list[str]
) -> Label:
    rma = None
    if rng.random() < 0.5:
        link, rma = _returns_qr(rng)
        side = max(label.shape[1] // 5, 150)
        qr = _fit(_code(link, F.QRCode, 4), width=side)
        _paste(label, qr, label.shape[1] - side - 12, label.shape[0] - side - 12)
        texts.append(link)
    cv2.rectangle(label, (2, 2), (label.shape[1] - 3, label.shape[0] - 3), 0, 3)
    return Label(carrier, label, tracking, rma, texts)


def ups_label(rng: random.Random) -> Label:
    tracking = ups_number(rng)
    zip5 = _digits(rng, 5)
    message = (
        f"[)>\x1e01\x1d96{zip5}0000\x1d840\x1d00{rng.randint(1, 3)}\x1d1Z{tracking[-8:]}"
        f"\x1dUPSN\x1d{tracking[2:8]}\x1d{rng.randint(1, 365):03d}\x1d\x1d1/1\x1d"
        f"{rng.randint(1, 40)}\x1dY\x1d{rng.choice(_STREETS)}\x1dPITTSBURGH\x1dPA\x1e\x04"
    )
    routing = "(420)" + zip5
    code = _tracking_code(tracking)
    label = _frame_label(code)
    w = label.shape[1]
    _text(label, "SHIP FROM: RETURNS CUSTOMER", 20, 40, 0.8)
    _address_block(rng, label, 20, 80, 0.8)
    _text(label, "SHIP TO: EXAMPLE SHOP RETURNS", 20, 190, 0.9)
    _address_block(rng, label, 40, 230, 0.9)
    maxi = _fit(_code(message, F.MaxiCode, 3), width=int(w * 0.28))
    _paste(label, maxi, 20, 320)
    _text(label, f"PA 152 {rng.randint(1, 9)}-0{rng.randint(1, 9)}", int(w * 0.38), 370, 1.6, 4)
    postal = _fit(_code(routing, F.Code128, BASE_MODULE, gs1=True), width=int(w * 0.45))
    postal = postal[: max(60, int(w * 0.12))]
    _paste(label, postal, int(w * 0.38), 420)
    top = 340 + maxi.shape[0]
    _text(label, "UPS GROUND", 20, top + 60, 1.8, 5)
    _text(label, f"TRACKING #: {tracking[:2]} {tracking[2:5]} {tracking[5:8]}", 20, top + 110, 0.9)
    tall = cv2.resize(code, (code.shape[1], int(w * 0.2)), interpolation=cv2.INTER_NEAREST)
    _paste(label, tall, (w - code.shape[1]) // 2, top + 140)
    _text(label, "BILLING: P/P   REF: RETURN", 20, top + 180 + tall.shape[0], 0.8)
    texts = [tracking, message, "420" + zip5]
    return _finish(rng, label, "UPS", tracking, texts)


def usps_label(rng: random.Random) -> Label:
    tracking = usps_number(rng)
    zip_code = _digits(rng, 5) if rng.random() < 0.6 else _digits(rng, 9)
    impb = f"420{zip_code}\x1d{tracking}"
    code = _tracking_code(f"(420){zip_code}(92){tracking[2:]}", gs1=True)
    if not tracking.startswith("92"):
        code = _tracking_code(f"(420){zip_code}(93){tracking[2:]}", gs1=True)
    label = _frame_label(code)
    w = label.shape[1]
    cv2.rectangle(label, (w - int(w * 0.42), 12), (w - 14, 200), 0, 3)
    _text(label, "US POSTAGE PAID", w - int(w * 0.40), 50, 0.8)
    texts = [impb]
    if rng.random() < 0.6:
        postage = "".join(rng.choice(_ALNUM) for _ in range(40))
        _paste(label, _fit(_code(postage, F.DataMatrix, 4), width=110), w - 140, 70)
        texts.append(postage)
    _text(label, "USPS PRIORITY MAIL", 20, 270, 1.6, 5)
    _text(label, "SHIP TO:", 20, 330, 0.9)
    _address_block(rng, label, 40, 370, 1.0)
    _text(label, "USPS TRACKING # EP", int(w * 0.25), 520, 1.0, 3)
    tall = cv2.resize(code, (code.shape[1], int(w * 0.2)), interpolation=cv2.INTER_NEAREST)
    _paste(label, tall, (w - code.shape[1]) // 2, 545)
    spaced = " ".join(tracking[i : i + 4] for i in range(0, len(tracking), 4))
    _text(label, spaced, int(w * 0.12), 590 + tall.shape[0], 0.9)
    return _finish(rng, label, "USPS", tracking, texts)


def fedex_label(rng: random.Random) -> Label:
    tracking = fedex_number(rng)
    zip5 = _digits(rng, 5)
    long_form = rng.random() < 0.6
    barcode = f"9622{_digits(rng, 18)}{tracking}" if long_form else tracking
    message = (
        f"[)>\x1e01\x1d02{zip5}\x1d840\x1d{rng.choice(('020', '092'))}\x1d{tracking}\x1dFDEG"
        f"\x1d{_digits(rng, 9)}\x1d{rng.randint(1, 365):03d}\x1d\x1d1/1\x1d{rng.randint(1, 40)}"
        f"LB\x1dN\x1d{rng.choice(_STREETS)}\x1dDENVER\x1dCO\x1d\x1e06\x1d10ZGD008\x1e\x04"
    )
    code = _tracking_code(barcode)
    label = _frame_label(code)
    w = label.shape[1]
    _text(label, "ORIGIN ID: XYZA", 20, 40, 0.8)
    _address_block(rng, label, 20, 80, 0.8)
    _text(label, "TO EXAMPLE SHOP RETURNS", 20, 190, 0.9)
    _address_block(rng, label, 40, 230, 0.9)
    pdf = _fit(_code(message, F.PDF417, 2), width=int(w * 0.6))
    _paste(label, pdf, 20, 320)
    top = 330 + pdf.shape[0]
    _text(label, "FedEx Ground" if long_form else "FedEx Express", 20, top + 60, 1.6, 5)
    _text(label, f"TRK# {tracking[:4]} {tracking[4:8]} {tracking[8:]}", 20, top + 110, 1.0, 3)
    tall = cv2.resize(code, (code.shape[1], int(w * 0.2)), interpolation=cv2.INTER_NEAREST)
    _paste(label, tall, (w - code.shape[1]) // 2, top + 140)
    texts = [barcode, message]
    return _finish(rng, label, "FedEx", tracking, texts)


MAKERS = {"UPS": ups_label, "USPS": usps_label, "FedEx": fedex_label}


def carrier_label(rng: random.Random, carrier: str | None = None) -> Label:
    """A label of the given carrier (or of one drawn at random)."""
    return MAKERS[carrier or rng.choice(CARRIERS)](rng)
