"""The dock sees the policy's verdict on a parcel's lines beside the window: on the receipt,
in `inspector lookup` and `inspector receive`."""

from __future__ import annotations

import datetime as dt
import json

from inspector.receiving.lookup import lookup
from inspector.receiving.receipts import receive
from inspector.rmas.rma_import import import_file
from tests.helpers.cli import run_cli
from tests.helpers.rma_files import row, write_csv


def _import(warehouse, staff, tmp_path, rows):
    import_file(warehouse, write_csv(tmp_path / "rmas.csv", rows), staff["supervisor"])


def test_the_receipt_carries_each_lines_verdict(warehouse, staff, tmp_path):
    _import(
        warehouse,
        staff,
        tmp_path,
        [
            row(sku="AP-TEE", category="apparel", reason="SIZE_TOO_SMALL"),
            row(sku="GC-25", category="apparel", reason="UNWANTED", upc=""),
        ],
    )
    receipt = receive(
        warehouse, staff["dock"], "1Z999AA10123456784", clock=lambda: dt.datetime(2026, 11, 28, 9)
    )
    policy = receipt.rma.policy
    assert policy is not None and policy.flagged
    assert (policy.verdict, policy.rule) == ("REVIEW", "mixed-lines")
    assert [(x.sku, x.verdict, x.rule, x.decline_reason) for x in policy.lines] == [
        ("AP-TEE", "APPROVE", "web-30", None),
        ("GC-25", "NOT_RETURNABLE", "gift-cards", "FINAL_SALE"),
    ]
    assert policy.last_day == dt.date(2026, 12, 5)  # delivered 5 November, 30 days, last counts
    assert policy.arrive_by == dt.date(2026, 12, 4)  # asked 20 November, 14 days to arrive
    assert policy.lines[0].confirm[0]["ko"].startswith("의류")


def test_a_parcel_after_the_shipping_allowance_waits_for_a_person(warehouse, staff, tmp_path):
    _import(warehouse, staff, tmp_path, [row(sku="FW-RUN", category="footwear")])
    late = receive(
        warehouse, staff["dock"], "1Z999AA10123456784", clock=lambda: dt.datetime(2026, 12, 5, 9)
    )
    line = late.rma.policy.lines[0]
    assert (line.verdict, line.rule) == ("REVIEW", "web-30")
    assert "shipping allowance ended on 2026-12-04" in line.reason["en"]
    seen = lookup(warehouse, "1Z999AA10123456784")
    assert seen.policy.lines[0].verdict == "REVIEW"  # judged by when the parcel came


def test_receive_and_lookup_print_the_verdict(database_url, warehouse, staff, tmp_path):
    _import(warehouse, staff, tmp_path, [row(sku="GC-25", category="apparel", upc="")])
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "dock",
        "receive",
        "1Z999AA10123456784",
        env={"INSPECTOR_PIN": "1000"},
    )
    assert ran.code == 0, ran.err
    policy = json.loads(ran.out)["policy"]
    assert (policy["verdict"], policy["rule"]) == ("NOT_RETURNABLE", "gift-cards")
    assert policy["lines"][0]["reason"] == "Final sale: gift cards cannot be returned"
    looked = json.loads(run_cli("--db", database_url, "lookup", "1Z999AA10123456784").out)
    assert looked["policy"]["lines"][0]["decline_reason"] == "FINAL_SALE"
