"""Write the dock's scan sounds (inspector/resources/sounds/*.wav): short, distinct, loud enough.

good: two rising notes (received) · again: one mid note (already received) ·
bad: three low buzzes (unknown, not returnable) · look: two falling notes (look at the screen) ·
offline: four quick even notes, a ticking (kept on the station: the database is out)
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
SOUNDS = {
    "good": [(880, 120), (1320, 160)],
    "again": [(988, 220)],
    "bad": [(220, 140), (0, 60), (220, 140), (0, 60), (220, 200)],
    "look": [(1175, 150), (784, 200)],
    "offline": [(660, 70), (0, 50), (660, 70), (0, 50), (660, 70), (0, 50), (660, 70)],
}


def write(path: Path, notes: list[tuple[int, int]]) -> None:
    frames = bytearray()
    for freq, ms in notes:
        n = int(RATE * ms / 1000)
        for i in range(n):
            envelope = min(1.0, i / 220, (n - i) / 220)
            wave_value = math.sin(2 * math.pi * freq * i / RATE)
            if freq < 400:  # a buzz: add odd harmonics so it cuts through a noisy dock
                wave_value += 0.4 * math.sin(6 * math.pi * freq * i / RATE)
            frames += struct.pack("<h", int(14000 * envelope * wave_value) if freq else 0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent.parent / "inspector" / "resources" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        write(folder / f"{name}.wav", notes)
