"""The return policy at scale: verdicts for many returns on a large demo warehouse, each with
its facts and the customer's history gathered from the database, and `policy replay`.

    .venv/bin/python benchmarks/policy_bench.py [--rmas 1000000] [--returns 100000] [--db URL]

Builds (or reuses) a demo warehouse of the given size. For `--returns` random RMAs it times,
per return:

- baseline: reading the return alone (the RMA with its lines, products and order: what the
  dock reads to show a parcel);
- gather + judge: the same read, then the verdict's facts (the order's value and SKUs, the
  customer's returns and purchases over the days the policy looks back) and the verdict;
- judge alone: the pure verdict on facts already gathered.

Then `policy replay` over the last 90 days (every RMA created in them judged by the shipped
policy and by a stricter one, facts gathered 2,000 RMAs at a time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import selectinload  # noqa: E402

from db import models as m  # noqa: E402
from inspector.core.resources import shipped_policy  # noqa: E402
from inspector.core.warehouse import open_warehouse, rma_count  # noqa: E402
from inspector.demo.build import build_demo  # noqa: E402
from inspector.policy.facts import rma_facts  # noqa: E402
from inspector.policy.in_force import read_policy  # noqa: E402
from inspector.policy.policy_format import parse_policy  # noqa: E402
from inspector.policy.replay import replay  # noqa: E402
from inspector.policy.verdict import judge  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 17)


def _read(session, rma_id: int) -> m.Rma:  # noqa: ANN001
    return session.scalars(
        select(m.Rma)
        .where(m.Rma.id == rma_id)
        .options(
            selectinload(m.Rma.lines).selectinload(m.RmaLine.product),
            selectinload(m.Rma.order),
        )
        .execution_options(populate_existing=True)
    ).one()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rmas", type=int, default=1_000_000)
    parser.add_argument("--returns", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: a file under benchmarks/.data)")
    parser.add_argument("--no-replay", dest="replay", action="store_false")
    args = parser.parse_args()
    folder = Path(__file__).parent / ".data"
    folder.mkdir(exist_ok=True)
    url = args.db or f"sqlite:///{folder / f'policy-demo-{args.rmas}.db'}"
    warehouse = open_warehouse(url)
    held = rma_count(warehouse)
    if held == 0:
        start = time.perf_counter()
        build_demo(warehouse, args.rmas, seed=1, now=NOW)
        print(f"built {args.rmas:,} RMAs in {time.perf_counter() - start:.0f} s", flush=True)
    elif held != args.rmas:
        print(f"{url} holds {held:,} RMAs, not {args.rmas:,}; use another --db", file=sys.stderr)
        return 1
    policy = read_policy(shipped_policy())
    stricter = parse_policy(
        shipped_policy()
        .read_text(encoding="utf-8")
        .replace("days: 30\n", "days: 21\n")
        .replace("over: 1500.00", "over: 600.00"),
        "stricter.yaml",
    )
    rng = random.Random(42)
    with warehouse.sessions() as session:
        top = session.scalar(select(func.max(m.Rma.id))) or 0
    ids = [rng.randrange(1, top + 1) for _ in range(min(args.returns, top))]

    base, full, pure = [], [], []
    outcomes: dict[str, int] = {}

    def read_alone(session, rma_id: int) -> None:  # noqa: ANN001
        start = time.perf_counter()
        _read(session, rma_id)
        base.append(time.perf_counter() - start)
        session.expunge_all()

    def read_and_judge(session, rma_id: int) -> None:  # noqa: ANN001
        start = time.perf_counter()
        rma = _read(session, rma_id)
        facts = rma_facts(session, rma, policy)
        verdict = judge(policy, facts, NOW)
        full.append(time.perf_counter() - start)
        start = time.perf_counter()
        judge(policy, facts, NOW)
        pure.append(time.perf_counter() - start)
        key = f"{verdict.outcome} {verdict.rule}"
        outcomes[key] = outcomes.get(key, 0) + 1
        session.expunge_all()

    with warehouse.sessions() as session:
        # Each return is read both ways, in turn first: neither way gets the other's warm cache.
        for n, rma_id in enumerate(ids):
            first, second = (read_alone, read_and_judge) if n % 2 else (read_and_judge, read_alone)
            first(session, rma_id)
            second(session, rma_id)

    since = (NOW - dt.timedelta(days=90)).date()
    start = time.perf_counter()
    report = replay(warehouse, policy, stricter, since, NOW) if args.replay else None
    replay_s = time.perf_counter() - start

    def us(values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        return f"median {statistics.median(values) * 1e6:8.1f} us   p95 {p95 * 1e6:8.1f} us"

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {warehouse.describe()}"
    )
    print(f"{top:,} RMAs in the warehouse; {len(ids):,} returns judged")
    print(f"baseline: read the return alone          {us(base)}")
    print(f"gather the facts + judge (per return)    {us(full)}")
    print(f"judge alone (pure, facts gathered)       {us(pure)}")
    ratio = statistics.median(full) / statistics.median(base)
    print(f"gather + judge / baseline (medians)      {ratio:8.2f} x")
    means = statistics.mean(full) / statistics.mean(base)
    print(f"gather + judge / baseline (means)        {means:8.2f} x")
    print(
        f"total for {len(ids):,} returns: baseline {sum(base):.1f} s, "
        f"with verdicts {sum(full):.1f} s"
    )
    print("verdicts (request's outcome and rule):")
    for key, count in sorted(outcomes.items(), key=lambda x: -x[1]):
        print(f"  {count:7,}  {key}")
    if report is None:
        return 0
    per = replay_s / max(report.rmas, 1) * 1e6
    print(
        f"policy replay over 90 days: {report.rmas:,} RMAs, {report.lines:,} lines in "
        f"{replay_s:.1f} s ({per:.0f} us per RMA, both policies); "
        f"{len(report.changes or []):,} line verdicts change"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
