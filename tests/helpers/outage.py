"""Real database outages for tests: a loopback TCP link to PostgreSQL that can be cut and
restored, and an SQLite file held locked by another connection.

Cutting the link closes every open connection through it and turns new ones away, which is
what a station sees when the server or the network goes: the driver's own errors, not a
mock's.
"""

from __future__ import annotations

import datetime as dt
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from inspector.core.station_journal import StationJournal
from inspector.core.warehouse import Warehouse, open_warehouse
from inspector.demo.build import build_demo
from inspector.people.operators import sign_in_with_pin
from inspector.people.roles import Actor

DEMO_NOW = dt.datetime(2026, 11, 26, 12)


class DatabaseLink:
    """Forwards 127.0.0.1:<port> to a PostgreSQL server until cut."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.up = True
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url_through(self, url: str) -> str:
        """The same database URL, reached through this link."""
        parsed = make_url(url)
        return parsed.set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()  # the server is gone, as far as the station can tell
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.up = False
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self._closed = True
        self.cut()
        self._listener.close()


@contextmanager
def sqlite_held(path: Path) -> Iterator[None]:
    """Another program holds the SQLite file's write lock: every write waits, then fails."""
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@dataclass
class Dock:
    """A demo warehouse reached the way a station reaches it (`url`), its journal, dana of
    the dock signed in, and `outage()`: a context in which the database cannot be had."""

    warehouse: Warehouse
    url: str
    dana: Actor
    journal: StationJournal
    outage: Callable[[], AbstractContextManager[None]]


@contextmanager
def outage_for(
    database_url: str,
) -> Iterator[tuple[str, Callable[[], AbstractContextManager[None]]]]:
    """The URL a station uses to reach the database, and `outage()`: a context in which the
    database cannot be had (PostgreSQL: the link cut; SQLite: the file held locked)."""
    link = None
    url = database_url
    if make_url(database_url).get_backend_name() == "postgresql":
        target = make_url(database_url)
        link = DatabaseLink(target.host or "127.0.0.1", target.port or 5432)
        url = link.url_through(database_url)

    @contextmanager
    def outage() -> Iterator[None]:
        if link is None:
            with sqlite_held(Path(make_url(url).database or "")):
                yield
        else:
            link.cut()
            try:
                yield
            finally:
                link.restore()

    try:
        yield url, outage
    finally:
        if link is not None:
            link.close()


@contextmanager
def dock_with_outage(
    database_url: str,
    journal: StationJournal,
    rmas: int = 150,
    now: dt.datetime = DEMO_NOW,
) -> Iterator[Dock]:
    """A demo dock built as of `now` (a command-line test, whose subprocess reads the wall
    clock, gives today), whose database link can be cut."""
    with outage_for(database_url) as (url, outage):
        warehouse = open_warehouse(url)
        try:
            build_demo(warehouse, rmas, seed=3, now=now)
            dana = sign_in_with_pin(warehouse, "dana", "1111", None)
            yield Dock(warehouse, url, dana, journal, outage)
        finally:
            warehouse.close()
