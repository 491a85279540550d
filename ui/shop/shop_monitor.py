"""The station's shop service: a thread that pulls every few minutes (one station at a time)
and delivers the outbox, reporting the shop's state to the screen as a signal; and the quick
pull a scan that matches nothing makes before the parcel is quarantined."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.receiving.lookup import lookup
from inspector.shop.connecting import connector_for
from inspector.shop.pulling import pull
from inspector.shop.running import holder_name, run_shop
from inspector.shop.shop_settings import load_shop_settings
from inspector.shop.status import ShopStatus, shop_status

log = logging.getLogger(__name__)
QUICK_PULL_S = 2.0


def pull_before_quarantine(warehouse: Warehouse, code: str, station: str) -> bool:
    """When a label matches no RMA and a shop is connected, pull once (within about two
    seconds) so a return approved a minute ago is found; True when a pull ran."""
    started = time.monotonic()
    try:
        if lookup(warehouse, code) is not None:
            return False
        settings = load_shop_settings(warehouse)
        if settings.connector != "shopify":
            return False
        connector = connector_for(
            warehouse,
            settings,
            connect_timeout=0.8,
            read_timeout=QUICK_PULL_S,
            give_up_after_s=QUICK_PULL_S,
        )
    except InspectorError as exc:
        log.info("no quick pull for %s: %s", code, exc)
        return False
    holder = holder_name(station)
    try:
        while time.monotonic() - started < QUICK_PULL_S:
            left = QUICK_PULL_S - (time.monotonic() - started)
            report = pull(warehouse, connector, holder, deadline_s=left, max_pages=3)
            if not report.busy:
                log.info("quick pull for %s: %s", code, report.summary())
                return True
            time.sleep(0.2)  # another station is pulling: its pull may bring the return
        return False
    except InspectorError as exc:
        log.info("quick pull for %s failed: %s", code, exc)
        return False
    finally:
        connector.close()


class ShopMonitor(QObject):
    """Runs the shop service on its own thread; `status_changed` carries a ShopStatus."""

    status_changed = Signal(object)  # ShopStatus, from the service thread, queued to this one

    def __init__(self, warehouse: Warehouse, station: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warehouse = warehouse
        self.station = station
        self.last: ShopStatus | None = None
        self.problem: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.status_changed.connect(self._remember)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="shop", daemon=True)
        self._thread.start()

    def stop(self, wait_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait_s)
            self._thread = None

    def _run(self) -> None:
        self._report()
        run_shop(
            self.warehouse,
            self.station,
            self._stop,
            on_pull=lambda _r: self._report(),
            on_push=lambda r: self._report() if r.batches else None,
            on_problem=self._on_problem,
        )

    def _on_problem(self, text: str) -> None:
        self.problem = text
        self._report()

    def _report(self) -> None:
        try:
            self.status_changed.emit(shop_status(self.warehouse))
        except InspectorError as exc:
            log.warning("shop status: %s", exc)

    def _remember(self, status: ShopStatus) -> None:
        self.last = status
