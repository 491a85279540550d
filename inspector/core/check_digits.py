"""Check characters: the shop's RMA numbers, GTINs and the carriers' tracking numbers."""

from __future__ import annotations

# ISO 7064 MOD 11-2: one check character (0-9 or X) that catches every single-character
# error and every swap of two neighbours in a typed or misread number.
_MOD11_2_CHARS = "0123456789X"


def iso7064_mod11_2(digits: str) -> str:
    total = 0
    for char in digits:
        total = (total + int(char)) * 2
    return _MOD11_2_CHARS[(12 - total % 11) % 11]


def gtin_check_digit(body: str) -> str:
    """GS1 check digit for a GTIN body (UPC-A without its last digit, EAN-13 likewise)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def is_valid_gtin(code: str) -> bool:
    return (
        code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check_digit(code[:-1]) == code[-1]
    )


def ups_check_digit(body: str) -> str:
    """Check digit over the 15 characters after '1Z'; letters count as (ord - 63) mod 10."""
    total = 0
    for position, char in enumerate(body):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if position % 2 == 1 else 1)
    return str((10 - total % 10) % 10)


_FEDEX_WEIGHTS = (3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1)


def fedex12_check_digit(body: str) -> str:
    """Check digit of a 12-digit FedEx Express number, over its first 11 digits."""
    total = sum(int(c) * w for c, w in zip(body, _FEDEX_WEIGHTS, strict=True))
    return str(total % 11 % 10)


def usps_check_digit(body: str) -> str:
    """Mod 10 check digit of a USPS IMpb tracking number (weights 3,1 from the right)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)
