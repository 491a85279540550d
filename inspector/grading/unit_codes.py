"""Unit ids: 'U', nine digits and an ISO 7064 MOD 11-2 check character (U000001234X)."""

from __future__ import annotations

import re
import time

from stdnum.iso7064 import mod_11_2

_UNIT = re.compile(r"U-?([0-9]{9})-?([0-9X])")


def make_unit_code(serial: int) -> str:
    body = f"{serial:09d}"
    return "U" + body + mod_11_2.calc_check_digit(body)


SAMPLE_SERIAL = 999_999_001  # sample tags carry unit ids no real unit will have for a while


def sample_unit_code() -> str:
    """A unit id for a printer's sample tag: never one a real unit has yet."""
    return make_unit_code(SAMPLE_SERIAL + int(time.time()) % 997)


def parse_unit_code(text: str) -> str | None:
    """The canonical unit id in a scanned or typed text; None if it is not one (or its check
    character is wrong)."""
    match = _UNIT.fullmatch(text.strip().upper())
    if not match or mod_11_2.calc_check_digit(match.group(1)) != match.group(2):
        return None
    return "U" + match.group(1) + match.group(2)
