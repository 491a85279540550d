"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any


def timed(fn: Callable[[Any], object], inputs: Iterable[Any]) -> list[float]:
    """Milliseconds for each call of `fn` on each input, in order."""
    times = []
    for value in inputs:
        start = time.perf_counter()
        fn(value)
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
