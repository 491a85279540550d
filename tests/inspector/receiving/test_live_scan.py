"""The live scanner on rendered frames: confirmation, no re-trigger, askew labels."""

import pytest

from inspector.receiving.live_scan import ANGLES, FORGET_AFTER_S, LiveScanner
from tests.helpers.frames import label_frame

UPS = "1Z999AA10123456784"  # carries a check digit: confirmed in one frame


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_self_checking_code_is_confirmed_at_once_and_not_again_while_in_view():
    clock = Clock()
    scanner = LiveScanner(clock)
    frame = label_frame(UPS)
    assert [s.text for s in scanner.feed(frame).confirmed] == [UPS]
    for _ in range(5):
        clock.now += 0.1
        reading = scanner.feed(frame)
        assert reading.seen and reading.confirmed == []


def test_a_code_without_its_own_check_needs_two_frames():
    clock = Clock()
    scanner = LiveScanner(clock)
    frame = label_frame("BENCH-NOTE-77")
    assert scanner.feed(frame).confirmed == []
    clock.now += 0.05
    assert [s.text for s in scanner.feed(frame).confirmed] == ["BENCH-NOTE-77"]


def test_a_code_that_left_the_view_counts_again():
    clock = Clock()
    scanner = LiveScanner(clock)
    frame = label_frame(UPS)
    scanner.feed(frame)
    clock.now += FORGET_AFTER_S + 0.1
    scanner.feed(label_frame("NOTHING", angle=0)[:50, :50])  # an empty corner: nothing seen
    again = [s.text for _ in range(len(ANGLES)) for s in scanner.feed(frame).confirmed]
    assert again == [UPS]


@pytest.mark.parametrize("angle", [40, 78, 112, 200])
def test_a_label_held_askew_is_found_within_six_frames_then_read_every_frame(angle):
    scanner = LiveScanner(Clock())
    frame = label_frame(UPS, angle=angle)
    found = [s for _ in range(len(ANGLES)) for s in scanner.feed(frame).confirmed]
    assert [s.text for s in found] == [UPS]
    assert len(found[0].corners) == 4
    assert all(scanner.feed(frame).seen for _ in range(3))  # it keeps the angle that worked
