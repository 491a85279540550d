"""Where the shipped data files are (checklists, the bin map), and where a site's own go."""

from __future__ import annotations

from pathlib import Path

from inspector.core.paths import data_dir

SHIPPED = Path(__file__).resolve().parents[1] / "resources"


def shipped_checklists() -> Path:
    return SHIPPED / "checklists"


def site_checklists() -> Path:
    """A site's own checklists: a file here replaces the shipped one of the same name."""
    return data_dir() / "checklists"


def shipped_bin_map() -> Path:
    return SHIPPED / "bins.yaml"
