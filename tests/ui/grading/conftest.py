"""A grading bench: a warehouse with its staff and a registered station, the grader and a
supervisor who also grades signed in at it."""

import dataclasses

import pytest

from inspector.people.stations import register_station
from tests.helpers import templates


@pytest.fixture
def bench(tmp_path):
    warehouse, staff = templates.staffed_sqlite(tmp_path / "bench.db")
    station = register_station(warehouse, "BENCH-1")
    staff["grader"] = dataclasses.replace(staff["grader"], station_id=station)
    staff["boss"] = dataclasses.replace(
        staff["supervisor"], station_id=station, roles=frozenset({"grader", "supervisor"})
    )
    yield warehouse, staff
    warehouse.close()
