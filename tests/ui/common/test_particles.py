"""Korean particles chosen by the last sound of the value before them."""

import pytest

from ui.common.particles import ending, fit_particles


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The issue's own case: 3 is read 삼, which ends in a consonant.
        ("격리 구역에 두고 Q0027263을(를) 적으세요.", "격리 구역에 두고 Q0027263을 적으세요."),
        ("Q0000019을(를) 적으세요.", "Q0000019를 적으세요."),  # 9 구
        ("RMA000000132은(는) 종료되었습니다.", "RMA000000132는 종료되었습니다."),  # 2 이
        ("RMA000000130은(는) 종료되었습니다.", "RMA000000130은 종료되었습니다."),  # 0 영
        ("제품 U00000015이(가) 보관함 A-1에 있습니다.", "제품 U00000015가 보관함 A-1에 있습니다."),
        ("제품 U00000016이(가) 있습니다.", "제품 U00000016이 있습니다."),  # 6 육
        ("{unit}(으)로".replace("{unit}", "U00000011"), "U00000011로"),  # 1 일: ㄹ takes 로
        ("U00000013(으)로 읽혀야", "U00000013으로 읽혀야"),  # 3 삼
        ("U00000012(으)로 읽혀야", "U00000012로 읽혀야"),  # 2 이
        ("BIN-L(으)로", "BIN-L로"),  # 엘
        ("BIN-M(으)로", "BIN-M으로"),  # 엠
        ("BIN-K(으)로", "BIN-K로"),  # 케이
        ("dana은(는) 더 이상", "dana는 더 이상"),  # 에이
        ("sam은(는) 더 이상", "sam은 더 이상"),  # 엠
        ("신발(으)로 검수합니다.", "신발로 검수합니다."),  # 발: ㄹ
        ("전자제품(으)로 검수합니다.", "전자제품으로 검수합니다."),  # 품: ㅁ
        ("의류(으)로", "의류로"),
        ("홍길동은(는)", "홍길동은"),
        ("김수이(가)", "김수가"),
        ("'반품 입고'을(를)", "'반품 입고'를"),  # a closing quote does not change the sound
        ("Unknown parcel. Write Q0027263 on it.", "Unknown parcel. Write Q0027263 on it."),
        ("…을(를)", "…을(를)"),  # no sound to go by: both forms stay
    ],
)
def test_the_particle_follows_the_last_sound(text, said):
    assert fit_particles(text) == said


def test_every_digit_and_letter_has_its_korean_reading():
    assert [ending(d) for d in "0123456789"] == [1, 2, 0, 1, 0, 0, 1, 2, 2, 0]
    consonant = {c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if ending(c)}
    assert consonant == {"L", "M", "N", "R"}
    assert ending("") is None and ending("!") is None


def test_the_shipped_korean_puts_no_bare_particle_after_a_value():
    """Every particle after a {value} in the Korean translation is written as a pair, so the
    screen can choose it (a bare 를 after an id read the wrong way in the dock's test)."""
    import re
    import xml.etree.ElementTree as ET

    from ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "inspector_ko.ts")
    bare = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        for text in texts:
            for hit in re.finditer(r"(\}|%n)(을|를|은|는|이|가|과|와|으로|로)(?![(가-힣])", text):
                bare.append((text, hit.group()))
    assert not bare
