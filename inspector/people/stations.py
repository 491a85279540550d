"""Stations: each machine at the dock is a row that audit events point at."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from inspector.core.limits import check_text
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record


def register_station(warehouse: Warehouse, name: str) -> int:
    """The id of the station with this name, adding it on its first start."""
    check_text(m.Station.__table__.c.name, name, "the station's name")
    with explained_errors(), warehouse.sessions.begin() as session:
        return station_in(session, name)


def station_in(session: Session, name: str) -> int:
    """The id of the station with this name, added in the caller's transaction if new (so a
    change that is then refused leaves no station behind)."""
    station_id = session.scalar(select(m.Station.id).where(m.Station.name == name))
    if station_id is not None:
        return station_id
    station = m.Station(name=name, created_at=dt.datetime.now())
    session.add(station)
    session.flush()
    record(session, None, "station_registered", "station", name, station_id=station.id)
    return station.id
