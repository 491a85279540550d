"""Minting carrier tracking numbers with valid check digits (for the demo warehouse).

Reading and checking scanned numbers is the tracking-numbers package's work
(inspector.rmas.carriers). That package checks a check digit but cannot compute one, so the
UPS and FedEx check digits are computed here, for minting only; the tests hold every minted
number against the package.
"""

from __future__ import annotations

import random

from stdnum import ean

_UPS_ACCOUNTS = ("A1B2C3", "8X4V9W", "R05E77", "0W2Y41")
_FEDEX_WEIGHTS = (3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1)


def _ups_check_digit(body: str) -> str:
    """Check digit over the 15 characters after '1Z'; letters count as (ord - 63) mod 10."""
    total = 0
    for position, char in enumerate(body):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if position % 2 == 1 else 1)
    return str((10 - total % 10) % 10)


def _fedex12_check_digit(body: str) -> str:
    """Check digit of a 12-digit FedEx Express number, over its first 11 digits."""
    total = sum(int(c) * w for c, w in zip(body, _FEDEX_WEIGHTS, strict=True))
    return str(total % 11 % 10)


def mint_ups(rng: random.Random) -> str:
    body = (
        rng.choice(_UPS_ACCOUNTS)
        + rng.choice(("03", "90", "01"))
        + "".join(rng.choice("0123456789") for _ in range(7))
    )
    return "1Z" + body + _ups_check_digit(body)


def mint_fedex(rng: random.Random) -> str:
    body = str(rng.randrange(10**10, 10**11))
    return body + _fedex12_check_digit(body)


def mint_usps(rng: random.Random) -> str:
    # IMpb (USPS Publication 199): application id 92, a 3-digit service type code, a
    # 9-digit mailer id and a 7-digit package serial, then GS1's mod 10 check digit, the
    # one an EAN carries.
    mailer = str(rng.randrange(10**8, 10**9))
    body = "92" + rng.choice(("055", "612", "748")) + mailer + f"{rng.randrange(10**7):07d}"
    return body + ean.calc_check_digit(body)


def mint(rng: random.Random) -> tuple[str, str]:
    """A fresh (carrier, tracking number) in the mix a US returns dock sees."""
    roll = rng.random()
    if roll < 0.45:
        return "UPS", mint_ups(rng)
    if roll < 0.80:
        return "USPS", mint_usps(rng)
    return "FedEx", mint_fedex(rng)
