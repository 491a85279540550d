"""The bin tag: a pure function from a decided unit and a printer profile to ESC/POS bytes,
written with python-escpos.

The unit id is printed twice, as Code 128 and as QR. The Code 128 is the printer's own
(GS k) where the profile has it; elsewhere it is an image drawn at a whole number of dots
per module, because python-escpos's software barcode rounds bars to uneven dot widths at
203 dpi and then does not scan (python-escpos issue #58), and `barcode("{B...")` on a
profile without native barcodes prints the "{B" into the code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import textwrap
import unicodedata
from dataclasses import dataclass

from barcode import Code128
from PIL import Image, ImageDraw

from inspector.tags.escpos_lib import printer_module

QUIET_MODULES = 10  # Code 128 wants ten modules of white on each side
BARCODE_DOTS = 80  # bar height: 10 mm at 203 dpi
QR_MODULE_DOTS = 6


@dataclass(frozen=True)
class PrinterProfile:
    """How wide a printer prints and what it can draw itself."""

    name: str
    escpos_profile: str  # python-escpos capability profile
    dots: int  # printable width in dots (203 dpi)
    native_barcode: bool
    native_qr: bool

    @property
    def columns(self) -> int:
        return self.dots // 12  # font A is 12 dots wide


PROFILES = {
    p.name: p
    for p in (
        PrinterProfile("58mm", "POS-5890", 384, native_barcode=False, native_qr=False),
        PrinterProfile("80mm-512", "TM-T88V", 512, native_barcode=True, native_qr=True),
        PrinterProfile("80mm-576", "TM-T20II", 576, native_barcode=True, native_qr=True),
    )
}
DEFAULT_PROFILE = "80mm-576"


@dataclass(frozen=True)
class BinTag:
    unit_code: str
    disposition: str
    bin_code: str
    rma_number: str
    sku: str
    product_name: str
    grade: str
    flags: tuple[str, ...]
    grader: str
    station: str
    decided_at: dt.datetime
    reprint: bool = False
    note: str = ""  # printed whole under the unit id, wrapped at words (the sample's advice)


def code128_modules(text: str) -> str:
    """The bars and spaces of a Code 128 symbol, one character per module ('1' is a bar)."""
    return str(Code128(text).build()[0])


def module_dots(modules: int, dots: int) -> int:
    """The widest whole-dot module (1-4) that fits a symbol of so many modules and its quiet
    zones in the width."""
    return max(1, min(4, dots // (modules + 2 * QUIET_MODULES)))


def native_modules(text: str) -> int:
    """Modules of the printer's own Code 128 in code set B: start, the characters, check
    character (11 each) and the 13-module stop."""
    return 11 * (len(text) + 2) + 13


def barcode_image(text: str, dots: int) -> Image.Image:
    """Code 128 drawn at whole dots per module, quiet zones included, centred in the width."""
    modules = code128_modules(text)
    m = module_dots(len(modules), dots)
    width = (len(modules) + 2 * QUIET_MODULES) * m
    image = Image.new("1", (dots, BARCODE_DOTS), 1)
    draw = ImageDraw.Draw(image)
    x = (dots - width) // 2 + QUIET_MODULES * m
    for bit in modules:
        if bit == "1":
            draw.rectangle([x, 0, x + m - 1, BARCODE_DOTS - 1], fill=0)
        x += m
    return image


def plain_text(text: str) -> str:
    """Text the printer's own fonts can print: accents dropped, anything else as '?'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c if c.isprintable() else "?" for c in plain) or "?"


def printable(text: str, limit: int) -> str:
    """Text the printer's own fonts can print: accents dropped, anything else as '?', cut to
    the width."""
    plain = plain_text(text)
    if len(plain) > limit:
        plain = plain[: limit - 1] + "~"
    return plain


def wrapped(text: str, limit: int) -> list[str]:
    """Printable text in lines of at most `limit` characters, broken between words (a word
    longer than a line is broken inside); nothing is left out."""
    plain = plain_text(text)
    return textwrap.wrap(plain, limit, break_on_hyphens=False) or [plain]


def render_tag(tag: BinTag, profile: PrinterProfile) -> bytes:
    """The ESC/POS bytes of one bin tag, laid out for the profile's width."""
    p = printer_module().Dummy(profile=profile.escpos_profile)
    cols = profile.columns
    p.hw("INIT")
    p.set(align="center", bold=True, double_width=True, double_height=True)
    p.textln(printable(tag.disposition, cols // 2))
    p.set(align="center", bold=True, normal_textsize=True, double_height=True)
    p.textln(printable(f"BIN {tag.bin_code}", cols))
    p.set(align="center", normal_textsize=True)
    if tag.reprint:
        p.textln("** REPRINT **")
    p.ln()
    if profile.native_barcode:
        m = module_dots(native_modules(tag.unit_code), profile.dots)
        with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints a remark here
            p.barcode(
                "{B" + tag.unit_code,
                "CODE128",
                height=BARCODE_DOTS,
                width=max(2, m),
                pos="OFF",
                function_type="B",
            )
    else:
        p.image(barcode_image(tag.unit_code, profile.dots), impl="bitImageRaster")
    p.set(align="center", bold=True)
    p.textln(tag.unit_code)
    if tag.note:
        p.set(align="center", bold=False)
        for line in wrapped(tag.note, cols):
            p.textln(line)
    p.set(align="left", normal_textsize=True)
    p.ln()
    for label, value in (
        ("RMA", tag.rma_number),
        ("SKU", tag.sku),
        ("", tag.product_name),
        ("Grade", tag.grade),
        ("Grader", tag.grader),
        ("Station", tag.station),
        ("Time", f"{tag.decided_at:%Y-%m-%d %H:%M}"),
    ):
        line = f"{label}: {value}" if label else value
        p.textln(printable(line, cols))
        if label == "Grade":  # one flag a line: they are long and a narrow roll is short
            for i, flag in enumerate(tag.flags or ("-",)):
                p.textln(printable(f"{'Flags:' if i == 0 else '      '} {flag}", cols))
    p.ln()
    p.set(align="center")  # a native QR follows the alignment; an image QR is centred
    p.qr(
        tag.unit_code,
        native=profile.native_qr,
        size=QR_MODULE_DOTS,
        center=not profile.native_qr,
    )
    p.cut()
    return bytes(p.output)
