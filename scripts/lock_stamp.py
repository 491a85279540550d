"""The stamp that ties the locked versions in requirements/ to pyproject.toml's dependency lists.

    python3 scripts/lock_stamp.py                 print the stamp of pyproject.toml
    python3 scripts/lock_stamp.py --write FILE..  put it in each lock file's header
    python3 scripts/lock_stamp.py --check FILE..  exit 1 with one line if a lock is stale

The stamp is a hash of what the lock is made from: requires-python, the dependencies and the
optional dependencies, each list sorted and without spaces, so a comment or a reordering in
pyproject.toml does not make the lock stale but any changed requirement does.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
MARK = "# pyproject-stamp: "


def _tidy(requirements: list[str]) -> list[str]:
    return sorted("".join(r.split()).lower() for r in requirements)


def stamp(pyproject: Path = ROOT / "pyproject.toml") -> str:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    made_from = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": _tidy(project.get("dependencies", [])),
        "optional-dependencies": {
            extra: _tidy(reqs) for extra, reqs in project.get("optional-dependencies", {}).items()
        },
    }
    text = json.dumps(made_from, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def stamp_in(lock: Path) -> str | None:
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            return line[len(MARK) :].strip()
    return None


def write(lock: Path, value: str) -> None:
    lines = [
        line
        for line in lock.read_text(encoding="utf-8").splitlines(keepends=True)
        if not line.startswith(MARK)
    ]
    lock.write_text(f"{MARK}{value}\n" + "".join(lines), encoding="utf-8")


def main(argv: list[str]) -> int:
    current = stamp()
    if not argv:
        print(current)
        return 0
    action, locks = argv[0], [Path(a) for a in argv[1:]]
    for lock in locks:
        if action == "--write":
            write(lock, current)
        elif action == "--check":
            if not lock.is_file():
                print(f"{lock} is missing: run bash scripts/update-lock.sh", file=sys.stderr)
                return 1
            if stamp_in(lock) != current:
                print(
                    f"{lock} is stale: pyproject.toml's dependencies changed since it was made;"
                    " run bash scripts/update-lock.sh",
                    file=sys.stderr,
                )
                return 1
        else:
            print(f"unknown action {action}: use --write or --check", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
