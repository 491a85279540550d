"""Collecting Python's cyclic garbage when its thresholds say so, on the calling thread: the
GUI thread's collector (ui/common/collector.py) and the test suite's, between tests, use it so
that no other thread ever collects (a Qt object deleted from a worker thread can crash)."""

from __future__ import annotations

import gc


def collect_if_due() -> int:
    """Collect the oldest generation whose count is over its threshold, as Python itself
    would; how many objects were found unreachable."""
    counts, limits = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > limits[generation]:
            return gc.collect(generation)
    return 0
