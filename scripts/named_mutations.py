"""The ten faults a review once put into the code by hand, which the whole suite let through
(issue 19): each is put into a copy of the checkout, the tests of its stage run on SQLite, and
the fault must make at least one test fail. A benchmark-like script, not part of the test
command (minutes):

    .venv/bin/python scripts/named_mutations.py [NAME ...]

Prints one line per fault, killed or survived, and the first failing test; exits 1 if any
survived. Each fault is a literal text change: if the code moved and the text is no longer
there, the script says so (exit 2) rather than testing nothing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Fault:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


FAULTS = (
    Fault(
        "a flag rule's AND made OR",
        "inspector/grading/conditions.py",
        "return all(holds(p, values) for p in condition.parts)",
        "return any(holds(p, values) for p in condition.parts)",
        ("tests/inspector/grading",),
    ),
    Fault(
        "a dead, damaged device restocked with a full refund",
        "inspector/resources/checklists/electronics.yaml",
        "    when: {powers_on: false, cosmetic: damaged}\n    grade: D\n    disposition: DISPOSE\n"
        "    refund: none",
        "    when: {powers_on: false, cosmetic: damaged}\n    grade: D\n    disposition: RESTOCK\n"
        "    refund: full",
        ("tests/inspector/grading",),
    ),
    Fault(
        "a parcel on its deadline day counted late",
        "inspector/rmas/return_window.py",
        "return arrived_on <= self.arrive_by",
        "return arrived_on < self.arrive_by",
        ("tests/inspector/rmas", "tests/inspector/receiving"),
    ),
    Fault(
        "the return window 45 days, not 30",
        "inspector/rmas/return_window.py",
        "RETURN_WINDOW_DAYS = 30",
        "RETURN_WINDOW_DAYS = 45",
        ("tests/inspector/rmas", "tests/inspector/receiving"),
    ),
    Fault(
        "mark_missing's still-being-graded guard removed",
        "inspector/grading/committing.py",
        '            raise InspectorError("a unit of this RMA is still being graded: finish it '
        'first")',
        "            pass",
        ("tests/inspector/grading",),
    ),
    Fault(
        "cancel's role check removed",
        "inspector/tags/print_queue.py",
        '    """Cancel a job that has not been sent."""\n    actor = require(actor, Action.GRADE)',
        '    """Cancel a job that has not been sent."""',
        ("tests/inspector/tags",),
    ),
    Fault(
        "the override's disposition check removed",
        "inspector/grading/committing.py",
        "        if override.disposition not in DISPOSITIONS:\n"
        "            raise InspectorError(f\"'{override.disposition}' is not a disposition\")",
        "        pass",
        ("tests/inspector/grading",),
    ),
    Fault(
        "start_unit's already-decided check removed",
        "inspector/grading/units.py",
        '        if held.status != "DRAFT":\n            raise AlreadyDecided(',
        "        if False:\n            raise AlreadyDecided(",
        ("tests/inspector/grading",),
    ),
    Fault(
        "the empty-scan check removed",
        "inspector/receiving/receipts.py",
        '    if not code.strip():\n        raise InspectorError("nothing was scanned")',
        "    pass",
        ("tests/inspector/receiving",),
    ),
    Fault(
        "TAB and CR dropped from the CSV formula defusing",
        "inspector/reports/cells.py",
        'FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")',
        'FORMULA_STARTS = ("=", "+", "-", "@")',
        ("tests/inspector/reports",),
    ),
)


def tracked_copy(into: Path) -> None:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, names):
        source = ROOT / name.decode()
        if source.is_file():
            target = into / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def try_fault(fault: Fault, copy: Path) -> tuple[bool, str]:
    target = copy / fault.path
    original = target.read_text(encoding="utf-8")
    if original.count(fault.old) != 1:
        raise SystemExit(
            f"named_mutations: '{fault.name}': the text to change is not in {fault.path}"
        )
    target.write_text(original.replace(fault.old, fault.new), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECTOR_TEST_PG_URL": "",
        "INSPECTOR_HOME": str(copy / "home"),
    }
    try:
        ran = subprocess.run(
            [
                str(ROOT / ".venv/bin/python"),
                "-m",
                "pytest",
                "-x",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "no:randomly",
                *fault.tests,
            ],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        target.write_text(original, encoding="utf-8")
    failed = re.findall(r"^FAILED (\S+)", ran.stdout, re.M)
    return ran.returncode != 0, failed[0] if failed else ran.stdout.strip().splitlines()[-1]


def main() -> int:
    wanted = sys.argv[1:]
    faults = [f for f in FAULTS if not wanted or any(w in f.name for w in wanted)]
    survived = 0
    with tempfile.TemporaryDirectory(prefix="named-mutations.") as folder:
        copy = Path(folder)
        tracked_copy(copy)
        (copy / "home").mkdir()
        for fault in faults:
            killed, by = try_fault(fault, copy)
            survived += not killed
            print(f"{'killed  ' if killed else 'SURVIVED'}  {fault.name}: {by}", flush=True)
    print(f"{len(faults) - survived} of {len(faults)} faults killed")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
