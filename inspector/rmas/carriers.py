"""Carriers: which carrier a tracking number belongs to, by its format and check digit.

The formats come from the `tracking-numbers` package (UPS, FedEx, USPS, DHL, Amazon and more).
An RMA's tracking numbers are named with it when imported, and a scanned label's when read.
"""

from __future__ import annotations

import tracking_numbers


def carrier_of(number: str) -> str | None:
    """The carrier whose format and check digit a tracking number passes, or None."""
    try:
        found = tracking_numbers.get_tracking_number(number)
    except (ValueError, TypeError, IndexError):
        # The package raises on some near-misses (a letter where a check digit belongs,
        # as in 1Z...X); a number it cannot parse is simply not a tracking number.
        return None
    if found is None or not found.valid:
        return None
    return str(found.courier.name)
