"""Where this station keeps its files: the database, settings, logs and backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "returns-inspector"


def data_dir() -> Path:
    return Path(os.environ.get("INSPECTOR_HOME") or platformdirs.user_data_dir(APP))


def config_dir() -> Path:
    home = os.environ.get("INSPECTOR_HOME")
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP))


def log_dir() -> Path:
    home = os.environ.get("INSPECTOR_HOME")
    return Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP))


def default_database_url() -> str:
    """INSPECTOR_DB if set, else the embedded SQLite file in the user data folder."""
    return os.environ.get("INSPECTOR_DB") or f"sqlite:///{data_dir() / 'inspector.db'}"
