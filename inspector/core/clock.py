"""The station's clock: what "now" and "today" are, injected where a page or service has a
today, so that a test can name the day instead of reading the wall clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The wall clock, local time without a zone: the default everywhere."""
    return dt.datetime.now()


def today(clock: Clock = system_clock) -> dt.date:
    """The calendar day the clock says it is."""
    return clock().date()
