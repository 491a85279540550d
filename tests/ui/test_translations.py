"""Every string on screen goes through tr() and has an English and a Korean translation."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "inspector" / "resources" / "translations"
BIN = Path(sys.executable).parent


def _lupdate(tmp_path: Path, lang: str) -> Path:
    """Run lupdate on today's code against a copy of the committed .ts file."""
    copy = tmp_path / f"inspector_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"inspector_{lang}.ts", copy)
    sources = [str(ROOT / "main.py"), *sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    return copy


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_string_in_the_code_is_translated(tmp_path, lang):
    tree = ET.parse(_lupdate(tmp_path, lang))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], f"translate these in inspector_{lang}.ts: {unfinished}"
    assert len(list(tree.iter("message"))) > 50


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether the entry has plural forms."""
    return {
        (context.findtext("name"), message.findtext("source")): message.get("numerus") == "yes"
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_lupdate_keeps_every_committed_entry_and_its_plural_forms(tmp_path, lang):
    """An entry lupdate cannot find in the code (a call it does not read) is dropped from the
    file the next time scripts/translations.sh runs, and then never translated."""
    committed = _messages(TRANSLATIONS / f"inspector_{lang}.ts")
    fresh = _messages(_lupdate(tmp_path, lang))
    assert sorted(set(committed) - set(fresh)) == []
    assert {k for k, plural in committed.items() if plural} == {
        k for k, plural in fresh.items() if plural
    }
    assert fresh[("Problems", "Wrong PIN, %n tries left.")] is True


def test_korean_translations_are_korean_and_keep_their_placeholders():
    tree = ET.parse(TRANSLATIONS / "inspector_ko.ts")
    hangul = re.compile("[\uac00-\ud7a3]")
    same_ok = {"SKU", "Returns Inspector"}
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(translation.itertext())
        assert set(re.findall(r"\{\w+\}|%n", source)) == set(re.findall(r"\{\w+\}|%n", text)), (
            source
        )
        if source not in same_ok:
            assert hangul.search(text), source


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_compiled_translations_are_up_to_date(tmp_path, lang):
    fresh = tmp_path / f"fresh_{lang}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            str(TRANSLATIONS / f"inspector_{lang}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (TRANSLATIONS / f"inspector_{lang}.qm").read_bytes(), (
        "run scripts/translations.sh"
    )
