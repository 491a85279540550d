"""The return window's two dates: request by, and arrive by; and how a return stands to them.

- **Request by**: the day of delivery (the order's day when there was no delivery) plus the
  return window. A return asked for on that day is inside; the day after is late.
- **Arrive by**: the day the return was asked for plus the shipping allowance. A parcel that
  reaches the dock on that day is inside; the day after is late.

Both are whole days, the last one counted in. Pure functions over dates: the import, the
dock, grading and the shop pull all judge a return by these, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

RETURN_WINDOW_DAYS = 30  # from delivery to the last day a return may be asked for
SHIPPING_ALLOWANCE_DAYS = 14  # from the request to the last day its parcel may arrive


class Standing(str, Enum):
    """How a return stands to its two dates."""

    IN_TIME = "in_time"  # asked for in time, and arrived in time
    AWAITED = "awaited"  # asked for in time; its parcel may still arrive in time
    ASKED_LATE = "asked_late"  # asked for after "request by"
    ARRIVED_LATE = "arrived_late"  # asked for in time, but the parcel came after "arrive by"
    OVERDUE = "overdue"  # asked for in time; no parcel, and "arrive by" has passed

    @property
    def late(self) -> bool:
        return self in (Standing.ASKED_LATE, Standing.ARRIVED_LATE, Standing.OVERDUE)


def request_by(
    delivered_on: dt.date | None, ordered_on: dt.date | None, days: int = RETURN_WINDOW_DAYS
) -> dt.date | None:
    """The last day a return may be asked for: delivery (or the order's day) plus the window;
    None when neither day is known."""
    start = delivered_on or ordered_on
    return start + dt.timedelta(days=days) if start is not None else None


def arrive_by(requested_on: dt.date, days: int = SHIPPING_ALLOWANCE_DAYS) -> dt.date:
    """The last day the parcel of a return asked for on `requested_on` may reach the dock."""
    return requested_on + dt.timedelta(days=days)


@dataclass(frozen=True)
class ReturnWindow:
    """One return's dates: when it was asked for, and its two deadlines."""

    requested_on: dt.date
    request_by: dt.date | None  # None: no deadline known, any request is in time
    arrive_by: dt.date

    @classmethod
    def of(
        cls,
        requested_on: dt.date,
        request_by: dt.date | None,
        allowance_days: int = SHIPPING_ALLOWANCE_DAYS,
    ) -> ReturnWindow:
        return cls(requested_on, request_by, arrive_by(requested_on, allowance_days))

    @property
    def asked_in_time(self) -> bool:
        return self.request_by is None or self.requested_on <= self.request_by

    def arrived_in_time(self, arrived_on: dt.date) -> bool:
        return arrived_on <= self.arrive_by

    def standing(self, arrived_on: dt.date | None, today: dt.date) -> Standing:
        """Where the return stands: judged by its arrival, or by today while none came."""
        if not self.asked_in_time:
            return Standing.ASKED_LATE
        if arrived_on is not None:
            return Standing.IN_TIME if self.arrived_in_time(arrived_on) else Standing.ARRIVED_LATE
        return Standing.AWAITED if today <= self.arrive_by else Standing.OVERDUE
