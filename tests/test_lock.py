"""The lock (requirements/*.txt) holds every dependency pyproject names, pinned with hashes, and
is not older than pyproject's dependency lists; the environment running this is the lock's."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "requirements/dev.txt": ("runtime", "test", "package"),
    "requirements/runtime.txt": ("runtime",),
    "requirements/runtime-windows.txt": ("runtime",),
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def direct(group: str) -> list[Requirement]:
    texts = (
        project()["dependencies"]
        if group == "runtime"
        else project()["optional-dependencies"][group]
    )
    return [Requirement(t) for t in texts]


def entries(lock: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) for each pinned entry of a lock file."""
    found: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            found[current] = (match[2], [])
        if current and "--hash=sha256:" in line:
            found[current][1].extend(re.findall(r"--hash=sha256:([0-9a-f]{64})", line))
    return found


@pytest.mark.parametrize("lock", LOCKS)
def test_every_direct_dependency_is_pinned_within_its_range(lock):
    pinned = entries(lock)
    windows = "windows" in lock
    for group in LOCKS[lock]:
        for requirement in direct(group):
            env = {"sys_platform": "win32", "platform_system": "Windows"} if windows else {}
            if requirement.marker and not requirement.marker.evaluate(env or None):
                continue
            name = canonicalize_name(requirement.name)
            assert name in pinned, f"{requirement} is not in {lock}"
            assert requirement.specifier.contains(pinned[name][0], prereleases=True), (
                f"{lock} pins {name} {pinned[name][0]}, outside {requirement.specifier}"
            )
            if "binary" in requirement.extras:
                assert f"{name}-binary" in pinned


@pytest.mark.parametrize("lock", LOCKS)
def test_every_locked_package_has_a_hash(lock):
    pinned = entries(lock)
    assert len(pinned) > 20
    assert [name for name, (_, hashes) in pinned.items() if not hashes] == []


def test_the_runtime_lock_holds_the_versions_the_suite_runs():
    dev = entries("requirements/dev.txt")
    for lock in ("requirements/runtime.txt", "requirements/runtime-windows.txt"):
        differ = {n: v for n, (v, _) in entries(lock).items() if n in dev and dev[n][0] != v}
        assert differ == {}, lock


def test_the_lock_is_not_stale():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lock_stamp.py"), "--check", *LOCKS],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_a_changed_dependency_makes_the_lock_stale(tmp_path):
    changed = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    changed = changed.replace('"platformdirs>=4"', '"platformdirs>=4.2"')
    (tmp_path / "pyproject.toml").write_text(changed, encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import lock_stamp
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert lock_stamp.stamp(tmp_path / "pyproject.toml") != lock_stamp.stamp()
    assert lock_stamp.stamp_in(ROOT / "requirements/dev.txt") == lock_stamp.stamp()


def test_the_direct_dependencies_installed_here_are_the_locked_ones():
    """What this suite runs on is what the lock installs (scripts/try-latest.sh deselects this)."""
    pinned = entries("requirements/dev.txt")
    differ = {}
    for group in ("runtime", "test", "package"):
        for requirement in direct(group):
            if requirement.marker and not requirement.marker.evaluate():
                continue  # not for this system (pywin32 on Windows only)
            name = canonicalize_name(requirement.name)
            try:
                installed = version(name)
            except PackageNotFoundError:
                installed = None
            if installed != pinned[name][0]:
                differ[name] = (installed, pinned[name][0])
    assert differ == {}
