"""What a wheel carries: every shipped file, the compiled translations and the migrations.

The globs in pyproject's package-data are expanded here the way setuptools expands them
(glob, recursive, from the package's folder), so a new kind of shipped file that no glob takes
fails this test instead of failing `inspector demo` on a dock PC. scripts/smoke-wheel.sh builds
and installs the real wheel; this is its fast half.
"""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parent.parent
# Sources of what is shipped, kept in the checkout only.
NOT_SHIPPED = {".ts"}


def package_data() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]


def carried(package: str) -> set[Path]:
    folder = ROOT / package
    found: set[Path] = set()
    for pattern in package_data().get(package, []):
        found.update(Path(p) for p in glob.glob(str(folder / pattern), recursive=True))
    return {p for p in found if p.is_file()}


@pytest.mark.parametrize(
    ("package", "folder"), [("inspector", "inspector/resources"), ("db", "db/migrations")]
)
def test_every_shipped_file_is_package_data(package, folder):
    on_disk = {
        p
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and p.suffix not in NOT_SHIPPED and "__pycache__" not in p.parts
    }
    assert on_disk, folder
    left_out = sorted(str(p.relative_to(ROOT)) for p in on_disk - carried(package))
    assert left_out == []


def test_the_wheel_carries_what_the_app_loads_by_name():
    names = {str(p.relative_to(ROOT)) for p in carried("inspector") | carried("db")}
    for needed in (
        "inspector/resources/bins.yaml",
        "inspector/resources/checklists/default.yaml",
        "inspector/resources/translations/inspector_ko.qm",
        "inspector/resources/sounds/good.wav",
        "inspector/resources/themes/dock.qss",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
    ):
        assert needed in names
    assert any(n.startswith("db/migrations/versions/0001") for n in names)


def test_the_app_finds_its_shipped_files_through_the_package():
    from inspector.core import resources

    assert Path(resources.__file__).resolve().parent.parent / "resources" == resources.SHIPPED
    assert resources.shipped_bin_map().is_file()
    assert (resources.shipped("translations") / "inspector_ko.qm").is_file()


def test_no_module_finds_files_through_the_source_tree():
    """Only inspector/core/resources.py names the shipped folder; no module climbs out of its
    package with parents[...] or '..' to reach a file (a wheel has no such tree)."""
    offenders = []
    for package in ("inspector", "ui", "db"):
        for source in (ROOT / package).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            climbs = ".parent.parent" in text or "parents[" in text or '"resources"' in text
            if climbs and source != ROOT / "inspector/core/resources.py":
                offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []
