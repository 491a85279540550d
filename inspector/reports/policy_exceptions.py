"""Policy exceptions: requested returns a person decided against the policy's verdict,
per ISO week and per rule (a rule overridden often is a rule to look at again)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from inspector.reports.analytics import Table


def policy_exceptions(session: Session, date_from: dt.date, date_to: dt.date) -> Table:
    rows = session.execute(
        select(m.ReturnRequest.decided_at, m.ReturnRequest.rule, m.ReturnRequest.state).where(
            m.ReturnRequest.overridden.is_(True),
            m.ReturnRequest.decided_at >= dt.datetime.combine(date_from, dt.time()),
            m.ReturnRequest.decided_at
            < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()),
        )
    ).all()
    counts: Counter[tuple[str, str, str]] = Counter()
    for decided_at, rule, state in rows:
        if decided_at is None:
            continue
        year, week, _ = decided_at.isocalendar()
        counts[(f"{year}-W{week:02d}", rule, state)] += 1
    keys = sorted({(w, r) for w, r, _ in counts})
    return Table(
        "policy_exceptions",
        "Policy exceptions",
        ("Week", "Rule", "Approved against the verdict", "Declined against the verdict"),
        tuple(
            (week, rule, counts[(week, rule, "APPROVED")], counts[(week, rule, "DECLINED")])
            for week, rule in keys
        ),
        "requests a person decided otherwise than the policy: per week and rule",
    )
