"""The layers hold: the domain runs with no Qt at all, and the import contract is kept."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_QT = """
import sys, pkgutil, importlib
class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is not allowed in inspector/ or db/")
sys.meta_path.insert(0, Refuse())
import inspector, db
for package in (inspector, db):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
from inspector.cli import main
sys.exit(main(["lookup", "RMA00000001X"]))
"""


def test_the_domain_and_the_command_line_run_without_pyside6(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, "--db", "x"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"INSPECTOR_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert "PySide6 is not allowed" not in done.stderr
    assert done.returncode == 3, done.stderr  # a fresh database: nothing matches


def test_import_contracts_are_kept():
    done = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 6 kept, 0 broken" in done.stdout
