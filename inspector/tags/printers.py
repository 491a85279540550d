"""Thermal printers by URI: asking one whether it is ready (DLE EOT) and sending it a job, each
step with its own short timeout, through a new python-escpos device object every time.

    tcp://host:9100    usb://VID:PID    serial:///dev/ttyUSB0?baudrate=19200
    cups://QUEUE       file:///path     serial://COM3?baudrate=19200     win32://Printer Name

Every scheme is parsed the same on every system (a Windows station's address can be checked
on Linux); whether the printer opens is the system's business: serial ports as the system
names them (/dev/ttyUSB0, COM3), CUPS queues where CUPS is, Windows printers by their
spooler name through python-escpos's Win32Raw (which needs pywin32, on Windows).

python-escpos's Network device defaults to a 60 s timeout and its status query blocks for
the whole of it; after a failure its objects raise DeviceNotFoundError and then bare
AssertionError until reopened. So the status of a network printer is asked here on a socket
of our own, and no device object outlives one job.
"""

from __future__ import annotations

import contextlib
import re
import socket
import sys
from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qs, unquote, urlparse

from inspector.core.errors import InspectorError

STATUS_TIMEOUT_S = 1.5
CONNECT_TIMEOUT_S = 3.0
SEND_TIMEOUT_S = 10.0
DLE_EOT = b"\x10\x04"
# Every answer to DLE EOT 1-4 has four fixed bits: 0 and 7 off, 1 and 4 on (0b0xx1xx10 in the
# ESC/POS manuals' tables). An answer without them did not come from an ESC/POS printer: an
# HTTP server's "HTTP/1.1 ..." starts with 'H' (0b01001000), which would read as paper out.
STATUS_FIXED_MASK = 0b1001_0011
STATUS_FIXED_BITS = 0b0001_0010


class BadPrinterUri(InspectorError):
    """A printer address the station cannot use."""


class State(str, Enum):
    READY = "ready"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"  # the printer answers and says it is offline
    UNREACHABLE = "unreachable"  # nobody answers at the address
    NO_ANSWER = "no_answer"  # connected, but the status query went unanswered
    NOT_ESCPOS = "not_escpos"  # something answers, but not as an ESC/POS printer does
    UNKNOWN = "unknown"  # a kind of connection that cannot be asked (cups, file)


@dataclass(frozen=True)
class PrinterAddress:
    uri: str
    kind: str  # tcp, usb, serial, cups, win32, file
    host: str = ""
    port: int = 9100
    vendor: int = 0
    product: int = 0
    path: str = ""
    baudrate: int = 19200
    queue: str = ""  # a CUPS queue, or a Windows printer's spooler name


def parse_uri(uri: str) -> PrinterAddress:
    """The printer an address names, or BadPrinterUri saying how to write one."""
    text = uri.strip()
    parsed = urlparse(text)
    scheme = parsed.scheme.lower()
    if scheme == "tcp":
        if not parsed.hostname:
            raise BadPrinterUri(f"'{uri}' has no host: write tcp://192.168.1.50:9100")
        try:
            port = parsed.port or 9100
        except ValueError:
            raise BadPrinterUri(f"'{uri}' has no valid port: write tcp://HOST:9100") from None
        return PrinterAddress(text, "tcp", host=parsed.hostname, port=port)
    if scheme == "usb":
        ids = (parsed.netloc or parsed.path.lstrip("/")).split(":")
        try:
            vendor, product = (int(x, 16) for x in ids)
        except ValueError:
            raise BadPrinterUri(
                f"'{uri}' is not usb://VID:PID in hex, such as usb://04b8:0202"
            ) from None
        return PrinterAddress(text, "usb", vendor=vendor, product=product)
    if scheme == "serial":
        # serial:///dev/ttyUSB0 (a path) or serial://COM3 (Windows names ports, no path).
        device = unquote(parsed.netloc + parsed.path)
        if not device or device == "/":
            raise BadPrinterUri(
                f"'{uri}' has no device: write serial:///dev/ttyUSB0?baudrate=19200 "
                "(serial://COM3?baudrate=19200 on Windows)"
            )
        rate = parse_qs(parsed.query).get("baudrate", ["19200"])[0]
        if not rate.isdigit():
            raise BadPrinterUri(f"'{uri}': the baud rate must be a number")
        return PrinterAddress(text, "serial", path=device, baudrate=int(rate))
    if scheme == "cups":
        name = parsed.netloc or parsed.path.strip("/")
        if not name:
            raise BadPrinterUri(f"'{uri}' has no queue name: write cups://QUEUE")
        return PrinterAddress(text, "cups", queue=name)
    if scheme == "win32":
        # The name as the spooler shows it, spaces and all (percent-escapes allowed too).
        name = unquote(text[text.index(":") + 1 :].lstrip("/")).strip()
        if not name:
            raise BadPrinterUri(f"'{uri}' has no printer name: write win32://Printer Name")
        return PrinterAddress(text, "win32", queue=name)
    if scheme == "file":
        path = unquote(parsed.path)
        if re.match(r"^/[A-Za-z]:[/\\]", path):
            path = path[1:]  # file:///C:/labels/tag.bin is C:/labels/tag.bin
        if not path:
            raise BadPrinterUri(f"'{uri}' has no path: write file:///path/to/file")
        return PrinterAddress(text, "file", path=path)
    raise BadPrinterUri(
        f"'{uri}' is not a printer address: use tcp://HOST:9100, usb://VID:PID, "
        "serial:///dev/DEVICE?baudrate=N (serial://COM3 on Windows), cups://QUEUE, "
        "win32://PRINTER NAME or file:///PATH"
    )


@dataclass(frozen=True)
class PrinterStatus:
    state: State
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.state in (State.READY, State.UNKNOWN)


def read_status(address: PrinterAddress, timeout: float = STATUS_TIMEOUT_S) -> PrinterStatus:
    """Ask the printer whether it can print now (DLE EOT 1, 2 and 4), within the timeout."""
    if address.kind != "tcp":
        return PrinterStatus(State.UNKNOWN, f"{address.kind} printers are not asked")
    try:
        conn = socket.create_connection((address.host, address.port), timeout=timeout)
    except OSError as exc:
        return PrinterStatus(State.UNREACHABLE, _why(exc))
    try:
        conn.settimeout(timeout)
        answers = {}
        for n in (1, 2, 4):
            conn.sendall(DLE_EOT + bytes([n]))
            byte = conn.recv(1)
            if not byte:
                return PrinterStatus(State.NO_ANSWER, "the printer closed the connection")
            if not is_status_byte(byte[0]):
                return not_a_printer(byte + _rest_of_answer(conn))
            answers[n] = byte[0]
    except TimeoutError:
        return PrinterStatus(State.NO_ANSWER, f"no answer to the status query in {timeout:g} s")
    except OSError as exc:
        return PrinterStatus(State.NO_ANSWER, _why(exc))
    finally:
        conn.close()
    return status_of(answers[1], answers[2], answers[4])


def is_status_byte(byte: int) -> bool:
    """Whether a byte has the fixed bits of an ESC/POS real-time status answer."""
    return byte & STATUS_FIXED_MASK == STATUS_FIXED_BITS


def not_a_printer(answer: bytes) -> PrinterStatus:
    """What to say of an address whose answer is no ESC/POS status: what it said, quoted."""
    first = answer.split(b"\r")[0].split(b"\n")[0][:40]
    if first and all(32 <= b < 127 for b in first):
        said = '"' + first.decode("ascii") + '"'
    else:
        said = " ".join(f"{b:02x}" for b in answer[:8]) + " (hex)"
    return PrinterStatus(
        State.NOT_ESCPOS,
        f"it answered {said}, which is not an ESC/POS printer's status: check the address "
        "and the port",
    )


def _rest_of_answer(conn: socket.socket, limit: int = 80) -> bytes:
    """A little more of what a non-printer says, to quote it (never more than 0.3 s)."""
    rest = b""
    conn.settimeout(0.3)
    with contextlib.suppress(OSError):
        while len(rest) < limit:
            chunk = conn.recv(limit - len(rest))
            if not chunk:
                break
            rest += chunk
    return rest


def status_of(printer: int, offline_cause: int, paper: int) -> PrinterStatus:
    """Decode the three status bytes (Epson ESC/POS, DLE EOT n=1, 2, 4)."""
    if not all(is_status_byte(b) for b in (printer, offline_cause, paper)):
        return not_a_printer(bytes([printer, offline_cause, paper]))
    if paper & 0x60 or offline_cause & 0x20:
        return PrinterStatus(State.PAPER_OUT, "out of paper")
    if offline_cause & 0x04:
        return PrinterStatus(State.COVER_OPEN, "the cover is open")
    if printer & 0x08:
        return PrinterStatus(State.OFFLINE, "the printer says it is offline")
    return PrinterStatus(State.READY)


class PrinterNotReady(InspectorError):
    """The printer answered (or did not) and cannot print now."""

    def __init__(self, uri: str, status: PrinterStatus) -> None:
        self.uri, self.status = uri, status
        if status.state is State.NOT_ESCPOS:
            super().__init__(f"{uri} is not an ESC/POS printer: {status.detail}")
            return
        super().__init__(
            f"the printer at {uri} is not ready: {status.detail or status.state.value}"
        )


class SendFailed(InspectorError):
    """A job did not reach the printer. `maybe_printed` is True once bytes went out: such a
    job is never sent again by itself, so nothing prints twice."""

    def __init__(self, message: str, maybe_printed: bool) -> None:
        super().__init__(message)
        self.maybe_printed = maybe_printed


def send(address: PrinterAddress, payload: bytes, timeout: float = SEND_TIMEOUT_S) -> None:
    """Open, send the whole job, close; raise SendFailed on any failure."""
    if address.kind == "tcp":
        _send_tcp(address, payload, timeout)
        return
    try:
        device = _device(address)  # a new python-escpos object per job, never reused
        device.open()
    except Exception as exc:  # noqa: BLE001 - every driver raises its own kinds
        raise SendFailed(f"cannot open the printer {address.uri}: {exc}", False) from None
    try:
        device._raw(payload)
    except Exception as exc:  # noqa: BLE001
        raise SendFailed(f"the printer {address.uri} stopped mid-job: {exc}", True) from None
    finally:
        with contextlib.suppress(Exception):  # closing a broken device says nothing more
            device.close()


def _send_tcp(address: PrinterAddress, payload: bytes, timeout: float) -> None:
    try:
        conn = socket.create_connection(
            (address.host, address.port), timeout=min(CONNECT_TIMEOUT_S, timeout)
        )
    except OSError as exc:
        raise SendFailed(f"cannot reach {address.uri}: {_why(exc)}", False) from None
    sent = 0
    try:
        # A printer's own buffer is small; a small send buffer here means a printer that
        # stops reading is noticed within the timeout instead of the bytes vanishing into
        # the operating system's buffers.
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 2048)
        conn.settimeout(timeout)
        view = memoryview(payload)
        while sent < len(payload):
            sent += conn.send(view[sent:])
        conn.shutdown(socket.SHUT_WR)
    except OSError as exc:
        if sent == 0:
            raise SendFailed(f"{address.uri} took nothing: {_why(exc)}", False) from None
        raise SendFailed(
            f"{address.uri} stopped taking the tag after {sent} of {len(payload)} bytes "
            f"({_why(exc)})",
            True,
        ) from None
    finally:
        conn.close()


def _device(address: PrinterAddress):  # noqa: ANN202 - python-escpos device classes
    from inspector.tags.escpos_lib import printer_module

    escpos_printer = printer_module()

    if address.kind == "usb":
        return escpos_printer.Usb(
            address.vendor, address.product, timeout=int(SEND_TIMEOUT_S * 1000)
        )
    if address.kind == "serial":
        return escpos_printer.Serial(
            address.path, baudrate=address.baudrate, timeout=SEND_TIMEOUT_S
        )
    if address.kind == "cups":
        return escpos_printer.CupsPrinter(address.queue)
    if address.kind == "win32":
        if sys.platform != "win32":
            raise OSError("a win32:// printer is a Windows printer; this station is not Windows")
        return escpos_printer.Win32Raw(address.queue)
    return escpos_printer.File(address.path)


def _why(exc: OSError) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return exc.strerror or str(exc) or type(exc).__name__
