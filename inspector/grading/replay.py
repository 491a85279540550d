"""Replaying past decisions under the current checklists: which units would be decided
differently, so a supervisor can try a rule change before it goes live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.grading import answers as walk
from inspector.grading.checklists_in_use import Checklists, load_checklists
from inspector.grading.rules import decide


@dataclass(frozen=True)
class Replayed:
    unit_code: str
    decided_at: dt.datetime
    checklist: str
    before: dict[str, object]
    after: dict[str, object] | None  # None: the current checklist asks questions never answered
    unanswered: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.after is None or self.after != self.before


@dataclass
class ReplaySummary:
    looked_at: int = 0
    without_answers: int = 0  # imported or demo history: nothing to replay
    changed: int = 0


def _decided(unit: m.Unit) -> dict[str, object]:
    return {
        "grade": unit.grade,
        "disposition": unit.disposition,
        "refund": unit.refund,
        "fee_percent": unit.fee_percent,
        "flags": sorted(unit.flags or []),
        "rule": unit.rule,
    }


def replay(
    warehouse: Warehouse,
    since: dt.date,
    summary: ReplaySummary | None = None,
    checklists: Checklists | None = None,
) -> Iterator[Replayed]:
    """Yield every unit decided since the date whose decision would change today."""
    checklists = checklists or load_checklists()
    summary = summary if summary is not None else ReplaySummary()
    start = dt.datetime.combine(since, dt.time())
    with explained_errors(), warehouse.sessions() as session:
        query = (
            select(m.Unit, m.Product.name)
            .outerjoin(m.Product, m.Product.id == m.Unit.product_id)
            .where(m.Unit.decided_at >= start, m.Unit.status.in_(("DECIDED", "PUT_AWAY")))
            .order_by(m.Unit.decided_at, m.Unit.id)
            .execution_options(yield_per=2000)
        )
        for unit, product_name in session.execute(query):
            summary.looked_at += 1
            if not unit.answers or not unit.facts:
                summary.without_answers += 1
                continue
            checklist = checklists.for_category(unit.facts.get("category"))
            name = product_name or ""
            before = _decided(unit)
            unanswered = tuple(
                q.id
                for q in walk.asked(checklist, unit.answers, unit.facts, name)
                if q.id not in unit.answers
            )
            if unanswered:
                result = Replayed(
                    unit.unit_code,
                    unit.decided_at or start,
                    checklist.name,
                    before,
                    None,
                    unanswered,
                )
            else:
                decision = decide(checklist, unit.answers, unit.facts, name)
                after = {
                    "grade": decision.grade,
                    "disposition": decision.disposition,
                    "refund": decision.refund.upper(),
                    "fee_percent": decision.fee_percent,
                    "flags": sorted(decision.flags),
                    "rule": decision.rule,
                }
                result = Replayed(
                    unit.unit_code, unit.decided_at or start, checklist.name, before, after
                )
            if result.changed:
                summary.changed += 1
                yield result
