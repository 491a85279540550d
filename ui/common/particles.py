"""Korean particles after a value filled into a sentence: 을/를, 은/는, 이/가, 과/와, (으)로.

A translation writes both forms, as Korean style guides do for an unknown word ("{id}을(를)");
once the value is filled in, `fit_particles` keeps the one its last sound takes
("Q0027263을", "RMA000000132를", "BIN-A1로"). Digits and Latin letters are read the Korean
way (3 삼, 7 칠, L 엘, M 엠). Text without such a pair is returned as it is, so English
passes through unchanged.
"""

from __future__ import annotations

import re

# Digits as read in Korean (영 일 이 삼 사 오 육 칠 팔 구): 0 if the reading ends in a vowel,
# 1 if in a consonant, 2 if in ㄹ (which takes 로 rather than 으로).
_DIGIT_END = {
    "0": 1,
    "1": 2,
    "2": 0,
    "3": 1,
    "4": 0,
    "5": 0,
    "6": 1,
    "7": 2,
    "8": 2,
    "9": 0,
}
# Latin letters as read in Korean: 엘 알 end in ㄹ; 엠 엔 in a consonant; the rest in a vowel
# (에이, 비, 씨, 디, ..., 에프 and 에스 and 엑스 included, which end in 으).
_LETTER_END = {"L": 2, "R": 2, "M": 1, "N": 1}
_RIEUL = 8  # the final ㄹ among a Hangul syllable's 28 endings

# (form after a consonant, form after a vowel) for each pair a translation may write.
_PAIRS = {
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)나": ("이나", "나"),
}
_PAIR = re.compile("|".join(re.escape(p) for p in _PAIRS))
_CLOSERS = "'\"’”)]}»」』"  # a quote or bracket after the word does not change its sound


def ending(word: str) -> int | None:
    """How `word` ends when read aloud: 0 a vowel, 1 a consonant, 2 ㄹ; None if unknown."""
    word = word.rstrip(_CLOSERS)
    if not word:
        return None
    last = word[-1]
    code = ord(last) - 0xAC00
    if 0 <= code < 11172:  # a Hangul syllable: its final consonant, if any
        final = code % 28
        return 0 if final == 0 else 2 if final == _RIEUL else 1
    if last in _DIGIT_END:
        return _DIGIT_END[last]
    if last.isascii() and last.isalpha():
        return _LETTER_END.get(last.upper(), 0)
    return None


def fit_particles(text: str) -> str:
    """Choose each written pair's form by the sound just before it."""

    def choose(match: re.Match[str]) -> str:
        end = ending(text[: match.start()])
        if end is None:
            return match.group()
        after_consonant, after_vowel = _PAIRS[match.group()]
        if match.group() == "(으)로" and end == 2:
            return after_vowel  # ㄹ takes 로: 일로, 엘로
        return after_consonant if end else after_vowel

    return _PAIR.sub(choose, text)
