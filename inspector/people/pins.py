"""PINs: kept only as salted scrypt hashes, compared in constant time, never logged."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from inspector.core.errors import InspectorError

# scrypt cost: n=2**14, r=8, p=1 takes about 30-50 ms here and 16 MiB of memory per try,
# which makes guessing a 4-digit PIN from a stolen database slow, and is still instant to
# a person at the keypad. The parameters are stored with each hash, so they can be raised.
N, R, P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 4, 8


def check_pin_format(pin: str) -> None:
    if not (pin.isdigit() and pin.isascii() and MIN_LENGTH <= len(pin) <= MAX_LENGTH):
        raise InspectorError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")


def hash_pin(pin: str) -> str:
    """A new salted hash of the PIN, as 'scrypt$n$r$p$salt$hash' (base64 parts)."""
    check_pin_format(pin)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    parts = (base64.b64encode(salt).decode(), base64.b64encode(digest).decode())
    return f"scrypt${N}${R}${P}${parts[0]}${parts[1]}"


def pin_matches(pin: str, stored: str | None) -> bool:
    """Whether the PIN fits the stored hash; False for no hash or a damaged one."""
    if not stored:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
