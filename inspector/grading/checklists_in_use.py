"""The checklists a warehouse uses: the shipped files, each replaced by a site file of the same
name, read and checked as a set (every error, not only the first), and loaded once until a
file changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from inspector.core.resources import shipped_checklists, site_checklists
from inspector.core.yaml_lines import DataFileError
from inspector.grading.checklist_format import parse_checklist
from inspector.grading.checklists import Checklist


def read_file(path: Path) -> Checklist:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the file: {exc}") from None
    return parse_checklist(text, str(path))


def checklist_files() -> list[Path]:
    """The files in use: the shipped ones, each replaced by a site file of the same name."""
    files = {p.name: p for p in sorted(shipped_checklists().glob("*.yaml"))}
    site = site_checklists()
    if site.is_dir():
        files.update({p.name: p for p in sorted(site.glob("*.yaml"))})
    return [files[name] for name in sorted(files)]


@dataclass(frozen=True)
class Checklists:
    by_name: Mapping[str, Checklist]

    def for_category(self, category: str | None) -> Checklist:
        for checklist in self.by_name.values():
            if category in checklist.categories:
                return checklist
        return self.by_name["default"]


def check_set(found: Iterable[Checklist]) -> list[DataFileError]:
    """What is wrong with a set of checklists taken together."""
    errors: list[DataFileError] = []
    owner: dict[str, str] = {}
    names: dict[str, str] = {}
    for c in found:
        if c.name in names:
            errors.append(
                DataFileError(c.source, 1, f"checklist '{c.name}' is also {names[c.name]}")
            )
        names[c.name] = c.source
        for category in c.categories:
            if category in owner:
                errors.append(
                    DataFileError(
                        c.source, 1, f"category '{category}' is already graded by {owner[category]}"
                    )
                )
            owner[category] = c.source
    if "default" not in names:
        errors.append(DataFileError("checklists", None, "there is no 'default' checklist"))
    return errors


def check_files(paths: Iterable[Path]) -> tuple[list[Checklist], list[DataFileError]]:
    """Read every file; return what was read and every error (not only the first)."""
    good: list[Checklist] = []
    errors: list[DataFileError] = []
    for path in paths:
        try:
            good.append(read_file(path))
        except DataFileError as exc:
            errors.append(exc)
    return good, errors


_loaded: dict[tuple[tuple[str, int, int], ...], Checklists] = {}


def load_checklists() -> Checklists:
    """The warehouse's checklists; raises the first error when any file is wrong.

    Read again only when a file changed (its size or modification time): parsing five files
    takes ~70 ms, a stat of each well under one.
    """
    files = checklist_files()
    try:
        key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    except OSError:
        key = ()
    if key and key in _loaded:
        return _loaded[key]
    good, errors = check_files(files)
    errors += check_set(good) if not errors else []
    if errors:
        raise errors[0]
    checklists = Checklists({c.name: c for c in good})
    if key:
        _loaded.clear()
        _loaded[key] = checklists
    return checklists
