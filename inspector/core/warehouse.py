"""Opening the warehouse's database: engine, sessions, schema brought up to date."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db import models as m
from db.engine import explained_errors, make_engine, make_session_factory
from db.migrate import upgrade


@dataclass
class Warehouse:
    """One open database: what every service works on."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """Where the data lives, for a status bar: never the password."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return f"SQLite {url.database}"
        return f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database}"

    def close(self) -> None:
        self.engine.dispose()


def open_warehouse(url: str, migrate: bool = True) -> Warehouse:
    """Open the database at `url`; bring its schema to the newest revision unless told not to."""
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Warehouse(engine, make_session_factory(engine), url)


def upgrade_schema(warehouse: Warehouse) -> tuple[str | None, str]:
    """Bring the schema to this version's newest revision; return (before, after)."""
    return upgrade(warehouse.engine)


def rma_count(warehouse: Warehouse) -> int:
    with explained_errors(), warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(m.Rma)) or 0


DEMO_KEY = "warehouse.demo"


def is_demo(warehouse: Warehouse) -> bool:
    """Whether this database holds the demo warehouse (its PINs may then be shown)."""
    with explained_errors(), warehouse.sessions() as session:
        setting = session.get(m.Setting, DEMO_KEY)
        return bool(setting and setting.value.get("demo"))
