"""Policy exceptions in the analytics: requests a person decided against the verdict, per
ISO week and rule; decisions that follow the verdict (or REVIEW's) are no exceptions."""

from __future__ import annotations

import datetime as dt

from db import models as m
from inspector.reports.analytics import returns_analytics
from inspector.reports.disposition_log import Period


def _request(session, n, verdict, rule, state, decided_at, overridden):
    session.add(
        m.ReturnRequest(
            shop_return_id=f"gid://shopify/Return/{n}",
            name=f"#{n}-R1",
            order_name=f"#{n}",
            requested_at=decided_at - dt.timedelta(hours=2),
            facts={},
            verdict=verdict,
            rule=rule,
            reason={"en": "x", "ko": "x"},
            lines={"lines": []},
            policy_hash="0" * 64,
            judged_at=decided_at,
            state=state,
            decided_at=decided_at,
            overridden=overridden,
        )
    )


def test_overrides_are_counted_per_week_and_rule(warehouse, staff):
    monday, next_week = dt.datetime(2026, 11, 23, 10), dt.datetime(2026, 11, 30, 10)
    with warehouse.sessions.begin() as session:
        _request(session, 1, "NOT_RETURNABLE", "web-30", "APPROVED", monday, True)
        _request(session, 2, "NOT_RETURNABLE", "web-30", "APPROVED", monday, True)
        _request(session, 3, "APPROVE", "web-30", "DECLINED", monday, True)
        _request(session, 4, "NOT_RETURNABLE", "clearance", "APPROVED", next_week, True)
        _request(session, 5, "APPROVE", "web-30", "APPROVED", monday, False)  # followed it
        _request(session, 6, "REVIEW", "big-order", "DECLINED", monday, False)  # a person's call
        _request(session, 7, "NOT_RETURNABLE", "web-30", "APPROVED", dt.datetime(2026, 10, 1), True)
    period = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    tables = {t.key: t for t in returns_analytics(warehouse, staff["supervisor"], period)}
    assert tables["policy_exceptions"].rows == (
        ("2026-W48", "web-30", 2, 1),
        ("2026-W49", "clearance", 1, 0),
    )
