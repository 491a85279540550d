"""The public barcode corpus in tests/data/barcode-corpus (zxing-cpp's test images, Apache-2.0;
its LICENSE and NOTICE lie beside the images)."""

from __future__ import annotations

import csv
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "barcode-corpus"
# ASCII names of the control characters 0-31, as the manifest writes them.
_CONTROL = [
    "NUL",
    "SOH",
    "STX",
    "ETX",
    "EOT",
    "ENQ",
    "ACK",
    "BEL",
    "BS",
    "HT",
    "LF",
    "VT",
    "FF",
    "CR",
    "SO",
    "SI",
    "DLE",
    "DC1",
    "DC2",
    "DC3",
    "DC4",
    "NAK",
    "SYN",
    "ETB",
    "CAN",
    "EM",
    "SUB",
    "ESC",
    "FS",
    "GS",
    "RS",
    "US",
]


def samples() -> list[dict[str, str]]:
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def as_manifest_text(text: str) -> str:
    """Control characters written the manifest's way: GS as <GS>, CR LF as <CR><LF>."""
    return "".join(f"<{_CONTROL[ord(c)]}>" if ord(c) < 32 else c for c in text)


def is_expected(expected: str, read: str) -> bool:
    read = as_manifest_text(read)
    return read == expected or (len(read) == 12 and "0" + read == expected)
