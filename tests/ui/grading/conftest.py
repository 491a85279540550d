"""A grading bench: a warehouse with its staff and a registered station, the grader and a
supervisor who also grades signed in at it."""

import dataclasses

import pytest

from inspector.core.warehouse import open_warehouse
from inspector.people.stations import register_station
from tests.helpers.people import staff as make_staff


@pytest.fixture
def bench(tmp_path):
    warehouse = open_warehouse(f"sqlite:///{tmp_path / 'bench.db'}")
    staff = make_staff(warehouse)
    station = register_station(warehouse, "BENCH-1")
    staff["grader"] = dataclasses.replace(staff["grader"], station_id=station)
    staff["boss"] = dataclasses.replace(
        staff["supervisor"], station_id=station, roles=frozenset({"grader", "supervisor"})
    )
    yield warehouse, staff
    warehouse.close()
