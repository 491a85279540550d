"""The shop service: pull every so often (one station at a time) and deliver the outbox as
it fills, until told to stop; a station's background thread and `inspector shop run` alike."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.shop.connecting import connector_for
from inspector.shop.connector import Connector
from inspector.shop.delivery import PushReport, push
from inspector.shop.pulling import PullReport, pull
from inspector.shop.shop_settings import load_shop_settings

log = logging.getLogger(__name__)
IDLE_PUSH_S = 5.0


def holder_name(station: str) -> str:
    """Who holds claims and leases: the station, this process, and a random part."""
    return f"{station[:40]}/{os.getpid()}-{uuid.uuid4().hex[:8]}"


def run_shop(
    warehouse: Warehouse,
    station: str,
    stop: threading.Event,
    *,
    on_pull: Callable[[PullReport], None] | None = None,
    on_push: Callable[[PushReport], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
    pull_every_s: float | None = None,
) -> None:
    """Pull and push until `stop` is set; problems are reported, never raised."""
    holder = holder_name(station)
    next_pull = 0.0
    kept: tuple[object, Connector] | None = None
    try:
        while not stop.is_set():
            try:
                settings = load_shop_settings(warehouse)
                if kept is None or kept[0] != settings:
                    if kept is not None:
                        kept[1].close()
                    kept = (settings, connector_for(warehouse, settings))
            except InspectorError as exc:
                kept = None
                if on_problem:
                    on_problem(str(exc))
                stop.wait(30.0)
                continue
            every = pull_every_s or settings.pull_every_s
            next_pull = _one_round(
                warehouse, kept[1], holder, stop, next_pull, every, on_pull, on_push, on_problem
            )
            stop.wait(min(IDLE_PUSH_S, max(0.0, next_pull - time.monotonic())))
    finally:
        if kept is not None:
            kept[1].close()


def _one_round(
    warehouse: Warehouse,
    connector: Connector,
    holder: str,
    stop: threading.Event,
    next_pull: float,
    every: float,
    on_pull: Callable[[PullReport], None] | None,
    on_push: Callable[[PushReport], None] | None,
    on_problem: Callable[[str], None] | None,
) -> float:
    """A pull when one is due, then a push; returns when the next pull is due."""
    try:
        if time.monotonic() >= next_pull:
            report = pull(warehouse, connector, holder)
            next_pull = time.monotonic() + every
            if on_pull:
                on_pull(report)
        pushed = push(warehouse, connector, holder, stop=stop)
        if on_push:
            on_push(pushed)
    except InspectorError as exc:
        log.warning("shop service: %s", exc)
        if on_problem:
            on_problem(str(exc))
    return next_pull
