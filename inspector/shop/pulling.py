"""Pulling returns from the shop: one station at a time (a lease), page by page from the kept
cursor, each page's RMAs committed with the cursor that follows it."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError

from db import models as m
from db.engine import explained_errors
from inspector.core.warehouse import Warehouse
from inspector.people.audit import Change, record_many
from inspector.reports.day_facts import forget_days
from inspector.shop.connector import Connector, ShopProblem
from inspector.shop.pulled import store_returns
from inspector.shop.shop_settings import load_shop_settings

STATE_KEY = "shop.pull"
PULL_LEASE = "pull"
LEASE_FOR = dt.timedelta(minutes=5)
KEEP_PROBLEMS = 200


@dataclass
class PullReport:
    pages: int = 0
    returns: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    busy: bool = False  # another station is pulling
    error: str | None = None  # the shop could not be reached or refused

    def summary(self) -> str:
        if self.busy:
            return "another station is pulling right now"
        text = (
            f"{self.returns} returns read: {len(self.new)} new RMAs, {len(self.updated)} "
            f"updated, {self.unchanged} unchanged, {len(self.problems)} refused"
        )
        return f"{text}; {self.error}" if self.error else text


def take_lease(warehouse: Warehouse, name: str, holder: str, now: dt.datetime) -> bool:
    """Hold the lease `name` until now + LEASE_FOR, if it is free, lapsed or already ours."""
    with explained_errors(), warehouse.sessions.begin() as session:
        if session.get(m.ShopLease, name) is None:
            try:
                with session.begin_nested():
                    session.add(m.ShopLease(name=name))
                    session.flush()
            except IntegrityError:
                pass
        taken = session.execute(
            update(m.ShopLease)
            .where(
                m.ShopLease.name == name,
                or_(
                    m.ShopLease.holder.is_(None),
                    m.ShopLease.expires_at < now,
                    m.ShopLease.holder == holder,
                ),
            )
            .values(holder=holder[:120], expires_at=now + LEASE_FOR)
            .execution_options(synchronize_session=False)
        )
        return getattr(taken, "rowcount", 0) == 1


def drop_lease(warehouse: Warehouse, name: str, holder: str) -> None:
    with explained_errors(), warehouse.sessions.begin() as session:
        session.execute(
            update(m.ShopLease)
            .where(m.ShopLease.name == name, m.ShopLease.holder == holder[:120])
            .values(holder=None, expires_at=None)
            .execution_options(synchronize_session=False)
        )


def pull_state(warehouse: Warehouse) -> dict[str, Any]:
    """The kept cursor and what the last pull did."""
    with explained_errors(), warehouse.sessions() as session:
        row = session.get(m.Setting, STATE_KEY)
        return dict(row.value) if row else {}


def _save_state(session: Any, state: dict[str, Any]) -> None:
    row = session.get(m.Setting, STATE_KEY)
    if row is None:
        session.add(m.Setting(key=STATE_KEY, value=state))
    else:
        row.value = state


def pull(
    warehouse: Warehouse,
    connector: Connector,
    holder: str,
    *,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
    deadline_s: float | None = None,
    max_pages: int | None = None,
) -> PullReport:
    """One pull: every page changed since the cursor (or until `deadline_s` runs out)."""
    report = PullReport()
    if not take_lease(warehouse, PULL_LEASE, holder, clock()):
        report.busy = True
        return report
    started = time.monotonic()
    try:
        settings = load_shop_settings(warehouse)
        state = pull_state(warehouse)
        cursor = dict(state.get("cursor") or {})
        while True:
            try:
                page = connector.pull(cursor)
            except ShopProblem as exc:
                report.error = str(exc)
                break
            report.pages += 1
            report.returns += len(page.returns)
            with explained_errors(), warehouse.sessions.begin() as session:
                stored = store_returns(session, page.returns, settings)
                if stored.days:
                    forget_days(session, sorted(stored.days))
                changes = [
                    Change("rma_pulled", "rma", n, after={"from": "shop"}, rma_number=n)
                    for n in stored.new
                ] + [
                    Change("rma_updated", "rma", n, after={"from": "shop"}, rma_number=n)
                    for n in stored.updated
                ]
                record_many(session, None, changes)
                cursor = page.cursor
                state = {**state, "cursor": cursor}
                _save_state(session, state)
            report.new += stored.new
            report.updated += stored.updated
            report.unchanged += stored.unchanged
            report.problems += stored.problems
            report.warnings += stored.warnings
            if not page.more:
                break
            if max_pages is not None and report.pages >= max_pages:
                break
            if deadline_s is not None and time.monotonic() - started > deadline_s:
                break
            take_lease(warehouse, PULL_LEASE, holder, clock())
        _remember(warehouse, report, clock())
    finally:
        drop_lease(warehouse, PULL_LEASE, holder)
    return report


def _remember(warehouse: Warehouse, report: PullReport, now: dt.datetime) -> None:
    with explained_errors(), warehouse.sessions.begin() as session:
        row = session.get(m.Setting, STATE_KEY)
        state = dict(row.value) if row else {}
        problems = {name: text for name, text in state.get("problems", [])}
        for name in report.new + report.updated:
            problems.pop(name, None)
        problems.update(dict(report.problems))
        state.update(
            last_pull_at=now.isoformat(timespec="seconds"),
            last_result=report.summary(),
            last_error=report.error,
            problems=list(problems.items())[-KEEP_PROBLEMS:],
            warnings=(state.get("warnings", []) + report.warnings)[-KEEP_PROBLEMS:],
        )
        if report.error is None:
            state["last_good_pull_at"] = now.isoformat(timespec="seconds")
        _save_state(session, state)
