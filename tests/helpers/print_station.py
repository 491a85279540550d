"""A bench's print worker in its own process, for the kill tests: it sends the bench's queued
tags to its printer until it is killed.

    python -m tests.helpers.print_station DATABASE_URL PRINTER_URI
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    from inspector.core.warehouse import open_warehouse
    from inspector.tags.print_worker import PrintWorker

    url, uri = sys.argv[1], sys.argv[2]
    worker = PrintWorker(
        open_warehouse(url), uri, status_timeout=60, send_timeout=60, idle_poll_s=0.05
    )
    worker.start()
    print("started", flush=True)
    while True:  # a bench at work, until the power goes
        time.sleep(1)


if __name__ == "__main__":
    main()
