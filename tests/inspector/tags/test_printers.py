"""Printer addresses and status bytes, as pure functions: a wrong address is said in words."""

from __future__ import annotations

import pytest

from inspector.tags.printers import BadPrinterUri, State, parse_uri, status_of


@pytest.mark.parametrize(
    ("uri", "kind", "fields"),
    [
        ("tcp://192.168.1.50:9100", "tcp", {"host": "192.168.1.50", "port": 9100}),
        ("tcp://printer.local", "tcp", {"host": "printer.local", "port": 9100}),
        ("usb://04b8:0202", "usb", {"vendor": 0x04B8, "product": 0x0202}),
        (
            "serial:///dev/ttyUSB0?baudrate=38400",
            "serial",
            {"path": "/dev/ttyUSB0", "baudrate": 38400},
        ),
        ("cups://Bench_1", "cups", {"queue": "Bench_1"}),
        ("file:///tmp/tags.bin", "file", {"path": "/tmp/tags.bin"}),
    ],
)
def test_a_printer_address_names_its_printer(uri, kind, fields):
    address = parse_uri(uri)
    assert address.kind == kind
    assert {k: getattr(address, k) for k in fields} == fields


@pytest.mark.parametrize(
    ("uri", "words"),
    [
        ("lpt1", "is not a printer address"),
        ("tcp://:9100", "has no host"),
        ("tcp://host:ninety", "has no valid port"),
        ("usb://epson", "is not usb://VID:PID in hex"),
        ("serial://", "has no device"),
        ("serial:///dev/ttyS0?baudrate=fast", "the baud rate must be a number"),
        ("cups://", "has no queue name"),
        ("file://", "has no path"),
    ],
)
def test_a_wrong_address_says_how_to_write_one(uri, words):
    with pytest.raises(BadPrinterUri, match=words):
        parse_uri(uri)


@pytest.mark.parametrize(
    ("printer", "offline_cause", "paper", "state"),
    [
        (0x12, 0x12, 0x12, State.READY),
        (0x12, 0x12, 0x72, State.PAPER_OUT),  # roll sensor: paper end
        (0x12, 0x32, 0x12, State.PAPER_OUT),  # offline because the paper ran out
        (0x12, 0x16, 0x12, State.COVER_OPEN),
        (0x1A, 0x12, 0x12, State.OFFLINE),
        (0x1A, 0x16, 0x72, State.PAPER_OUT),  # paper out is said first: it is what to fix
    ],
)
def test_status_bytes_are_read_as_epson_documents_them(printer, offline_cause, paper, state):
    assert status_of(printer, offline_cause, paper).state is state
