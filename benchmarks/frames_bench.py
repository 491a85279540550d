"""Decoding synthetic webcam frames: read rate and time per frame, per way of decoding.

    .venv/bin/python benchmarks/frames_bench.py [--scenes 150] [--seed 7]

Each scene is a label with a real barcode (Code 128 tracking number, QR with a returns-portal
link, PDF417, Data Matrix) rendered by zxing-cpp into a 1280x720 or 1920x1080 frame, turned
to any angle, tilted in perspective up to 35 degrees, and made harsh at random: blur,
noise, dim light, glare. Compared in one run, on one core:
  zbar            pyzbar on the grey frame
  zxing all       zxing-cpp, every format (the baseline for time)
  zxing label     zxing-cpp with its default options, only the formats labels carry
  zxing +rot      zxing label, then turned 30 and 60 degrees when nothing was found
  live (6 frames) inspector.receiving.live_scan: one reading per frame at one of six angles, so a
                  scene counts as read when any of six consecutive frames of it is read
                  (a fifth of a second at 30 fps); time is per frame
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import zxingcpp  # noqa: E402
from pyzbar import pyzbar  # noqa: E402

from inspector.receiving.live_scan import ANGLES, LABEL_FORMATS, LiveScanner, _rotated  # noqa: E402

F = zxingcpp.BarcodeFormat
KINDS = [
    (F.Code128, "1Z999AA10123456784", 3),
    (F.QRCode, "https://returns.example.com/r/RMA00001234X", 6),
    (F.PDF417, "RMA00001234X|SO-100233|1Z999AA10123456784", 3),
    (F.DataMatrix, "RMA00001234X", 8),
]


def scene(rng: random.Random, size: tuple[int, int]) -> tuple[np.ndarray, str, bool]:
    fmt, text, scale = rng.choice(KINDS)
    width, height = size
    code = np.asarray(zxingcpp.create_barcode(text, fmt).to_image(scale=scale))
    code = cv2.resize(code, None, fx=width / 1280, fy=width / 1280, interpolation=cv2.INTER_NEAREST)
    pad = max(20, code.shape[0] // 6)
    label = cv2.copyMakeBorder(code, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    canvas = np.full((height, width), rng.randint(60, 120), np.uint8)
    lh, lw = label.shape
    if lw >= width * 0.9 or lh >= height * 0.9:
        label = cv2.resize(label, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
        lh, lw = label.shape
    y, x = (height - lh) // 2, (width - lw) // 2
    canvas[y : y + lh, x : x + lw] = label
    angle = rng.uniform(0, 360)
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, turn, (width, height), borderMode=cv2.BORDER_REPLICATE)
    tilt = np.radians(rng.uniform(0, 35))
    squeeze = np.cos(tilt)
    src = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    inset = width * (1 - squeeze) / 2
    dst = np.float32([[inset, 0], [width - inset, 0], [width, height], [0, height]])
    canvas = cv2.warpPerspective(
        canvas,
        cv2.getPerspectiveTransform(src, dst),
        (width, height),
        borderMode=cv2.BORDER_REPLICATE,
    )
    harsh = False
    if rng.random() < 0.5:
        k = rng.choice((3, 5))
        canvas = cv2.GaussianBlur(canvas, (k, k), 0)
        harsh = True
    if rng.random() < 0.4:
        canvas = np.clip(
            canvas + np.random.default_rng(rng.randrange(10**6)).normal(0, 12, canvas.shape), 0, 255
        ).astype(np.uint8)
        harsh = True
    if rng.random() < 0.3:
        canvas = (canvas * rng.uniform(0.35, 0.6)).astype(np.uint8)
        harsh = True
    if rng.random() < 0.3:
        yy, xx = np.mgrid[0:height, 0:width]
        cy, cx = rng.randrange(height), rng.randrange(width)
        glare = 140 * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * (width / 8) ** 2))
        canvas = np.clip(canvas + glare, 0, 255).astype(np.uint8)
        harsh = True
    return cv2.cvtColor(canvas, cv2.COLOR_GRAY2BGR), text, harsh


def zxing_all(gray):
    return [b.text for b in zxingcpp.read_barcodes(gray, text_mode=zxingcpp.TextMode.Plain)]


def zxing_label(gray):
    """zxing-cpp with its default options, reading only the label formats."""
    return [
        b.text
        for b in zxingcpp.read_barcodes(
            gray, formats=LABEL_FORMATS, text_mode=zxingcpp.TextMode.Plain
        )
    ]


def zxing_rotations(gray):
    found = zxing_label(gray)
    for angle in (30, 60):
        if found:
            break
        turned, _back = _rotated(gray, angle)
        found = zxing_label(turned)
    return found


def zbar(gray):
    return [r.data.decode("utf-8", "replace") for r in pyzbar.decode(gray)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenes", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cv2.setNumThreads(1)
    print(
        f"{args.scenes} scenes per size; {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print("| frame | way | read (all) | read (harsh) | median ms | p95 ms | time / zxing all |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for size in ((1280, 720), (1920, 1080)):
        scenes = [scene(rng, size) for _ in range(args.scenes)]
        harsh_n = sum(h for _, _, h in scenes)
        rows = {}
        for name, fn in (
            ("zbar", zbar),
            ("zxing all", zxing_all),
            ("zxing label", zxing_label),
            ("zxing +rot", zxing_rotations),
        ):
            reads = harsh_reads = 0
            times = []
            for frame, text, harsh in scenes:
                gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
                start = time.perf_counter()
                texts = fn(gray)
                times.append((time.perf_counter() - start) * 1000)
                ok = text in texts
                reads += ok
                harsh_reads += ok and harsh
            rows[name] = (reads, harsh_reads, times)
        reads = harsh_reads = 0
        times = []
        for frame, text, harsh in scenes:
            scanner = LiveScanner()
            got = False
            for _ in range(len(ANGLES)):
                start = time.perf_counter()
                reading = scanner.feed(frame)
                times.append((time.perf_counter() - start) * 1000)
                got = got or any(s.text == text for s in reading.seen)
            reads += got
            harsh_reads += got and harsh
        rows[f"live ({len(ANGLES)} frames)"] = (reads, harsh_reads, times)
        base = statistics.median(rows["zxing all"][2])
        for name, (r, h, t) in rows.items():
            ordered = sorted(t)
            print(
                f"| {size[1]}p | {name} | {r}/{len(scenes)} | {h}/{harsh_n} | "
                f"{statistics.median(t):.1f} | {ordered[int(0.95 * len(ordered))]:.1f} | "
                f"{statistics.median(t) / base:.2f}x |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
