"""The shop connection at Shopify's Standard plan (a 1,000-point bucket restoring 100 points a
second), through the loopback fake of the Admin API: pull 5,000 returns, then push 20,000
dispositions; then the same with 20% of the requests faulted (THROTTLED, 500, 502 with
Retry-After, an answer slower than the client waits, a change applied whose answer never
comes). The baseline is the bucket's own minimum: the cost the fake charged, divided by the
restore rate (and, as the bucket starts full, the same less its 1,000 points). Nothing may be
lost or doubled: the fake's state is checked at the end of each run.

    .venv/bin/python benchmarks/shop_bench.py [--returns 5000] [--dispositions 20000]

Each return has dispositions/returns units (4 by default) of one item; the pull brings the
returns in as RMAs and the push sends one disposition per unit (their RMAs are not completed,
so the push is dispositions alone). Takes about an hour at the defaults: the bucket allows
about 3 returns a second.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FAULTS = ("throttled", "500", "502", "slow", "drop")


def python_gauge() -> float:
    """Seconds for ten million additions in a Python loop (this VM's speed drifts)."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def one_run(returns: int, dispositions: int, fault_rate: float, folder: Path) -> list[tuple]:
    from sqlalchemy import func, select

    from db import models as m
    from inspector.core.warehouse import open_warehouse
    from inspector.shop.delivery import push
    from inspector.shop.pulling import pull
    from inspector.shop.secrets import write_secret
    from inspector.shop.shop_settings import ShopSettings, save_connection
    from tests.helpers.fake_shopify import FakeShopify
    from tests.helpers.people import staff
    from tests.helpers.shop_flow import decided_units, item, shop_connector

    os.environ["INSPECTOR_HOME"] = str(folder / "home")
    warehouse = open_warehouse(f"sqlite:///{folder / 'shop.db'}")
    people = staff(warehouse)
    per_return = max(1, dispositions // returns)
    rows = []
    with FakeShopify(slow_s=2.5) as fake:
        for n in range(returns):
            fake.state.add_return([(item(n), per_return)])
        write_secret("bench", fake.token)
        save_connection(
            warehouse,
            people["admin"],
            ShopSettings(
                connector="shopify",
                store_url=fake.url,
                token_source="file:bench",
                location_id="gid://shopify/Location/1",
                location_name="Main warehouse",
            ),
        )
        connector = shop_connector(warehouse, read_timeout=2.0, give_up_after_s=120.0)
        fake.storm(fault_rate, FAULTS)
        label = f"{fault_rate:.0%} faulted" if fault_rate else "no faults"

        cost_before, start = fake.actual_cost, time.perf_counter()
        pulled = 0
        while pulled < returns:
            report = pull(warehouse, connector, "bench/pull")
            pulled += len(report.new)
            if report.error and "kept answering" not in report.error:
                print(f"  pull: {report.error}", file=sys.stderr)
        rows.append(
            (
                "pull",
                returns,
                time.perf_counter() - start,
                fake.actual_cost - cost_before,
                label,
                dict(fake.faults),
            )
        )
        with warehouse.sessions() as session:
            assert session.scalar(select(func.count()).select_from(m.Rma)) == returns
        for ret in fake.state.returns.values():
            decided_units(warehouse, ret.name, ["RESTOCKED"] * per_return, complete=False)
        fake.faults.clear()
        cost_before, start = fake.actual_cost, time.perf_counter()
        sent = 0
        while sent < returns * per_return:
            sent += push(warehouse, connector, "bench/push").sent
        rows.append(
            (
                "push",
                returns * per_return,
                time.perf_counter() - start,
                fake.actual_cost - cost_before,
                label,
                dict(fake.faults),
            )
        )
        connector.close()
        doubled = [
            r.name
            for r in fake.state.returns.values()
            if sum(d["quantity"] for d in r.rfo_lines[0].dispositions) != per_return
        ]
        assert not doubled and not fake.bugs, (doubled[:5], fake.bugs[:3])
    warehouse.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--returns", type=int, default=5000)
    parser.add_argument("--dispositions", type=int, default=20000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    args = parser.parse_args()
    gauge = python_gauge()
    rows = []
    for rate in (0.0, args.fault_rate):
        with tempfile.TemporaryDirectory() as folder:
            rows += one_run(args.returns, args.dispositions, rate, Path(folder))
    print(
        f"\n{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"Python gauge {gauge:.2f} s before, {python_gauge():.2f} s after; Standard bucket "
        "1,000 points, 100 points/s"
    )
    print(
        "| run | what | items | wall s | cost charged | bucket minimum s (cost / 100) | "
        "throughput vs bucket | faults injected |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for what, items, wall, cost, label, faults in rows:
        minimum = cost / 100.0
        shown = ", ".join(f"{k} {v}" for k, v in sorted(faults.items())) or "none"
        print(
            f"| {label} | {what} | {items:,} | {wall:.1f} | {cost:,.0f} | {minimum:.1f} | "
            f"{minimum / wall:.0%} | {shown} |"
        )


if __name__ == "__main__":
    main()
