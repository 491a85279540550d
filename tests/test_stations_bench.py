"""The stations benchmark, small: two station processes receive and grade an overlapping pool of
50 units on PostgreSQL, and every invariant holds (benchmarks/stations_bench.py)."""

from __future__ import annotations

import pytest

from benchmarks.stations_bench import run


def test_two_stations_on_one_pool_keep_every_invariant(database_url, tmp_path):
    if not database_url.startswith("postgresql"):
        pytest.skip("the stations benchmark runs on PostgreSQL, where stations share a server")
    figures = run(database_url, stations=2, rmas=25, pieces=2, folder=tmp_path)
    assert figures["units"] == 50
    assert sum(s["graded"] for s in figures["per_station"].values()) == 50
    assert sum(s["received"] for s in figures["per_station"].values()) == 25
    assert figures["invariants"] == {
        "units": 50,
        "double_receipts": 0,
        "double_grades": 0,
        "accounted_not_complete": 0,
        "double_tags": 0,
        "audit_intact": True,
    }
