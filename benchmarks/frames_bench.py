"""The live scanner on camera scenes of carrier labels, beside zxing-cpp, in one run.

    .venv/bin/python benchmarks/frames_bench.py [--scenes 90] [--frames 6] [--seed 17]

Scenes come from tests/helpers/camera_scenes.py (UPS, USPS and FedEx labels built like
real ones, some with a returns QR Code; down to 1.3 pixels a module, JPEG quality 45 to 95,
crumpled, tilted up to 35 degrees, dim), the same number per carrier, at 1280x720 and at
1920x1080, drawn from the seed at run time. Ways of reading, on one core:

  zxing-cpp           its defaults, every format, the scene's first frame
  zxing 0/30/60 x1    the same, and the first frame turned by 30 and by 60 degrees
  zxing 0/30/60 x6    the same on each of the scene's frames (as many as the scanner gets)
  live                inspector.receiving.live_scan.LiveScanner fed the scene's frames

A scene's tracking number is read when a text read (for the live scanner: a code it
confirmed) names the label's tracking number; the parcel is named when the tracking number
or the label's RMA number is. A wrong text is one no code on the label says. Times are per
frame (for the retries: per frame with its three readings), in wall and in CPU time of this
process, with the machine's speed gauge from the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import zxingcpp  # noqa: E402

from benchmarks.measure import percentile, speed_gauge  # noqa: E402
from inspector.receiving.labels import candidates  # noqa: E402
from inspector.receiving.live_scan import LiveScanner, _rotated  # noqa: E402
from tests.helpers.camera_scenes import Scene, scene  # noqa: E402
from tests.helpers.carrier_labels import CARRIERS  # noqa: E402


def zxing_plain(gray) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(gray, text_mode=zxingcpp.TextMode.Plain)]


def zxing_turns(gray) -> list[str]:
    texts = zxing_plain(gray)
    for angle in (30, 60):
        turned, _back = _rotated(gray, angle)
        texts += zxing_plain(turned)
    return texts


def names(texts: list[str]) -> set[str]:
    return {c.value for t in texts for c in candidates(t) if c.kind in ("tracking", "rma")}


class Tally:
    """One way's figures over a set of scenes."""

    def __init__(self) -> None:
        self.tracking: dict[str, int] = defaultdict(int)
        self.named: dict[str, int] = defaultdict(int)
        self.wrong: dict[str, int] = defaultdict(int)
        self.frames_to_tracking: dict[str, list[int]] = defaultdict(list)
        self.frames_to_named: dict[str, list[int]] = defaultdict(list)
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def timed(self, fn, *args):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn(*args)
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        return result

    def judge(self, one: Scene, frames_texts: list[list[str]]) -> None:
        """Figures of one scene from the texts each frame gave (cumulative)."""
        carrier, label = one.label.carrier, one.label
        got_tracking = got_named = None
        so_far: set[str] = set()
        wrong: set[str] = set()
        for i, texts in enumerate(frames_texts, 1):
            wrong |= {t for t in texts if t not in label.texts}
            so_far |= names(texts)
            if got_tracking is None and label.tracking in so_far:
                got_tracking = i
            if got_named is None and (so_far & {label.tracking, label.rma}):
                got_named = i
        if got_tracking:
            self.tracking[carrier] += 1
            self.frames_to_tracking[carrier].append(got_tracking)
        if got_named:
            self.named[carrier] += 1
            self.frames_to_named[carrier].append(got_named)
        self.wrong[carrier] += len(wrong)


def run_size(scenes: list[Scene]) -> dict[str, Tally]:
    ways = {name: Tally() for name in ("zxing-cpp", "zxing 0/30/60 x1", "zxing 0/30/60 x6", "live")}
    for one in scenes:
        grays = [cv2.cvtColor(one.frame(i), cv2.COLOR_BGR2GRAY) for i in range(len(one.frames))]
        colour = [one.frame(i) for i in range(len(one.frames))]
        way = ways["zxing-cpp"]
        way.judge(one, [way.timed(zxing_plain, grays[0])])
        first = ways["zxing 0/30/60 x1"].timed(zxing_turns, grays[0])
        ways["zxing 0/30/60 x1"].judge(one, [first])
        way = ways["zxing 0/30/60 x6"]
        way.judge(one, [first] + [way.timed(zxing_turns, g) for g in grays[1:]])
        way, scanner = ways["live"], LiveScanner()
        readings = [way.timed(scanner.feed, frame) for frame in colour]
        way.judge(one, [[s.text for s in r.confirmed] for r in readings])
    return ways


def _cell(values: dict[str, int], carrier: str | None, counts: dict[str, int]) -> str:
    if carrier is None:
        return f"{sum(values.values())}/{sum(counts.values())}"
    return f"{values[carrier]}/{counts[carrier]}"


def _median(values: list[int]) -> str:
    return f"{statistics.median(values):.0f}" if values else "-"


def report(size: tuple[int, int], scenes: list[Scene], ways: dict[str, Tally]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for one in scenes:
        counts[one.label.carrier] += 1
    height = size[1]
    print(f"\n{height}p, {len(scenes)} scenes of {len(scenes[0].frames)} frames")
    names_ = list(ways)
    print(
        "| carrier | "
        + " | ".join(f"tracking: {n}" for n in names_)
        + " | "
        + " | ".join(f"named: {n}" for n in names_)
        + " | live frames to tracking / named (median) | wrong texts (all ways) |"
    )
    print("|---|" + "---:|" * (2 * len(names_) + 2))
    for carrier in (*CARRIERS, None):
        live = ways["live"]
        pick = [carrier] if carrier else list(CARRIERS)
        to_tracking = [f for c in pick for f in live.frames_to_tracking[c]]
        to_named = [f for c in pick for f in live.frames_to_named[c]]
        wrong = ", ".join(f"{n} {sum(w.wrong[c] for c in pick)}" for n, w in ways.items())
        print(
            f"| {carrier or 'all'} | "
            + " | ".join(_cell(w.tracking, carrier, counts) for w in ways.values())
            + " | "
            + " | ".join(_cell(w.named, carrier, counts) for w in ways.values())
            + f" | {_median(to_tracking)} / {_median(to_named)} | {wrong} |"
        )
    base = statistics.median(ways["zxing-cpp"].cpu)
    print("\n| way | wall median ms | wall p95 ms | CPU median ms | CPU p95 ms | CPU / zxing-cpp |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, way in ways.items():
        print(
            f"| {name} | {statistics.median(way.wall):.1f} | {percentile(way.wall, 0.95):.1f} | "
            f"{statistics.median(way.cpu):.1f} | {percentile(way.cpu, 0.95):.1f} | "
            f"{statistics.median(way.cpu) / base:.2f}x |"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenes", type=int, default=90, help="per frame size")
    parser.add_argument("--frames", type=int, default=6)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    gauge = speed_gauge()
    print(
        f"seed {args.seed}; {platform.machine()}, {os.cpu_count()} cores (shared), "
        f"Python {platform.python_version()}, zxing-cpp {version('zxing-cpp')}; "
        f"speed gauge {gauge:.1f} ms CPU (lower is faster)"
    )
    rng = random.Random(args.seed)
    for size in ((1280, 720), (1920, 1080)):
        scenes = [
            scene(rng, size, CARRIERS[i % len(CARRIERS)], args.frames) for i in range(args.scenes)
        ]
        report(size, scenes, run_size(scenes))
    print(f"\nspeed gauge at the end: {speed_gauge():.1f} ms CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
