"""Reading ESC/POS bytes back the way a thermal printer would: text lines, and a bitmap of the
paper with the raster images, the printer's own Code 128 and its own QR drawn where they go.
The bitmap is then read with zxing-cpp, as a scanner at the bin would read the tag.

Only the commands a bin tag uses are known; anything else fails loudly, so a layout change
that brings a new command also brings it here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import qrcode
import zxingcpp
from barcode import Code128
from PIL import Image

LINE_DOTS = 30  # font A: 24 dots and the default line spacing


@dataclass
class Paper:
    width: int
    rows: list[np.ndarray] = field(default_factory=list)  # each row: uint8, 0 black, 255 white
    lines: list[str] = field(default_factory=list)
    cuts: int = 0

    def feed(self, dots: int) -> None:
        self.rows.append(np.full((dots, self.width), 255, np.uint8))

    def paste(self, image: np.ndarray, align: int) -> None:
        h, w = image.shape
        w = min(w, self.width)
        block = np.full((h, self.width), 255, np.uint8)
        x = {0: 0, 1: (self.width - w) // 2, 2: self.width - w}[align]
        block[:, x : x + w] = image[:, :w]
        self.rows.append(block)

    def image(self) -> np.ndarray:
        return np.vstack(self.rows) if self.rows else np.full((1, self.width), 255, np.uint8)


def read(data: bytes, width: int) -> Paper:
    """Interpret the bytes onto paper `width` dots wide."""
    paper = Paper(width)
    i, align, tall = 0, 0, False
    text = bytearray()
    barcode = {"h": 162, "w": 3}
    qr = {"size": 3, "data": b""}

    def end_line() -> None:
        paper.lines.append(text.decode("cp437"))
        paper.feed(LINE_DOTS * (2 if tall else 1))
        text.clear()

    while i < len(data):
        b = data[i]
        if b == 0x0A:
            end_line()
            i += 1
        elif b == 0x1B:
            cmd = data[i + 1]
            if cmd == 0x40:  # ESC @
                align, tall, i = 0, False, i + 2
            elif cmd == 0x21:  # ESC ! n: print mode
                tall = bool(data[i + 2] & 0x10)
                i += 3
            elif cmd in (0x45, 0x61, 0x74, 0x2D, 0x4D, 0x47):  # bold, align, code page, ...
                if cmd == 0x61:
                    align = data[i + 2] % 48 if data[i + 2] >= 48 else data[i + 2]
                i += 3
            elif cmd == 0x64:  # ESC d n: feed n lines
                for _ in range(data[i + 2]):
                    paper.feed(LINE_DOTS)
                i += 3
            else:
                raise ValueError(f"unknown ESC command 0x{cmd:02x} at byte {i}")
        elif b == 0x1D:
            cmd = data[i + 1]
            if cmd == 0x68:  # GS h n: barcode height
                barcode["h"], i = data[i + 2], i + 3
            elif cmd == 0x77:  # GS w n: module width
                barcode["w"], i = data[i + 2], i + 3
            elif cmd in (0x66, 0x48, 0x21):  # HRI font, HRI position, character size
                i += 3
            elif cmd == 0x6B:  # GS k m n d1..dn (m >= 65)
                m, n = data[i + 2], data[i + 3]
                if m != 73:
                    raise ValueError(f"barcode type {m} is not Code 128")
                payload = data[i + 4 : i + 4 + n].decode("ascii")
                paper.paste(_code128(payload, barcode["w"], barcode["h"]), align)
                i += 4 + n
            elif cmd == 0x76 and data[i + 2] == 0x30:  # GS v 0 m xL xH yL yH d...
                x_bytes = data[i + 4] + 256 * data[i + 5]
                y = data[i + 6] + 256 * data[i + 7]
                raw = np.frombuffer(data[i + 8 : i + 8 + x_bytes * y], np.uint8)
                bits = np.unpackbits(raw.reshape(y, x_bytes), axis=1)
                paper.paste(np.where(bits == 1, 0, 255).astype(np.uint8), align)
                i += 8 + x_bytes * y
            elif cmd == 0x28 and data[i + 2] == 0x6B:  # GS ( k: QR functions
                length = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + length]
                fn = body[1]
                if fn == 67:
                    qr["size"] = body[2]
                elif fn == 80:
                    qr["data"] = body[3:]
                elif fn == 81:
                    paper.paste(_qr(qr["data"], qr["size"]), align)
                i += 5 + length
            elif cmd == 0x56:  # GS V m [n]: cut
                paper.cuts += 1
                i += 4 if data[i + 2] in (65, 66) else 3
            else:
                raise ValueError(f"unknown GS command 0x{cmd:02x} at byte {i}")
        else:
            text.append(b)
            i += 1
    if text:
        end_line()
    return paper


def _code128(payload: str, module: int, height: int) -> np.ndarray:
    """What the printer draws for GS k 73: '{B' selects code set B (and '{{' is a '{')."""
    if not payload.startswith("{B"):
        raise ValueError(f"Code 128 data must start with a code set: {payload!r}")
    text = payload[2:].replace("{{", "{")
    modules = str(Code128(text).build()[0])
    quiet = "0" * 10
    row = np.array([0 if c == "1" else 255 for c in quiet + modules + quiet], np.uint8)
    return np.repeat(np.repeat(row[None, :], height, axis=0), module, axis=1)


def _qr(data: bytes, module: int) -> np.ndarray:
    code = qrcode.QRCode(box_size=module, border=4)
    code.add_data(data)
    code.make(fit=True)
    image = code.make_image().get_image().convert("L")
    return np.asarray(image, np.uint8)


def decoded(paper: Paper) -> dict[str, list[str]]:
    """What a scanner reads on the paper: format -> texts."""
    found: dict[str, list[str]] = {}
    image = Image.fromarray(paper.image())
    for result in zxingcpp.read_barcodes(image):
        found.setdefault(str(result.format).split(".")[-1], []).append(result.text)
    return found
