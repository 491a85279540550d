"""Killed and surviving mutants per module, from mutmut's results (its .meta files).

Usage: mutation_report.py MUTANTS_DIR MODULE[:FUNC,FUNC] ...
Exit codes mutmut records: 1 killed (a test failed), 0 survived, 33 no test ran it, 36 and
others timed out or crashed (counted as killed: the mutant did not pass the tests)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

NO_TESTS = 33


def main() -> int:
    mutants, modules = Path(sys.argv[1]), sys.argv[2:]
    print(f"{'module':46} {'killed':>7} {'survived':>9} {'no test':>8} {'score':>7}")
    worst = 100.0
    for spec in modules:
        path, _, only = spec.partition(":")
        functions = {f for f in only.split(",") if f}
        meta = json.loads((mutants / f"{path}.meta").read_text(encoding="utf-8"))
        killed, survived, untested = [], [], []
        for key, code in meta["exit_code_by_key"].items():
            function = key.rsplit("__mutmut_", 1)[0].rsplit(".", 1)[-1]
            name = function.split("ǁ")[-1].removeprefix("x_")
            if functions and name not in functions:
                continue
            if code == 0:
                survived.append(key)
            elif code == NO_TESTS or code is None:
                untested.append(key)
            else:
                killed.append(key)
        total = len(killed) + len(survived) + len(untested)
        score = 100.0 * len(killed) / total if total else 100.0
        worst = min(worst, score)
        print(f"{spec:46} {len(killed):7} {len(survived):9} {len(untested):8} {score:6.1f}%")
        for key in survived + untested:
            print(f"    {'survived' if key in survived else 'no test '}  {key}")
    print(f"lowest score: {worst:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
