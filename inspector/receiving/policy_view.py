"""The policy's verdict on a parcel's RMA, as the dock sees it beside the return window:
each line's verdict, rule and reason in words, the last day and the arrive-by day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db import models as m
from inspector.policy.facts import rma_facts
from inspector.policy.in_force import policy_in_force
from inspector.policy.verdict import APPROVE, judge


@dataclass(frozen=True)
class LinePolicy:
    sku: str
    verdict: str
    rule: str
    reason: dict[str, str]
    decline_reason: str | None
    fee_percent: int
    confirm: tuple[dict[str, str], ...]  # the conditions the dock confirms, in words


@dataclass(frozen=True)
class PolicyView:
    verdict: str  # the RMA's: REVIEW when its lines disagree
    rule: str
    reason: dict[str, str]
    last_day: dt.date | None
    arrive_by: dt.date | None
    lines: tuple[LinePolicy, ...]
    policy: str  # name and version of the policy in force
    refused_file: str | None = None  # a newer policy file that did not pass its checks

    @property
    def flagged(self) -> bool:
        """Something other than a plain APPROVE: the dock sets it aside or looks closer."""
        return any(line.verdict != APPROVE for line in self.lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "rule": self.rule,
            "reason": self.reason["en"],
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "arrive_by": self.arrive_by.isoformat() if self.arrive_by else None,
            "policy": self.policy,
            "lines": [
                {
                    "sku": line.sku,
                    "verdict": line.verdict,
                    "rule": line.rule,
                    "reason": line.reason["en"],
                    "decline_reason": line.decline_reason,
                    "fee_percent": line.fee_percent or None,
                    "confirm": [c["en"] for c in line.confirm],
                }
                for line in self.lines
            ],
        }


def policy_view(
    session: Session, rma: m.Rma, arrived_at: dt.datetime | None, now: dt.datetime
) -> PolicyView:
    """Judge the RMA by the policy in force (a parcel scanned `arrived_at`)."""
    found = policy_in_force()
    verdict = judge(found.policy, rma_facts(session, rma, found.policy, arrived_at=arrived_at), now)
    days = [v.last_day for v in verdict.lines if v.last_day]
    arrive = [v.arrive_by for v in verdict.lines if v.arrive_by]
    return PolicyView(
        verdict=verdict.outcome,
        rule=verdict.rule,
        reason=dict(verdict.reason),
        last_day=min(days) if days else None,
        arrive_by=min(arrive) if arrive else None,
        lines=tuple(
            LinePolicy(
                v.sku,
                v.outcome,
                v.rule,
                dict(v.reason),
                v.decline_reason,
                v.fee_percent,
                tuple(dict(c.text) for c in v.confirm),
            )
            for v in verdict.lines
        ),
        policy=f"{found.policy.name} {found.policy.version}",
        refused_file=str(found.refused) if found.refused else None,
    )
