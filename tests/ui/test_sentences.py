"""Sentences on screen: one Korean word for each role everywhere (입고 담당, 검수자, 감독자 for
the floor supervisor, 시스템 관리자 for the admin; 관리자 alone reads as "admin"), plural forms
rather than "unit(s)", and no "RMA RMA000000132"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from inspector.core.resources import shipped_checklists
from ui.i18n import TRANSLATIONS

ROLE_WORDS = {"supervisor": "감독자", "admin": "시스템 관리자", "grader": "검수자"}


def korean_messages():
    for message in ET.parse(TRANSLATIONS / "inspector_ko.ts").iter("message"):
        translation = message.find("translation")
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        yield message.findtext("source") or "", " ".join(texts)


def test_each_role_is_said_with_its_own_word():
    wrong = []
    for source, korean in korean_messages():
        for role, word in ROLE_WORDS.items():
            if re.search(rf"\b{role}s?\b", source, re.IGNORECASE) and word not in korean:
                wrong.append((source, korean))
        # 관리자 alone is the admin's word: only ever in 시스템 관리자.
        if "관리자" in korean.replace("시스템 관리자", ""):
            wrong.append((source, korean))
    assert not wrong


def test_the_checklists_say_supervisor_with_the_same_word():
    folder = shipped_checklists()
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "관리자" not in text.replace("시스템 관리자", ""), path.name


@pytest.mark.usefixtures("korean")
def test_the_role_names_and_the_supervisor_page_in_korean():
    from ui.common import words

    assert [words.role(r) for r in ("dock", "grader", "supervisor", "admin")] == [
        "입고 담당",
        "검수자",
        "감독자",
        "시스템 관리자",
    ]


def test_no_screen_sentence_hedges_its_plural_or_stutters_rma():
    """Counts use Qt's plural forms (%n), so English says '1 unit' and '3 units', never
    'unit(s)'; and no sentence puts 'RMA' before a number that already says it."""
    for lang in ("en", "ko"):
        for message in ET.parse(TRANSLATIONS / f"inspector_{lang}.ts").iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            assert not any("(s)" in t for t in texts), (lang, message.findtext("source"))
            assert not any("RMA {rma}" in t for t in texts), (lang, message.findtext("source"))
            if lang == "en" and message.get("numerus") == "yes" and "%n" in texts[0]:
                assert len(forms) == 2, message.findtext("source")  # one, and many
