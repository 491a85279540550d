"""A wrong PIN on the sign-in page: said large, red and with the tries left, in the station's
language, with the plural forms English and Korean need."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from inspector.people.operators import WrongPin
from inspector.people.stations import register_station
from ui.common.problems import describe
from ui.people.sign_in_page import SignInPage

RED = QColor("#b3261e")


@pytest.fixture
def page(qtbot, demo_warehouse, background):
    station = register_station(demo_warehouse, "BENCH-9")
    view = SignInPage(demo_warehouse, background, station)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: bool(view.name_buttons), timeout=5000)
    return view


def wrong_pin(qtbot, page) -> str:
    page.name_buttons["gus"].click()
    for digit in "0000":
        page.pin_pad.press(digit)
    with qtbot.waitSignal(page.problem_shown, timeout=5000) as shown:
        page.pin_pad.ok.click()
    return shown.args[0]


def looks_like_a_problem(label) -> bool:
    label.ensurePolished()
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    return colour == RED and label.font().pixelSize() >= 24 and label.font().bold()


def test_a_wrong_pin_says_the_tries_left_large_and_red(qtbot, page):
    assert not looks_like_a_problem(page.message)  # "Tap your name" is not a problem
    said = [wrong_pin(qtbot, page) for _ in range(4)]
    assert said == [
        "Wrong PIN, 4 tries left.",
        "Wrong PIN, 3 tries left.",
        "Wrong PIN, 2 tries left.",
        "Wrong PIN, 1 try left.",
    ]
    assert page.message.text() == "Wrong PIN, 1 try left."
    assert looks_like_a_problem(page.message)
    page.pin_pad.cancel.click()  # back to the names: the next person sees a plain line
    page.name_buttons["dana"].click()
    assert page.message.text() == "Type your PIN."
    assert not looks_like_a_problem(page.message)


def test_a_wrong_pin_in_korean(qtbot, korean, page):
    assert wrong_pin(qtbot, page) == "PIN이 틀렸습니다. 남은 시도 4번."
    assert looks_like_a_problem(page.message)


@pytest.mark.parametrize(
    ("tries", "english", "korean"),
    [
        (1, "Wrong PIN, 1 try left.", "PIN이 틀렸습니다. 남은 시도 1번."),
        (3, "Wrong PIN, 3 tries left.", "PIN이 틀렸습니다. 남은 시도 3번."),
    ],
)
def test_the_plural_forms_come_from_the_translations(qapp, tries, english, korean):
    assert describe(WrongPin(tries)) == english
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translators

    translators = install_translators(qapp, "ko")
    try:
        assert describe(WrongPin(tries)) == korean
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
