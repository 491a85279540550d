"""Stations: each machine at the dock is a row that audit events point at."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from sqlalchemy import select

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.station.settings import StationSettings, save_settings


def register_station(warehouse: Warehouse, name: str) -> int:
    """The id of the station with this name, adding it on its first start."""
    with explained_errors(), warehouse.sessions.begin() as session:
        station_id = session.scalar(select(m.Station.id).where(m.Station.name == name))
        if station_id is not None:
            return station_id
        station = m.Station(name=name, created_at=dt.datetime.now())
        session.add(station)
        session.flush()
        record(session, None, "station_registered", "station", name, station_id=station.id)
        return station.id


def change_station_settings(
    warehouse: Warehouse, actor: Actor | None, old: StationSettings, new: StationSettings
) -> int:
    """Save this station's settings (admin only), with the change in the audit trail.

    A new station name is a new station row; returns that row's id.
    """
    require(actor, Action.MANAGE_STATIONS)
    station_id = register_station(warehouse, new.station_name)
    with explained_errors(), warehouse.sessions.begin() as session:
        record(
            session,
            actor,
            "station_settings_changed",
            "station",
            new.station_name,
            before=asdict(old),
            after=asdict(new),
            station_id=station_id,
        )
        save_settings(new)  # if the file cannot be written, the event is rolled back
    return station_id
