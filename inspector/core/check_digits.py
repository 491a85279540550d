"""Check digits of the carriers' tracking numbers."""

from __future__ import annotations


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
