"""Unit ids: 'U', nine digits and an ISO 7064 MOD 11-2 check character (U000001234X)."""

from __future__ import annotations

import re

from inspector.core.check_digits import iso7064_mod11_2

_UNIT = re.compile(r"U-?([0-9]{9})-?([0-9X])")


def make_unit_code(serial: int) -> str:
    body = f"{serial:09d}"
    return "U" + body + iso7064_mod11_2(body)


def parse_unit_code(text: str) -> str | None:
    """The canonical unit id in a scanned or typed text; None if it is not one (or its check
    character is wrong)."""
    match = _UNIT.fullmatch(text.strip().upper())
    if not match or iso7064_mod11_2(match.group(1)) != match.group(2):
        return None
    return "U" + match.group(1) + match.group(2)
