"""Every printer scheme parses the same on every system: a Windows station's address (its COM
port, its spooler's printer name, a C:/ path) is understood on Linux and the other way round.
Parsing only: nothing is opened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.tags import printers

ROOT = Path(__file__).resolve().parents[3]

EVERY_SCHEME = [
    ("tcp://192.168.1.50:9100", "tcp", {"host": "192.168.1.50", "port": 9100}),
    ("usb://04b8:0202", "usb", {"vendor": 0x04B8, "product": 0x0202}),
    ("serial:///dev/ttyUSB0?baudrate=38400", "serial", {"path": "/dev/ttyUSB0", "baudrate": 38400}),
    ("serial://COM3", "serial", {"path": "COM3", "baudrate": 19200}),
    ("serial://COM12?baudrate=9600", "serial", {"path": "COM12", "baudrate": 9600}),
    ("cups://Bench_1", "cups", {"queue": "Bench_1"}),
    ("win32://EPSON TM-T20III Receipt", "win32", {"queue": "EPSON TM-T20III Receipt"}),
    ("win32://EPSON%20TM-T88V", "win32", {"queue": "EPSON TM-T88V"}),
    ("win32://\\\\DOCK-PC\\Bench 2", "win32", {"queue": "\\\\DOCK-PC\\Bench 2"}),
    ("file:///tmp/tags.bin", "file", {"path": "/tmp/tags.bin"}),
    ("file:///C:/labels/tags.bin", "file", {"path": "C:/labels/tags.bin"}),
]


PARSE_AS = """
import json, os, sys
sys.platform, os.name = sys.argv[1], sys.argv[2]     # before the module is imported
from inspector.tags.printers import parse_uri
out = []
for uri in json.loads(sys.argv[3]):
    a = parse_uri(uri)
    out.append([a.kind, a.host, a.port, a.vendor, a.product, a.path, a.baudrate, a.queue])
print(json.dumps(out))
"""


def parsed_on(platform: str, name: str) -> list[dict]:
    uris = [uri for uri, _, _ in EVERY_SCHEME]
    done = subprocess.run(
        [sys.executable, "-c", PARSE_AS, platform, name, json.dumps(uris)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    keys = ["kind", "host", "port", "vendor", "product", "path", "baudrate", "queue"]
    return [dict(zip(keys, row, strict=True)) for row in json.loads(done.stdout)]


@pytest.mark.parametrize(
    ("platform", "name"), [("linux", "posix"), ("win32", "nt"), ("darwin", "posix")]
)
def test_every_scheme_parses_the_same_on_every_system(platform, name):
    for (uri, kind, fields), address in zip(EVERY_SCHEME, parsed_on(platform, name), strict=True):
        assert address["kind"] == kind, uri
        assert {k: address[k] for k in fields} == fields, uri


def test_every_kind_of_printer_is_covered():
    kinds = {kind for _, kind, _ in EVERY_SCHEME}
    assert kinds == {"tcp", "usb", "serial", "cups", "win32", "file"}


@pytest.mark.parametrize(
    ("uri", "words"),
    [
        ("serial://", "has no device"),
        ("win32://", "has no printer name"),
        ("win32://   ", "has no printer name"),
        ("lpt1:", "win32://PRINTER NAME"),
    ],
)
def test_a_wrong_windows_address_says_how_to_write_one(uri, words):
    with pytest.raises(printers.BadPrinterUri, match=words):
        printers.parse_uri(uri)


@pytest.mark.skipif(sys.platform == "win32", reason="the refusal is for other systems")
def test_a_windows_printer_elsewhere_is_refused_in_words_and_nothing_is_sent():
    address = printers.parse_uri("win32://EPSON TM-T20III Receipt")
    with pytest.raises(printers.SendFailed, match="Windows printer") as refused:
        printers.send(address, b"\x1b@tag")
    assert refused.value.maybe_printed is False
