"""Decoders on the public corpus: read rate, misreads and time per image, per format.

    .venv/bin/python benchmarks/decoder_bench.py [--corpus tests/data/barcode-corpus]

ZBar alone (pyzbar on the grey image), zxing-cpp alone (all formats), and the chain
(inspector.receiving.decoding.decode_image), all in one run on the same images. A read is an image
whose expected text is among the texts returned; a misread is an image for which texts
came back and none is the expected one. Times are per image on one core; the chain's
ratio is against zxing-cpp alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
from pyzbar import pyzbar  # noqa: E402

from inspector.receiving.decoding import decode_image, read_zxing  # noqa: E402
from tests.helpers.corpus import CORPUS, is_expected, samples  # noqa: E402

ENGINES = {
    "zbar": lambda image: [r.data.decode("utf-8", "replace") for r in pyzbar.decode(image)],
    "zxing-cpp": lambda image: [s.text for s in read_zxing(image)],
    "chain": lambda image: [s.text for s in decode_image(image)],
}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    stats: dict = defaultdict(lambda: defaultdict(lambda: {"read": 0, "wrong": 0, "ms": []}))
    counts: dict[str, int] = defaultdict(int)
    for sample in samples():
        image = cv2.imread(str(args.corpus / sample["path"]), cv2.IMREAD_GRAYSCALE)
        family = sample["format"]
        counts[family] += 1
        for name, engine in ENGINES.items():
            start = time.perf_counter()
            texts = engine(image)
            elapsed = (time.perf_counter() - start) * 1000
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
