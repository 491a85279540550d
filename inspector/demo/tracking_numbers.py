"""Minting carrier tracking numbers with valid check digits (for the demo warehouse).

Reading scanned numbers is inspector.receiving.labels' work, with the tracking-numbers package;
`carrier_of` here is our own check, which the tests hold against that package.
"""

from __future__ import annotations

import random
import re

from inspector.core.check_digits import fedex12_check_digit, ups_check_digit, usps_check_digit

_UPS = re.compile(r"1Z[0-9A-Z]{15}[0-9]")
_FEDEX12 = re.compile(r"[0-9]{12}")
_USPS22 = re.compile(r"9[1-5][0-9]{20}")


def carrier_of(number: str) -> str | None:
    """Name the carrier whose format and check digit the number passes, or None."""
    if _UPS.fullmatch(number) and ups_check_digit(number[2:17]) == number[17]:
        return "UPS"
    if _USPS22.fullmatch(number) and usps_check_digit(number[:21]) == number[21]:
        return "USPS"
    if _FEDEX12.fullmatch(number) and fedex12_check_digit(number[:11]) == number[11]:
        return "FedEx"
    return None


_UPS_ACCOUNTS = ("A1B2C3", "8X4V9W", "R05E77", "0W2Y41")
_ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def mint_ups(rng: random.Random) -> str:
    body = (
        rng.choice(_UPS_ACCOUNTS)
        + rng.choice(("03", "90", "01"))
        + "".join(rng.choice("0123456789") for _ in range(7))
    )
    return "1Z" + body + ups_check_digit(body)


def mint_fedex(rng: random.Random) -> str:
    body = str(rng.randrange(10**10, 10**11))
    return body + fedex12_check_digit(body)


def mint_usps(rng: random.Random) -> str:
    # IMpb (USPS Publication 199): application id 92, a 3-digit service type code, a
    # 9-digit mailer id and a 7-digit package serial, then the mod 10 check digit.
    mailer = str(rng.randrange(10**8, 10**9))
    body = "92" + rng.choice(("055", "612", "748")) + mailer + f"{rng.randrange(10**7):07d}"
    return body + usps_check_digit(body)


def mint(rng: random.Random) -> tuple[str, str]:
    """A fresh (carrier, tracking number) in the mix a US returns dock sees."""
    roll = rng.random()
    if roll < 0.45:
        return "UPS", mint_ups(rng)
    if roll < 0.80:
        return "USPS", mint_usps(rng)
    return "FedEx", mint_fedex(rng)
