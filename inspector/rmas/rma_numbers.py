"""The shop's RMA numbers: 'RMA', eight digits and an ISO 7064 MOD 11-2 check character."""

from __future__ import annotations

import re

from stdnum.iso7064 import mod_11_2

_RMA = re.compile(r"RMA-?([0-9]{8})-?([0-9X])")


def make_rma_number(serial: int) -> str:
    body = f"{serial:08d}"
    return "RMA" + body + mod_11_2.calc_check_digit(body)


def parse_rma_number(text: str) -> str | None:
    """The canonical RMA number in a scanned or typed text, or None if it is not one.

    Accepts lower case and hyphens (rma-00001234-7); refuses a wrong check character, which
    is what a misread or a typo most often produces.
    """
    match = _RMA.fullmatch(text.strip().upper())
    if not match or mod_11_2.calc_check_digit(match.group(1)) != match.group(2):
        return None
    return "RMA" + match.group(1) + match.group(2)


def misread_rma_number(text: str) -> bool:
    """Whether the text has an RMA number's form but a wrong check character: what a misread
    or a typo makes of one (RMA000000213 for RMA000000212)."""
    match = _RMA.fullmatch(text.strip().upper())
    return match is not None and mod_11_2.calc_check_digit(match.group(1)) != match.group(2)
