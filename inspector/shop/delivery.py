"""The delivery loop both connectors share: claim due events, hand them to the connector,
record what became of each. A shop that cannot be reached ends the pass; nothing is lost."""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from inspector.core.warehouse import Warehouse
from inspector.shop.connector import Connector, ShopAuthRefused, ShopProblem
from inspector.shop.outbox import Attention, Retry, Sent, claim, finish, release

log = logging.getLogger(__name__)


@dataclass
class PushReport:
    batches: int = 0
    sent: int = 0
    attention: int = 0
    retried: int = 0
    error: str | None = None

    def summary(self) -> str:
        text = f"{self.sent} sent, {self.attention} need attention, {self.retried} wait to retry"
        return f"{text}; {self.error}" if self.error else text


def push(
    warehouse: Warehouse,
    connector: Connector,
    holder: str,
    *,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
    stop: threading.Event | None = None,
    max_batches: int | None = None,
    rng: random.Random | None = None,
) -> PushReport:
    """Deliver what is due until nothing is, the shop fails, or `stop` is set."""
    report = PushReport()
    try:
        while not (stop and stop.is_set()):
            if max_batches is not None and report.batches >= max_batches:
                break
            batch = claim(warehouse, holder, connector.batch_size, now=clock())
            if not batch:
                break
            report.batches += 1
            try:
                results = connector.deliver(batch)
            except ShopProblem as exc:
                # The whole batch waits: the shop (or its token) is the problem, not the events.
                after = 300.0 if isinstance(exc, ShopAuthRefused) else exc.retry_after
                results = {e.id: Retry(str(exc), after_s=after) for e in batch}
                report.error = str(exc)
            missing = [e.id for e in batch if e.id not in results]
            for event_id in missing:  # a connector bug must not strand an event in a claim
                results[event_id] = Retry("the connector gave no answer for this event")
            finish(warehouse, holder, results, now=clock(), rng=rng)
            for result in results.values():
                if isinstance(result, Sent):
                    report.sent += 1
                elif isinstance(result, Attention):
                    report.attention += 1
                else:
                    report.retried += 1
            if report.error:
                log.warning("shop delivery paused: %s", report.error)
                break
    finally:
        release(warehouse, holder)
    return report
