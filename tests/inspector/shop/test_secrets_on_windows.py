"""The secrets file's permission check is a POSIX one: on Windows, where a file's mode bits
say nothing of who may read it, a file in the user's own folder is used, not refused."""

from __future__ import annotations

import os

import pytest

from inspector.shop import secrets
from inspector.shop.secrets import SecretMissing, read_secret, write_secret


def test_windows_reads_the_file_its_mode_bits_would_refuse(monkeypatch):
    path = write_secret("shop", "shpat_windows")
    os.chmod(path, 0o666)  # what os.stat reports for any writable file on Windows
    with pytest.raises(SecretMissing, match="chmod 600"):
        read_secret("file:shop")  # the same file on Linux: refused
    monkeypatch.setattr(secrets, "POSIX_MODES", False)  # as os.name == "nt" sets it
    assert read_secret("file:shop") == "shpat_windows"
