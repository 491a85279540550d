"""Logging to a rotating file in the user log folder, for the GUI and the command line."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from inspector.core.paths import log_dir

LOG_NAME = "inspector.log"

# What a database error's text may carry of the values it was given: a PIN's hash (scrypt$...),
# PostgreSQL's DETAIL lines that repeat a failing row or a key's value, and the bound
# parameters SQLAlchemy adds (the engines hide them; this is the second belt).
_SECRETS = (
    (re.compile(r"scrypt\$[^\s'\",)\]]*"), "scrypt$(hidden)"),
    (re.compile(r"Failing row contains \(.*"), "Failing row contains (hidden)"),
    (
        re.compile(r"(Key \([^)]*\))=\(.*?\)( already exists| is not present|\.|$)"),
        r"\1=(hidden)\2",
    ),
    (re.compile(r"\[parameters: .*?\](?=\s|$)", re.DOTALL), "[parameters hidden]"),
)


def scrub(text: str) -> str:
    """The text with every value a database error may repeat hidden: for logs and dialogs."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats a record (its traceback too), then hides what `scrub` hides."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


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
        ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    return path
