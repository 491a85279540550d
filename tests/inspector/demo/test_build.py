"""The demo warehouse: reproducible, believable, and data for every page."""

import pytest
from sqlalchemy import select

from db import models as m
from inspector.core.errors import InspectorError
from inspector.core.warehouse import open_warehouse
from inspector.demo.build import build_demo


def _dump(warehouse):
    with warehouse.engine.connect() as connection:
        return (
            connection.execute(select(m.Rma.__table__).order_by(m.Rma.id)).all(),
            connection.execute(select(m.RmaTracking.__table__).order_by(m.RmaTracking.id)).all(),
            connection.execute(select(m.Unit.__table__).order_by(m.Unit.id)).all(),
        )


@pytest.mark.sqlite_only
def test_same_seed_same_warehouse(tmp_path, demo_now):
    first = open_warehouse(f"sqlite:///{tmp_path / 'a.db'}")
    second = open_warehouse(f"sqlite:///{tmp_path / 'b.db'}")
    build_demo(first, 400, seed=3, now=demo_now)
    build_demo(second, 400, seed=3, now=demo_now)
    assert _dump(first) == _dump(second)
    third = open_warehouse(f"sqlite:///{tmp_path / 'c.db'}")
    build_demo(third, 400, seed=4, now=demo_now)
    assert _dump(first)[0] != _dump(third)[0]
    for opened in (first, second, third):
        opened.close()


def test_demo_refuses_a_database_that_has_data(demo, demo_now):
    with pytest.raises(InspectorError, match="only an empty database"):
        build_demo(demo, 10, seed=1, now=demo_now)
