"""Logging to a rotating file in the user log folder, for the GUI and the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from inspector.core.paths import log_dir

LOG_NAME = "inspector.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file; return its path (None if it cannot be written)."""
    folder = log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    return path
