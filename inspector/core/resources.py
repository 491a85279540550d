"""Where the shipped files are (checklists, the bin map, translations, sounds, the theme, the
shop's documents), and where a site's own go.

The shipped files are package data of `inspector` (the folder `inspector/resources/`), found
through importlib.resources: from a checkout, an installed wheel or the one-folder build alike,
never through a path relative to a source tree. This module is the one place that names the
folder; everything else asks `shipped(...)` (or uses `SHIPPED`).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from inspector.core.paths import data_dir

PACKAGE = "inspector"
FOLDER = "resources"


def _shipped_root() -> Path:
    root = files(PACKAGE) / FOLDER
    # Qt loads translations and sounds by file name, so the files must be real files: they are
    # for a checkout, a wheel installed into site-packages and PyInstaller's folder. A zipped
    # install would give a Traversable that is no Path; say so rather than fail later.
    if not isinstance(root, Path):
        raise RuntimeError(f"the shipped files are not on disk ({root!r}); install unzipped")
    return root


SHIPPED = _shipped_root()


def shipped(*parts: str) -> Path:
    """A shipped file or folder by its path under inspector/resources/, e.g. shipped("sounds")."""
    return SHIPPED.joinpath(*parts)


def shipped_checklists() -> Path:
    return shipped("checklists")


def site_checklists() -> Path:
    """A site's own checklists: a file here replaces the shipped one of the same name."""
    return data_dir() / "checklists"


def shipped_bin_map() -> Path:
    return shipped("bins.yaml")


def shipped_policy() -> Path:
    return shipped("policy.yaml")


def site_policy() -> Path:
    """A site's own return policy: replaces the shipped one."""
    return data_dir() / "policy.yaml"
