"""The decoder chain on the real corpus: never a wrong text, and at least what each engine
reads alone, per format."""

from collections import Counter

import cv2
import pytest
from pyzbar import pyzbar

from inspector.receiving.decoding import decode_image, read_zxing
from tests.helpers.corpus import CORPUS, is_expected, samples


@pytest.fixture(scope="module")
def results():
    if not CORPUS.is_dir():
        pytest.fail(f"the barcode corpus is missing at {CORPUS}")
    counts: Counter = Counter()
    wrong = []
    for sample in samples():
        image = cv2.imread(str(CORPUS / sample["path"]), cv2.IMREAD_GRAYSCALE)
        expected, family = sample["expected_text"], sample["format"]
        chain = [s.text for s in decode_image(image)]
        zxing = [s.text for s in read_zxing(image)]
        zbar = [r.data.decode("utf-8", "replace") for r in pyzbar.decode(image)]
        ok = {
            name: any(is_expected(expected, t) for t in texts)
            for name, texts in (("chain", chain), ("zxing", zxing), ("zbar", zbar))
        }
        counts[(family, "n")] += 1
        for name, good in ok.items():
            counts[(family, name)] += good
        counts[(family, "union")] += ok["zxing"] or ok["zbar"]
        if chain and not ok["chain"]:
            wrong.append((sample["path"], expected, chain))
    return counts, wrong


def test_the_chain_never_returns_a_wrong_text(results):
    _counts, wrong = results
    assert wrong == []


def test_the_chain_reads_the_union_of_both_engines_per_format(results):
    counts, _wrong = results
    families = {family for family, _ in counts}
    for family in sorted(families):
        assert counts[(family, "chain")] >= counts[(family, "union")], family
        assert counts[(family, "chain")] >= counts[(family, "zxing")], family


def test_gs1_symbology_identifier_is_kept():
    image = cv2.imread(
        str(CORPUS / "datamatrix-1" / "gs1-figure-4.15.1-2-32x32.png"), cv2.IMREAD_GRAYSCALE
    )
    symbols = decode_image(image)
    assert symbols and symbols[0].symbology_identifier == "]d2"
    assert "\x1d" in symbols[0].text  # FNC1 as the group separator


def test_decode_from_the_command_line(tmp_path):
    import json

    from tests.helpers.cli import run_cli

    image = CORPUS / "qrcode-2" / "10.png"
    not_image = tmp_path / "notes.png"
    not_image.write_text("not a picture")
    ran = run_cli("decode", "--json", str(image), str(not_image), str(tmp_path / "gone.png"))
    assert ran.code == 1
    first = json.loads(ran.out.splitlines()[0])
    assert first["path"] == str(image) and first["symbols"][0]["format"] == "QRCode"
    assert ran.err.splitlines() == [
        f"inspector: {not_image}: not an image file this app can read",
        f"inspector: {tmp_path / 'gone.png'}: no such file",
    ]


def test_a_photo_of_a_small_askew_label_is_read_where_its_bars_are():
    # 1.4 pixels a module, turned 37 degrees: zxing-cpp reading the whole photo misses it
    import random

    from tests.helpers.camera_scenes import held
    from tests.helpers.carrier_labels import carrier_label

    label = carrier_label(random.Random(9), "USPS")
    photo = cv2.cvtColor(held(label, (1920, 1080), 1.4, 37), cv2.COLOR_BGR2GRAY)
    impb = next(t for t in label.texts if t.startswith("420"))
    assert impb not in [s.text for s in read_zxing(photo)]
    read = decode_image(photo)
    assert impb in [s.text for s in read]
    assert all(s.text in label.texts for s in read)
