"""What a scanned label says: raw text becomes typed candidates (RMA, tracking, order, GS1).

Carrier formats come from the `tracking-numbers` package (UPS, FedEx, USPS, DHL, Amazon and
more, each with its check digit), GS1 element strings and Digital Link URIs from `biip`;
only the two barcode wrappers the packages do not unwrap (USPS's 420+ZIP routing prefix
and FedEx's 34-digit barcode) are handled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from inspector.core.errors import InspectorError
from inspector.rmas.carriers import carrier_of
from inspector.rmas.rma_numbers import misread_rma_number, parse_rma_number

_SYMBOLOGY_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_IMPB_BARCODE = re.compile(r"420(?:[0-9]{5}|[0-9]{9})(9[1-5][0-9]{20}|9[1-5][0-9]{24})")
_FEDEX34 = re.compile(r"(?:96|10)[0-9]{20}([0-9]{12})")
# GS1 routing: AI 420 (ship-to postal code) or 421 (ISO country, then the postal code).
_ROUTING = re.compile(r"420[0-9A-Z]{1,20}|421[0-9]{3}[0-9A-Z]{1,9}")
_PORTAL_KEYS = ("rma", "rma_number", "return", "return_id", "order", "order_number")
MAX_LENGTH = 512  # the longest text a label's barcode may say (a portal or Digital Link URL)
LONGEST_NUMBER = 64  # the longest number a label names plainly: an order number
PARCEL_KINDS = ("rma", "tracking", "sscc", "order")  # what names a parcel (not gtin, serial)


class NotALabel(InspectorError):
    """A scan that cannot be a parcel's label, and why: `why` is "check_character" (an RMA
    number misread or mistyped), "too_long", "unreadable" (characters no label has) or
    "no_number" (nothing in it names a parcel). Nothing is recorded for it."""

    WORDS = {
        "check_character": "check character wrong: scan again or retype",
        "too_long": "longer than any label ({length} characters): scan the return label",
        "unreadable": "holds characters no label has (a misread): scan again",
        "no_number": (
            "cannot be a parcel's label ({length} characters, no RMA, tracking or order "
            "number): scan the return label"
        ),
    }

    def __init__(self, code: str, why: str) -> None:
        self.code, self.why = code, why
        shown = code if len(code) <= 40 else f"{code[:40]}..."
        super().__init__(f"{shown}: {self.WORDS[why].format(length=len(code))}")


def refuse_if_not_a_label(scanned: str) -> str:
    """The scanned text, stripped, if it can be a parcel's label; NotALabel saying why not.

    A number in the RMA's form with a wrong check character is refused by the caller, once
    it knows that no RMA has that very number (see receiving.receipts).
    """
    text = scanned.strip()
    if len(text) > MAX_LENGTH:
        raise NotALabel(text, "too_long")
    if not all(c.isprintable() or c == "\x1d" for c in text):
        raise NotALabel(text, "unreadable")
    names = [c for c in candidates(text) if c.kind in PARCEL_KINDS]
    if text and not any(c.kind != "order" or len(c.value) <= LONGEST_NUMBER for c in names):
        raise NotALabel(text, "no_number")
    return text


def is_routing_code(scanned: str) -> bool:
    """Whether the scan is a postal routing code alone (GS1 AI 420 or 421: where a parcel
    goes, read from a carrier's postal barcode); it names no parcel."""
    bare = _SYMBOLOGY_ID.sub("", scanned.strip())
    if not _ROUTING.fullmatch(bare):
        return False
    return not any(c.kind in ("rma", "tracking", "sscc") for c in candidates(bare))


def is_misread_rma_number(scanned: str) -> bool:
    """Whether the scan is an RMA number with a wrong check character."""
    return misread_rma_number(scanned)


@dataclass(frozen=True)
class Candidate:
    """One reading of a scanned text. `kind`: rma, tracking, order, sscc, gtin, serial."""

    kind: str
    value: str
    carrier: str | None = None


def _tracking(number: str) -> Candidate | None:
    carrier = carrier_of(number)
    return Candidate("tracking", number, carrier) if carrier else None


def _from_gs1(text: str) -> list[Candidate]:
    """SSCC, GTIN and serial from a GS1 element string or a GS1 Digital Link URI."""
    import biip  # on the first label read, not on the way to the sign-in page

    try:
        result = biip.parse(text)
    except Exception:  # noqa: BLE001 - biip raises its own errors for any non-GS1 text
        return []
    found: list[Candidate] = []
    elements: list[Any] = []
    if result.gs1_message is not None:
        elements = result.gs1_message.element_strings
    elif result.gs1_digital_link_uri is not None:
        elements = result.gs1_digital_link_uri.element_strings
    for element in elements:
        if element.ai.ai == "00" and element.sscc is not None:
            found.append(Candidate("sscc", element.value))
        elif element.ai.ai == "01" and element.gtin is not None:
            found.append(Candidate("gtin", element.value))
        elif element.ai.ai == "21":
            found.append(Candidate("serial", element.value))
    if not found and result.gtin is not None and result.gtin_error is None:
        found.append(Candidate("gtin", result.gtin.value))
    if not found and result.sscc is not None and result.sscc_error is None:
        found.append(Candidate("sscc", result.sscc.value))
    return found


def _from_portal_url(text: str) -> list[Candidate]:
    """RMA or order numbers in a returns-portal link (a query key, or the last path part)."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return []
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return []
    found: list[Candidate] = []
    query = parse_qs(parts.query)
    for key in _PORTAL_KEYS:
        for value in query.get(key, []):
            kind = "order" if key.startswith("order") else "rma"
            rma = parse_rma_number(value)
            found.append(Candidate("rma", rma) if rma else Candidate(kind, value.strip()))
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    rma = parse_rma_number(last) if last else None
    if rma:
        found.append(Candidate("rma", rma))
    return found


def candidates(scanned: str) -> list[Candidate]:
    """Every typed reading of a scanned or typed text, most specific first, no repeats.

    Never raises: any text (a foreign barcode, noise) gives candidates or none.
    """
    text = scanned.strip()[:MAX_LENGTH]
    if not text:
        return []
    found: list[Candidate] = []
    bare = _SYMBOLOGY_ID.sub("", text)
    if bare.lower().startswith(("http://", "https://")):
        found += _from_gs1(bare) + _from_portal_url(bare)
    else:
        compact = re.sub(r"[\s\x1d-]", "", bare).upper()
        rma = parse_rma_number(bare)
        if rma:
            found.append(Candidate("rma", rma))
        for pattern in (_IMPB_BARCODE, _FEDEX34):
            match = pattern.fullmatch(compact)
            if match:
                inner = _tracking(match.group(1))
                if inner:
                    found.append(inner)
        whole = _tracking(compact) if compact.isalnum() else None
        if whole:
            found.append(whole)
        if "\x1d" in text or text.startswith(("]C1", "]d2", "]Q3", "]e0", "]J1")):
            found += _from_gs1(text)
        elif compact.isdigit() and len(compact) in (8, 12, 13, 14, 18):
            found += _from_gs1(compact)
        if compact and compact.isprintable():
            found.append(Candidate("order", compact))
            if bare.strip() != compact:
                found.append(Candidate("order", bare.strip()))
    unique: dict[tuple[str, str], Candidate] = {}
    for candidate in found:
        unique.setdefault((candidate.kind, candidate.value), candidate)
    return list(unique.values())
