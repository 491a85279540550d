"""Printer addresses and status bytes: a wrong address is said in words, and an address that
answers but is no ESC/POS printer (an HTTP server, say) is said to be one, not "out of paper"."""

from __future__ import annotations

import pytest

from inspector.tags.printers import BadPrinterUri, State, parse_uri, read_status, status_of
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.http_service import HttpService


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


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        (b"HTT", State.NOT_ESCPOS),  # an HTTP server's "HTTP/1.1 ...", read a byte a query
        (b"SSH", State.NOT_ESCPOS),  # a banner some other service sends
        (b"\x00\x00\x00", State.NOT_ESCPOS),
        (b"\xff\xff\xff", State.NOT_ESCPOS),
        (b"\x12\x12\x92", State.NOT_ESCPOS),  # bit 7 of the paper byte set: not a status
        (b"\x16\x1e\x7e", State.PAPER_OUT),  # every free bit on: still a printer's answer
    ],
)
def test_status_bytes_without_the_fixed_bits_are_no_printer(answer, state):
    status = status_of(*answer)
    assert status.state is state
    if state is State.NOT_ESCPOS:
        assert "not an ESC/POS printer" in status.detail


@pytest.fixture
def http_service():
    service = HttpService()
    yield service
    service.close()


def test_an_http_server_at_the_address_is_said_to_be_no_printer(http_service):
    status = read_status(parse_uri(http_service.uri), timeout=2)
    assert status.state is State.NOT_ESCPOS
    assert status.ready is False
    assert '"HTTP/1.1 400 Bad Request"' in status.detail
    assert "not an ESC/POS printer" in status.detail and "check the address" in status.detail
    assert http_service.requests[0].startswith(b"\x10\x04\x01")  # it was asked as a printer


@pytest.mark.parametrize(
    ("mode", "state"),
    [
        ("ready", State.READY),
        ("paper_out", State.PAPER_OUT),
        ("cover_open", State.COVER_OPEN),
        ("offline", State.OFFLINE),
        ("silent", State.NO_ANSWER),
        ("refuse", State.UNREACHABLE),
    ],
)
def test_a_printer_s_own_answers_are_still_read_as_its_state(mode, state):
    printer = FakePrinter()
    printer.set_mode(mode)
    try:
        assert read_status(parse_uri(printer.uri), timeout=0.5).state is state
    finally:
        printer.close()
