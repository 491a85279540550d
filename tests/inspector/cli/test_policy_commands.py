"""`inspector policy` as a real subprocess: check, test, replay and authorize."""

import json

import pytest

from inspector.core.resources import shipped_policy
from tests.helpers.cli import run_cli
from tests.helpers.fake_shop_state import ShopItem
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import connect

SHIPPED = shipped_policy().read_text(encoding="utf-8")
RETURN = {
    "requested_at": "2026-12-05T01:30:00-05:00",
    "order": {"channel": "web", "ordered_on": "2026-11-01", "delivered_on": "2026-11-04"},
    "customer": {"returns": ["2026-10-01"], "bought": [["2026-09-01", 3]], "returned": []},
    "lines": [
        {"id": "a", "sku": "AP-1", "category": "apparel", "reason": "SIZE_TOO_SMALL", "price": 40},
        {"id": "b", "sku": "GC-50", "category": "apparel", "reason": "UNWANTED", "price": 50},
    ],
}


def test_check_the_shipped_policy():
    ran = run_cli("policy", "check")
    assert ran.code == 0, ran.err
    assert "policy 'demo-returns'" in ran.out and "good" in ran.out


def test_check_says_every_error_with_its_line(tmp_path):
    bad = tmp_path / "policy.yaml"
    bad.write_text(
        SHIPPED.replace("percent: 15", "percent: 150").replace(
            "channels: [marketplace]", "channels: [ebay]"
        ),
        encoding="utf-8",
    )
    ran = run_cli("policy", "check", str(bad))
    assert ran.code == 1 and "Traceback" not in ran.err
    lines = ran.err.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{bad}, line ") and "unknown channel 'ebay'" in lines[0]
    assert "150%" in lines[1] and lines[2] == f"inspector: 2 error(s) in {bad}"


def test_a_refused_site_file_is_said_and_the_last_good_stays(inspector_home):
    (inspector_home / "policy.yaml").write_text("policy: [", encoding="utf-8")
    ran = run_cli("policy", "check")
    assert ran.code == 1 and "not valid YAML" in ran.err
    assert f"{shipped_policy()} stays in force" in ran.err
    ran = run_cli("policy", "test", str(_return_file(inspector_home)))
    assert ran.code == 0 and "is refused" in ran.err


def _return_file(folder, data=None):
    path = folder / "return.json"
    path.write_text(json.dumps(data or RETURN), encoding="utf-8")
    return path


def test_test_gives_each_lines_verdict(tmp_path):
    ran = run_cli("policy", "test", str(_return_file(tmp_path)), "--json")
    assert ran.code == 0, ran.err
    verdict = json.loads(ran.out)
    assert verdict["verdict"] == "REVIEW" and verdict["rule"] == "mixed-lines"
    assert [(x["line"], x["verdict"], x["rule"]) for x in verdict["lines"]] == [
        ("a", "APPROVE", "web-30"),
        ("b", "NOT_RETURNABLE", "gift-cards"),
    ]
    assert verdict["lines"][0]["last_day"] == "2026-12-04"  # the warehouse's day counts
    assert verdict["lines"][0]["confirm"] == ["apparel: only unworn with its tags"]
    assert verdict["lines"][1]["decline_reason"] == "FINAL_SALE"
    text = run_cli("policy", "test", str(_return_file(tmp_path))).out
    assert "line b GC-50: NOT_RETURNABLE by 'gift-cards'" in text


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"order": {"channel": "ebay"}}, "order.channel: 'ebay' is not one of"),
        ({"lines": []}, "lines: must list the return's lines"),
        ({"requested_at": "yesterday"}, "requested_at: 'yesterday' is no time"),
    ],
)
def test_a_bad_return_file_is_said_in_one_line(tmp_path, change, says):
    ran = run_cli("policy", "test", str(_return_file(tmp_path, {**RETURN, **change})))
    assert ran.code == 1 and says in ran.err and len(ran.err.strip().splitlines()) == 1


def test_replay_lists_what_a_new_policy_changes(database_url, tmp_path):
    assert (
        run_cli(
            "--db",
            database_url,
            "demo",
            "--rmas",
            "400",
            "--days",
            "60",
            "--as-of",
            "2026-11-30T12:00",
        ).code
        == 0
    )
    stricter = tmp_path / "stricter.yaml"
    stricter.write_text(
        SHIPPED.replace("days: 30\n", "days: 10\n").replace(
            'version: "2026.11-1"', 'version: "2026.12-1"'
        ),
        encoding="utf-8",
    )
    same = run_cli(
        "--db",
        database_url,
        "policy",
        "replay",
        "--since",
        "2026-10-01",
        "--policy",
        str(shipped_policy()),
    )
    assert same.code == 0 and same.out == "" and "0 line verdicts change" in same.err
    ran = run_cli(
        "--db",
        database_url,
        "policy",
        "replay",
        "--since",
        "2026-10-01",
        "--policy",
        str(stricter),
        "--json",
    )
    assert ran.code == 0, ran.err
    changes = [json.loads(x) for x in ran.out.splitlines()]
    # a window of 10 days: later requests end up declined, or inside the holiday extension
    after = {
        (c["after"]["verdict"], c["after"]["rule"], c["after"]["decline_reason"]) for c in changes
    }
    assert ("NOT_RETURNABLE", "web-30", "RETURN_PERIOD_ENDED") in after
    assert after <= {
        ("NOT_RETURNABLE", "web-30", "RETURN_PERIOD_ENDED"),
        ("APPROVE", "holiday-gifts", None),
    }
    # What changes was approved under the 30-day window, or was already waiting for a person
    # or declined (then for another reason: the window is judged before the reasons).
    assert all(
        c["before"]["rule"] in ("web-30", "home-change-of-mind-fee")
        or c["before"]["verdict"] in ("REVIEW", "NOT_RETURNABLE")
        for c in changes
    )
    bad = run_cli("--db", database_url, "policy", "replay", "--since", "last week")
    assert bad.code == 1 and "is not a date" in bad.err


def test_authorize_one_pass_for_cron(database_url, warehouse, staff, monkeypatch):
    with FakeShopify() as fake:
        connect(warehouse, staff["admin"], fake, monkeypatch)
        shirt = ShopItem(sku="GC-1", title="Gift card", price="25.00")
        fake.state.add_return([(shirt, 1)], status="REQUESTED")
        env = {"TEST_SHOPIFY_TOKEN": fake.token}
        ran = run_cli("--db", database_url, "policy", "authorize", env=env)
        assert ran.code == 0, ran.err
        assert "1 requested returns read: 1 new, 0 approved, 0 declined" in ran.out
        refused = run_cli(
            "--db",
            database_url,
            "--operator",
            "supervisor",
            "policy",
            "authorize",
            "--auto",
            env={**env, "INSPECTOR_PIN": "3000"},
        )
        assert refused.code == 1 and "may not connect the shop" in refused.err
        ran = run_cli(
            "--db",
            database_url,
            "--operator",
            "admin",
            "policy",
            "authorize",
            "--auto",
            env={**env, "INSPECTOR_PIN": "9000"},
        )
        assert ran.code == 0, ran.err
        assert "1 declined" in ran.out
        assert run_cli("--db", database_url, "shop", "push", env=env).code == 0
        assert fake.state.orders[0].returns[0].status == "DECLINED"
