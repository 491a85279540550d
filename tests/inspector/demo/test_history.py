"""The demo's history: something for every page to show."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from db import models as m


def test_history_gives_every_page_something_to_show(demo, demo_now):
    with demo.sessions() as session:
        statuses = Counter(session.scalars(select(m.Rma.status)).all())
        units = session.scalars(select(m.Unit)).all()
        unknown = session.scalar(
            select(func.count()).select_from(m.Parcel).where(m.Parcel.status == "UNKNOWN")
        )
        first_decided = session.scalar(select(func.min(m.Unit.decided_at)))
        korean = session.scalar(
            select(func.count())
            .select_from(m.RmaLine)
            .where(m.RmaLine.customer_comment.like("%요%"))
        )
    assert statuses["OPEN"] and statuses["RECEIVED"] and statuses["COMPLETE"]
    assert {u.disposition for u in units} == {"RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE"}
    assert {u.grade for u in units} == {"A", "B", "C", "D"}
    assert any(u.override_by_id for u in units)
    assert any("REASON_MISMATCH" in u.flags for u in units)
    assert all(u.decided_at <= demo_now for u in units)
    assert unknown > 0
    assert (demo_now - first_decided).days >= 80  # about 90 days of history
    assert korean > 0
