"""Clocks for tests: the day the test's data was built for, not the wall clock's.

A demo built "as of" a fixed moment has RMAs whose windows end days after it; a service asked
with the wall clock would find them all late from some day on (the suite once had such a date
bomb). Services and pages take a clock; tests give them one that starts at the data's moment
and ticks on, so waits and leases still see time pass."""

from __future__ import annotations

import datetime as dt
import time

from inspector.core.clock import Clock

# The moment the shared demo templates are built for.
DEMO_NOW = dt.datetime(2026, 11, 26, 12)


def ticking(start: dt.datetime) -> Clock:
    """A clock that reads `start` now and moves on with real time from here."""
    began = time.monotonic()
    return lambda: start + dt.timedelta(seconds=time.monotonic() - began)


def noon_today() -> dt.datetime:
    """For data a subprocess reads with its own wall clock (the command-line tests): built as of
    today, it is as fresh on any day the suite runs."""
    return dt.datetime.combine(dt.date.today(), dt.time(12))


def at_the_demo() -> Clock:
    """The station's clock an hour after the demo templates were built (DEMO_NOW)."""
    return ticking(DEMO_NOW + dt.timedelta(hours=1))
