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


def speed_gauge() -> float:
    """The machine's speed now: CPU milliseconds (this process) for a fixed small workload,
    Python and numpy both, best of three. Figures from runs with different gauges compare
    only as ratios against baselines of their own run."""
    import hashlib

    import numpy as np

    best = float("inf")
    matrix = np.arange(160 * 160, dtype=np.float64).reshape(160, 160) / 1e4
    for _ in range(3):
        start = time.process_time()
        digest = b"gauge"
        for _ in range(20_000):
            digest = hashlib.sha256(digest).digest()
        for _ in range(20):
            matrix = np.tanh(matrix @ matrix.T / 160)
        total = sum(i * i for i in range(200_000))
        best = min(best, (time.process_time() - start) * 1000)
        assert total > 0
    return best
