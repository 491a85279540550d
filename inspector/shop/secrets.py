"""Where the shop's secrets come from: an environment variable, or a file only its owner reads.

A secret is named by where it is (`env:VAR` or `file:NAME`); the name goes into the shop
settings, never the secret. No message here ever holds a secret's value.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from inspector.core.errors import InspectorError
from inspector.core.paths import config_dir

SECRETS_FILE = "shop-secrets"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class SecretMissing(InspectorError):
    """The secret is not where the settings say it is, or its file is not private."""


# Mode bits say who may read a file on POSIX systems only. Windows reports every writable file
# as 0o666; there a file in the user's own profile folder is that user's by the folder's ACL.
POSIX_MODES = os.name == "posix"


def secrets_path() -> Path:
    """The owner-only secrets file in the user config folder: lines of NAME=value."""
    return config_dir() / SECRETS_FILE


def source_of(env: str | None = None, file_name: str | None = None) -> str:
    """The source text for a secret in environment variable `env` or under `file_name`."""
    kind, name = ("env", env) if env else ("file", file_name)
    if not name or not _NAME.fullmatch(name):
        raise InspectorError(
            f"'{name or ''}' is not a name for a secret: use letters, digits and _ "
            "(e.g. SHOPIFY_TOKEN)"
        )
    return f"{kind}:{name}"


def describe(source: str) -> str:
    """Where a secret comes from, in words (for settings screens and `shop status`)."""
    kind, _, name = source.partition(":")
    if kind == "env":
        return f"environment variable {name}"
    return f"'{name}' in {secrets_path()}"


def read_secret(source: str) -> str:
    """The secret named by `source`; SecretMissing (without the value) when it cannot be had."""
    kind, _, name = source.partition(":")
    if kind == "env":
        value = os.environ.get(name, "").strip()
        if not value:
            raise SecretMissing(
                f"the environment variable {name} is not set on this station: set it to the "
                "shop's secret before starting the app or the command"
            )
        return value
    if kind == "file":
        return _from_file(name)
    raise SecretMissing(f"the shop settings name no usable secret ('{kind}'): connect again")


def _from_file(name: str) -> str:
    path = secrets_path()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SecretMissing(
            f"no secrets file {path}: write '{name}=...' there (readable by you only)"
        ) from None
    if POSIX_MODES and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretMissing(
            f"{path} can be read by others: make it yours alone (chmod 600 {path}); the "
            "secret in it was not used"
        )
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise SecretMissing(f"{path} belongs to another user; the secret in it was not used")
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == name and value.strip():
            return value.strip()
    raise SecretMissing(f"{path} holds no '{name}=...' line")


def write_secret(name: str, value: str) -> Path:
    """Keep `value` as `name` in the owner-only secrets file (created with mode 600)."""
    source_of(file_name=name)
    if not value.strip() or "\n" in value:
        raise InspectorError("the secret is empty or spans lines; nothing was written")
    path = secrets_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    if path.exists():
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.partition("=")[0].strip() != name
        ]
    lines.append(f"{name}={value.strip()}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    return path
