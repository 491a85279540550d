"""Grading's fixtures: the grader and a supervisor who grades, at two benches."""

from __future__ import annotations

import dataclasses

import pytest

from inspector.people.stations import register_station


@pytest.fixture
def bench(warehouse, staff):
    """The grader and the supervisor at two benches."""
    one = register_station(warehouse, "BENCH-1")
    two = register_station(warehouse, "BENCH-2")
    return {
        "grader": dataclasses.replace(staff["grader"], station_id=one),
        "grader2": dataclasses.replace(staff["grader"], station_id=two),
        "supervisor": dataclasses.replace(
            staff["supervisor"], station_id=one, roles=frozenset({"supervisor", "grader"})
        ),
        "dock": staff["dock"],
        "one": one,
        "two": two,
    }
