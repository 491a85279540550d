"""Minted tracking numbers are numbers of their carrier to the tracking-numbers package."""

import random

import pytest
import tracking_numbers

from inspector.demo.tracking_numbers import mint


@pytest.mark.parametrize("seed", range(5))
def test_minted_tracking_numbers_pass_an_independent_validator(seed):
    rng = random.Random(seed)
    for _ in range(300):
        carrier, number = mint(rng)
        found = tracking_numbers.get_tracking_number(number)
        assert found is not None and found.valid, number
        assert found.courier.code == carrier.lower(), (number, found.courier)
        # The check digit is what makes it so: one off, and it is no longer that carrier's.
        wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
        other = tracking_numbers.get_tracking_number(wrong)
        assert other is None or not other.valid or other.courier.code != carrier.lower(), wrong
