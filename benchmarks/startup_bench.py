"""Start-up: process start to the sign-in page shown, against a bare PySide6 window.

    .venv/bin/python benchmarks/startup_bench.py [--runs 7] [--frozen dist/returns-inspector]
                                                 [--fifo]

Each run starts a new process offscreen and stops the clock when the app prints that the
sign-in page is shown (INSPECTOR_EXIT_WHEN_READY=1, see main.py); the baseline is a bare
PySide6 window that prints the same way once shown, from the same Python, in the same run.
Runs are interleaved (baseline, venv, frozen, baseline, ...) so a busy machine weighs on
each alike, and all are warm: one run of each is thrown away first, and the database (a
200-RMA demo, made once) is already at the newest schema. Besides wall time each run's CPU
time (user + system, from the process's own rusage) is given: on a shared machine it moves
far less than wall time. --fifo runs each process under `chrt -f 10` (needs root).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "sign-in page shown"
BARE_WINDOW = """
import os
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 800)
window.show()
def ready():
    print("bare: sign-in page shown", flush=True)
    os._exit(0)
QTimer.singleShot(0, ready)
app.exec()
"""


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the ready line, CPU seconds of the whole process)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    seen = None
    for line in process.stdout:
        if MARK in line:
            seen = time.perf_counter() - start
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if seen is None or process.returncode != 0:
        raise SystemExit(f"{command[0]} did not reach the sign-in page (exit {process.returncode})")
    return seen, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the one-folder build, dist/returns-inspector")
    parser.add_argument(
        "--also", type=Path, help="another checkout's main.py to time (before a change, say)"
    )
    parser.add_argument("--fifo", action="store_true", help="run each start under chrt -f 10")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_HOME=str(home))
    env["INSPECTOR_EXIT_WHEN_READY"] = "1"
    env.pop("INSPECTOR_DB", None)
    python = sys.executable
    subprocess.run(
        [python, "-m", "inspector.cli", "demo", "--rmas", "200"],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    prefix = ["chrt", "-f", "10"] if args.fifo else []
    kinds = {
        "bare PySide6 window (baseline)": [*prefix, python, "-c", BARE_WINDOW],
        "app from the venv": [*prefix, python, str(ROOT / "main.py")],
    }
    if args.also:
        kinds[f"app from {args.also.parent.name}"] = [*prefix, python, str(args.also)]
    if args.frozen:
        kinds["app, one-folder build"] = [*prefix, str(args.frozen / "returns-inspector")]
    for command in kinds.values():
        one_run(command, env)  # warm-up: file cache, compiled bytecode
    walls: dict[str, list[float]] = {k: [] for k in kinds}
    cpus: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(args.runs):
        for kind, command in kinds.items():
            wall, cpu = one_run(command, env)
            walls[kind].append(wall)
            cpus[kind].append(cpu)

    print(
        f"start-up to the sign-in page, {args.runs} warm runs each, medians "
        f"({platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
        f"{', chrt -f 10' if args.fifo else ''})"
    )
    base_wall = statistics.median(walls["bare PySide6 window (baseline)"])
    base_cpu = statistics.median(cpus["bare PySide6 window (baseline)"])
    print(f"{'':32} {'wall s':>8} {'min':>6} {'max':>6} {'CPU s':>7} {'x base wall':>12}")
    for kind in kinds:
        wall, cpu = statistics.median(walls[kind]), statistics.median(cpus[kind])
        print(
            f"{kind:32} {wall:8.2f} {min(walls[kind]):6.2f} {max(walls[kind]):6.2f} "
            f"{cpu:7.2f} {wall / base_wall:12.1f}"
        )
    print(f"goal: 1.5 s wall; baseline CPU {base_cpu:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
