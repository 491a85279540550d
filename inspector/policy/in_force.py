"""Which policy is in force: the site's file in INSPECTOR_HOME, else the shipped one. A site
file that does not pass its checks is not used: the last good policy stays in force (kept
beside it as policy.last-good.yaml) and the error is said; the app never runs without one."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from inspector.core.resources import shipped_policy, site_policy
from inspector.core.yaml_lines import DataFileError
from inspector.policy.policy_format import PolicyErrors, parse_policy
from inspector.policy.rules import Policy

log = logging.getLogger(__name__)
LAST_GOOD = "policy.last-good.yaml"


@dataclass(frozen=True)
class InForce:
    """The policy the app applies, the file it came from, and what is wrong with a newer one."""

    policy: Policy
    path: Path
    errors: tuple[str, ...] = ()  # the refused file's errors, each 'FILE, line N: what'
    refused: Path | None = None  # the file that was refused, if any

    @property
    def content_hash(self) -> str:
        return self.policy.content_hash


def read_policy(path: Path) -> Policy:
    """Read and check one policy file; raises `PolicyErrors` with every error."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyErrors(
            [DataFileError(str(path), None, f"cannot read the file: {exc}")]
        ) from None
    return parse_policy(text, str(path))


_cache: dict[tuple[str, int, int], InForce] = {}


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        info = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), info.st_mtime_ns, info.st_size)


def policy_in_force() -> InForce:
    """The policy to apply now; read again only when the site file changed."""
    site = site_policy()
    key = _stamp(site if site.exists() else shipped_policy())
    if key in _cache:
        return _cache[key]
    if not site.exists():
        found = InForce(read_policy(shipped_policy()), shipped_policy())
    else:
        try:
            policy = read_policy(site)
        except PolicyErrors as exc:
            found = _last_good(site, tuple(str(e) for e in exc.errors))
        else:
            _keep(site)
            found = InForce(policy, site)
    _cache.clear()
    _cache[key] = found
    return found


def _last_good(site: Path, errors: tuple[str, ...]) -> InForce:
    kept = site.with_name(LAST_GOOD)
    log.warning(
        "the policy file %s is refused (%d errors); the last good policy stays", site, len(errors)
    )
    if kept.exists():
        try:
            return InForce(read_policy(kept), kept, errors, site)
        except PolicyErrors:
            log.warning("the last good policy %s no longer passes its checks", kept)
    return InForce(read_policy(shipped_policy()), shipped_policy(), errors, site)


def _keep(site: Path) -> None:
    """Copy a good site file beside it, to stay in force if a later edit breaks it."""
    kept = site.with_name(LAST_GOOD)
    try:
        data = site.read_bytes()
        if kept.exists() and kept.read_bytes() == data:
            return
        with tempfile.NamedTemporaryFile(dir=site.parent, delete=False) as out:
            out.write(data)
        os.replace(out.name, kept)
    except OSError as exc:
        log.warning("could not keep the good policy beside %s: %s", site, exc)
