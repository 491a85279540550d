"""Decoders on the public corpus and on camera stills of carrier labels, in one run.

    .venv/bin/python benchmarks/decoder_bench.py [--corpus tests/data/barcode-corpus]
        [--stills 90] [--seed 23]

ZBar alone (pyzbar on the grey image), zxing-cpp alone (all formats), and the chain
(inspector.receiving.decoding.decode_image), all in one run on the same images. A read is an image
whose expected text is among the texts returned; a misread is an image for which texts
came back and none is the expected one. Times are CPU time per image on one core; the chain's
ratio is against zxing-cpp alone.

Then damaged EAN/UPC photos (tests/helpers/product_codes.py): ZBar, zxing-cpp, the chain
with ZBar's quality threshold alone (its second opinion switched off) and the chain.

Then camera stills: one frame of each of --stills scenes per size (carrier labels from
tests/helpers/camera_scenes.py, 720p and 1080p) read by zxing-cpp plain, by zxing-cpp turned
0/30/60 degrees, and by the chain, each timed with the JPEG's load; per carrier, the
tracking number read, the parcel named (tracking or RMA number) and wrong texts. The
machine's speed gauge (benchmarks/measure.py) is printed at the start and the end.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from pyzbar import pyzbar  # noqa: E402

from benchmarks.frames_bench import names, zxing_turns  # noqa: E402
from benchmarks.measure import speed_gauge  # noqa: E402
from inspector.receiving import retail_codes  # noqa: E402
from inspector.receiving.decoding import decode_image, read_zbar, read_zxing  # noqa: E402
from inspector.receiving.retail_codes import RETAIL, retail_key  # noqa: E402
from tests.helpers.camera_scenes import scene  # noqa: E402
from tests.helpers.carrier_labels import CARRIERS  # noqa: E402
from tests.helpers.corpus import CORPUS, is_expected, samples  # noqa: E402
from tests.helpers.product_codes import product_photo  # noqa: E402

ENGINES = {
    "zbar": lambda image: [r.data.decode("utf-8", "replace") for r in pyzbar.decode(image)],
    "zxing-cpp": lambda image: [s.text for s in read_zxing(image)],
    "chain": lambda image: [s.text for s in decode_image(image)],
}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


STILL_WAYS = {
    "zxing-cpp": lambda gray: [s.text for s in read_zxing(gray)],
    "zxing 0/30/60": zxing_turns,
    "chain": lambda gray: [s.text for s in decode_image(gray)],
}


def stills(count: int, seed: int) -> None:
    """The camera stills table (see the module note)."""
    rng = random.Random(seed)
    for size in ((1280, 720), (1920, 1080)):
        shots = [scene(rng, size, CARRIERS[i % len(CARRIERS)], 1) for i in range(count)]
        tally: dict = defaultdict(lambda: defaultdict(int))
        ms: dict[str, list[float]] = defaultdict(list)
        for shot in shots:
            label = shot.label
            for way, read in STILL_WAYS.items():
                start = time.process_time()
                gray = cv2.imdecode(np.frombuffer(shot.frames[0], np.uint8), cv2.IMREAD_GRAYSCALE)
                texts = read(gray)
                ms[way].append((time.process_time() - start) * 1000)
                named = names(texts)
                for carrier in (label.carrier, "all"):
                    tally[(way, carrier)]["tracking"] += label.tracking in named
                    tally[(way, carrier)]["named"] += bool(named & {label.tracking, label.rma})
                    tally[(way, carrier)]["wrong"] += sum(t not in label.texts for t in texts)
                    tally[(way, carrier)]["n"] += 1
        print(f"\nCamera stills {size[1]}p, {count} frames (one per scene, seed {seed})")
        print(
            "| carrier | "
            + " | ".join(f"{w} tracking | {w} named | {w} wrong" for w in STILL_WAYS)
            + " |"
        )
        print("|---|" + "---:|" * (3 * len(STILL_WAYS)))
        for carrier in (*CARRIERS, "all"):
            cells = []
            for way in STILL_WAYS:
                t = tally[(way, carrier)]
                cells.append(f"{t['tracking']}/{t['n']} | {t['named']}/{t['n']} | {t['wrong']}")
            print(f"| {carrier} | " + " | ".join(cells) + " |")
        base = statistics.median(ms["zxing-cpp"])
        print("\n| way | CPU median ms | CPU mean ms | CPU p95 ms | median / zxing-cpp |")
        print("|---|---:|---:|---:|---:|")
        for way, values in ms.items():
            print(
                f"| {way} | {statistics.median(values):.1f} | {statistics.mean(values):.1f} | "
                f"{p95(values):.1f} | {statistics.median(values) / base:.2f}x |"
            )


def _retail_numbers(symbols) -> list[str]:
    return [retail_key(s) for s in symbols if s.format in RETAIL]


def _threshold_only(gray) -> list[str]:
    """The chain as it was: ZBar's number on its quality alone, no second opinion."""
    kept = retail_codes.second_opinion
    retail_codes.second_opinion = lambda *_args: (0, 0)
    try:
        return _retail_numbers(decode_image(gray))
    finally:
        retail_codes.second_opinion = kept


PRODUCT_WAYS = {
    "zbar": lambda gray: _retail_numbers(read_zbar(gray)),
    "zxing-cpp": lambda gray: _retail_numbers(read_zxing(gray)),
    "quality threshold": _threshold_only,
    "chain": lambda gray: _retail_numbers(decode_image(gray)),
}


def products(count: int, seed: int) -> None:
    """Damaged EAN/UPC photos: reads and misreads of each engine, of the chain without its
    second opinion (ZBar's quality threshold alone) and of the chain."""
    rng = random.Random(seed)
    photos = [product_photo(rng) for _ in range(count)]
    tally: dict = defaultdict(lambda: defaultdict(int))
    for photo in photos:
        gray = photo.gray()
        union = False
        for way, read in PRODUCT_WAYS.items():
            numbers = read(gray)
            good = photo.expected in numbers
            tally[way]["read"] += good
            tally[way]["wrong"] += bool(numbers) and not good
            if way in ("zbar", "zxing-cpp"):
                union = union or good
        tally["zbar or zxing-cpp"]["read"] += union
    print(f"\nDamaged EAN/UPC photos: {count} (seed {seed}; tests/helpers/product_codes.py)")
    print("| way | read | wrong |")
    print("|---|---:|---:|")
    for way in (*PRODUCT_WAYS, "zbar or zxing-cpp"):
        wrong = tally[way]["wrong"] if way != "zbar or zxing-cpp" else "-"
        print(f"| {way} | {tally[way]['read']}/{count} | {wrong} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--stills", type=int, default=90, help="camera stills per frame size")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--products", type=int, default=300, help="damaged EAN/UPC photos")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    print(f"speed gauge {speed_gauge():.1f} ms CPU (lower is faster)")
    stats: dict = defaultdict(lambda: defaultdict(lambda: {"read": 0, "wrong": 0, "ms": []}))
    counts: dict[str, int] = defaultdict(int)
    for sample in samples():
        image = cv2.imread(str(args.corpus / sample["path"]), cv2.IMREAD_GRAYSCALE)
        family = sample["format"]
        counts[family] += 1
        for name, engine in ENGINES.items():
            start = time.process_time()  # CPU time: the machine is shared
            texts = engine(image)
            elapsed = (time.process_time() - start) * 1000
            ok = any(is_expected(sample["expected_text"], t) for t in texts)
            entry = stats[family][name]
            entry["read"] += ok
            entry["wrong"] += bool(texts) and not ok
            entry["ms"].append(elapsed)
    print(
        f"{args.corpus}: {sum(counts.values())} images; {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        "| format | n | "
        + " | ".join(f"{e} read | {e} wrong | {e} median ms | {e} p95 ms" for e in ENGINES)
        + " |"
    )
    print("|---|---:|" + "---:|" * (4 * len(ENGINES)))
    total: dict = defaultdict(lambda: {"read": 0, "wrong": 0, "ms": []})
    for family in sorted(counts):
        cells = []
        for name in ENGINES:
            entry = stats[family][name]
            total[name]["read"] += entry["read"]
            total[name]["wrong"] += entry["wrong"]
            total[name]["ms"] += entry["ms"]
            cells.append(
                f"{entry['read']} | {entry['wrong']} | "
                f"{statistics.median(entry['ms']):.1f} | {p95(entry['ms']):.1f}"
            )
        print(f"| {family} | {counts[family]} | " + " | ".join(cells) + " |")
    n = sum(counts.values())
    cells = [
        f"{total[e]['read']} ({100 * total[e]['read'] / n:.0f}%) | {total[e]['wrong']} | "
        f"{statistics.median(total[e]['ms']):.1f} | {p95(total[e]['ms']):.1f}"
        for e in ENGINES
    ]
    print(f"| all | {n} | " + " | ".join(cells) + " |")
    ratio = statistics.median(total["chain"]["ms"]) / statistics.median(total["zxing-cpp"]["ms"])
    print(f"\nchain median time / zxing-cpp alone: {ratio:.2f}x")
    if args.products:
        products(args.products, args.seed)
    if args.stills:
        stills(args.stills, args.seed)
    print(f"\nspeed gauge at the end: {speed_gauge():.1f} ms CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
