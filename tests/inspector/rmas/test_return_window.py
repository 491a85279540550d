"""The return window's two dates: request by (delivery plus the window) and arrive by (the
request plus the shipping allowance); the last day of each is inside, the next day late."""

import datetime as dt

from inspector.rmas.return_window import (
    RETURN_WINDOW_DAYS,
    SHIPPING_ALLOWANCE_DAYS,
    ReturnWindow,
    Standing,
    arrive_by,
    request_by,
)

DAY = dt.timedelta(days=1)
DELIVERED = dt.date(2026, 10, 1)
ORDERED = dt.date(2026, 9, 27)


def test_the_policy_is_thirty_days_to_ask_and_fourteen_to_arrive():
    """Written out, not read from the constants under test: a window changed to 45 days, or an
    allowance to 15, must fail here."""
    assert (RETURN_WINDOW_DAYS, SHIPPING_ALLOWANCE_DAYS) == (30, 14)
    assert request_by(dt.date(2026, 10, 1), None) == dt.date(2026, 10, 31)
    assert arrive_by(dt.date(2026, 10, 31)) == dt.date(2026, 11, 14)


def test_only_the_three_late_standings_are_late():
    assert {s for s in Standing if s.late} == {
        Standing.ASKED_LATE,
        Standing.ARRIVED_LATE,
        Standing.OVERDUE,
    }


def test_request_by_counts_from_delivery_or_else_from_the_order():
    assert request_by(DELIVERED, ORDERED) == DELIVERED + RETURN_WINDOW_DAYS * DAY
    assert request_by(None, ORDERED) == ORDERED + RETURN_WINDOW_DAYS * DAY
    assert request_by(None, None) is None
    assert request_by(DELIVERED, ORDERED, days=60) == dt.date(2026, 11, 30)


def test_arrive_by_counts_from_the_request():
    assert arrive_by(dt.date(2026, 10, 20)) == dt.date(2026, 10, 20) + SHIPPING_ALLOWANCE_DAYS * DAY
    assert arrive_by(dt.date(2026, 12, 25), days=14) == dt.date(2027, 1, 8)


def test_the_last_day_of_request_by_is_inside_and_the_next_is_late():
    last = request_by(DELIVERED, ORDERED)
    assert last is not None
    on_time = ReturnWindow.of(last, last)
    assert on_time.asked_in_time
    assert on_time.standing(last + DAY, last + DAY) is Standing.IN_TIME
    late = ReturnWindow.of(last + DAY, last)
    assert not late.asked_in_time
    # Asked for late stays late however quickly the parcel came.
    assert late.standing(last + DAY, last + DAY) is Standing.ASKED_LATE
    assert late.standing(None, last + DAY) is Standing.ASKED_LATE


def test_the_last_day_of_arrive_by_is_inside_and_the_next_is_late():
    asked = dt.date(2026, 10, 20)
    window = ReturnWindow.of(asked, dt.date(2026, 10, 31))
    assert window.arrive_by == dt.date(2026, 11, 3)
    assert window.standing(dt.date(2026, 11, 3), dt.date(2026, 11, 30)) is Standing.IN_TIME
    late = window.standing(dt.date(2026, 11, 4), dt.date(2026, 11, 30))
    assert late is Standing.ARRIVED_LATE and late.late
    # No parcel yet: awaited up to and on "arrive by", overdue the day after.
    assert window.standing(None, dt.date(2026, 11, 3)) is Standing.AWAITED
    assert not Standing.AWAITED.late
    assert window.standing(None, dt.date(2026, 11, 4)) is Standing.OVERDUE


def test_no_deadline_known_means_any_request_is_in_time_but_the_parcel_still_has_one():
    window = ReturnWindow.of(dt.date(2026, 11, 1), None)
    assert window.asked_in_time
    assert window.standing(dt.date(2026, 11, 16), dt.date(2026, 11, 16)) is Standing.ARRIVED_LATE
