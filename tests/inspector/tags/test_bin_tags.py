"""The bin tag's bytes, read back as a printer would print them and as a scanner would read
them, on every profile; the test print's sentence comes out whole on every paper."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.tags.bin_tags import PROFILES, BinTag, barcode_image, render_tag
from inspector.tags.print_queue import print_sample
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter

# Each profile's paper, from the printers' data sheets: dots a line, characters a line
# (Font A, 12 dots wide: 384 / 12 = 32; 512 / 12 = 42; 576 / 12 = 48).
PAPER = {"58mm": (384, 32), "80mm-512": (512, 42), "80mm-576": (576, 48)}
# Unit 123456 and its ISO 7064 MOD 11-2 check character, worked by hand: 3.
UNIT = "U0001234563"


def a_tag(**changes) -> BinTag:
    values = dict(
        unit_code=UNIT,
        disposition="REFURBISH",
        bin_code="RF-EL-02",
        rma_number="RMA00001234X",
        sku="EL-01018",
        product_name="Nimbus Action Camera 4K, Rust, with a name far too long for any paper",
        grade="C",
        flags=("MISSING_PARTS", "REASON_MISMATCH"),
        grader="Kim Min-ji",
        station="BENCH-1",
        decided_at=dt.datetime(2026, 11, 26, 14, 5),
    )
    values.update(changes)
    return BinTag(**values)


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_the_unit_id_scans_from_the_printed_tag_on_every_profile(profile):
    tag = a_tag()
    paper = read(render_tag(tag, PROFILES[profile]), PAPER[profile][0])
    found = decoded(paper)
    assert found.get("Code 128") == [UNIT]
    assert found.get("QR Code") == [UNIT]
    assert paper.image().shape[1] == PAPER[profile][0]


def test_the_profiles_are_the_three_papers_the_dock_uses():
    assert {name: (p.dots, p.columns) for name, p in PROFILES.items()} == PAPER


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_the_tag_says_what_the_bench_needs_within_the_width(profile):
    p = PROFILES[profile]
    paper = read(render_tag(a_tag(), p), PAPER[profile][0])
    lines = [line.strip() for line in paper.lines]
    assert lines[0] == "REFURBISH"
    assert lines[1] == "BIN RF-EL-02"
    for wanted in (
        "RMA: RMA00001234X",
        "SKU: EL-01018",
        "Grade: C",
        "Flags: MISSING_PARTS",
        "REASON_MISMATCH",
        "Grader: Kim Min-ji",
        "Station: BENCH-1",
        "Time: 2026-11-26 14:05",
    ):
        assert wanted in lines
    assert all(len(line) <= PAPER[profile][1] for line in paper.lines)
    assert any(line.startswith("Nimbus Action Camera") and line.endswith("~") for line in lines)


def test_words_the_printer_cannot_print_do_not_break_the_tag():
    tag = a_tag(product_name="무선 이어폰 Écouteurs", grader="김민지", reprint=True)
    p = PROFILES["58mm"]
    paper = read(render_tag(tag, p), 384)
    assert "Ecouteurs" in " ".join(paper.lines)
    assert "** REPRINT **" in [line.strip() for line in paper.lines]
    assert decoded(paper)["Code 128"] == [UNIT]


def test_the_drawn_barcode_has_whole_dot_modules():
    image = barcode_image("U000123456X", 384)
    row = [image.getpixel((x, 40)) for x in range(image.width)]
    runs, count = [], 1
    for a, b in zip(row, row[1:], strict=False):
        if a == b:
            count += 1
        else:
            runs.append(count)
            count = 1
    bars = runs[1:]  # after the first quiet zone (the last run, the other one, is not counted)
    module = min(bars)
    assert module >= 2
    assert all(run % module == 0 for run in bars)
    # Start B, U, 0, Code C, 00, 12, 34, 56, Code B, X, check: 11 symbols of 11 modules; the
    # stop pattern has 13. The bars and spaces between the quiet zones span 134 modules.
    assert sum(bars) == 134 * module


SAMPLE_SENTENCE = "Sample tag: if the barcode scans, the printer is set up"


@pytest.mark.parametrize(("profile", "columns"), [("58mm", 32), ("80mm-512", 42), ("80mm-576", 48)])
def test_the_test_print_says_its_whole_sentence_on_every_profile(profile, columns):
    printer = FakePrinter()
    try:
        print_sample(printer.uri, "U000424242X", profile)
        paper = read(printer.printed(1)[0], PAPER[profile][0])
    finally:
        printer.close()
    lines = [line.strip() for line in paper.lines]
    assert all(len(line) <= columns for line in paper.lines)
    assert not any(line.endswith("~") for line in lines)  # nothing on the sample is cut
    start = next(i for i, line in enumerate(lines) if line.startswith("Sample tag:"))
    said = []
    for line in lines[start:]:
        said.append(line)
        if line.endswith("set up"):
            break
    assert " ".join(said) == SAMPLE_SENTENCE
    assert decoded(paper)["Code 128"] == ["U000424242X"]


def test_a_note_longer_than_the_paper_is_wrapped_at_words_and_kept_whole():
    note = "Scan this tag at the bench: a word like Supercalifragilisticexpialidocious-ish stays"
    p = PROFILES["58mm"]
    paper = read(render_tag(a_tag(note=note), p), 384)
    lines = [line.strip() for line in paper.lines]
    start = lines.index("Scan this tag at the bench: a")
    joined = "".join(lines[start : start + 4])
    assert joined.replace(" ", "") == note.replace(" ", "")
    assert all(len(line) <= 32 for line in paper.lines)
