"""A policy that contradicts itself is refused at the line that cannot stand, every error at
once; a refused site file leaves the last good policy in force."""

from __future__ import annotations

import pytest

from inspector.core.resources import shipped_policy
from inspector.policy import in_force
from inspector.policy.policy_format import PolicyErrors, parse_policy

SHIPPED = shipped_policy().read_text(encoding="utf-8")


def errors_of(text: str) -> list[str]:
    with pytest.raises(PolicyErrors) as caught:
        parse_policy(text, "policy.yaml")
    return [str(e) for e in caught.value.errors]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    found = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return found[nth]


def test_the_shipped_policy_passes():
    policy = parse_policy(SHIPPED, "policy.yaml")
    assert policy.time_zone == "America/Los_Angeles" and policy.last_day_counts is True
    assert len(policy.content_hash) == 64


def test_two_windows_for_the_same_category_and_channel():
    text = SHIPPED.replace(
        "categories: [electronics]\n    channels: [web, store]",
        "categories: [electronics, home]\n    channels: [web, store]",
    )
    line = line_of(text, "- id: electronics-web-15")
    assert errors_of(text) == [
        f"policy.yaml, line {line}: window 'electronics-web-15' gives home sold through web a "
        "second window (window 'web-30' gives one)",
        f"policy.yaml, line {line}: window 'electronics-web-15' gives home sold through store a "
        "second window (window 'web-30' gives one)",
    ]


def test_a_fee_over_100_percent():
    text = SHIPPED.replace("percent: 15", "percent: 150")
    assert errors_of(text) == [
        f"policy.yaml, line {line_of(text, 'percent: 150')}: a fee of 150% is more than the "
        "item's price"
    ]


def test_a_fee_that_can_never_fire():
    text = SHIPPED.replace(
        "reasons: [UNWANTED]\n    percent: 15", "reasons: [SIZE_TOO_SMALL]\n    percent: 15"
    )
    (error,) = errors_of(text)
    assert error.startswith(f"policy.yaml, line {line_of(text, '- id: electronics-opened-fee')}: ")
    assert "fee 'electronics-opened-fee' can never fire" in error


def test_a_fee_behind_another_can_never_fire():
    text = SHIPPED.replace(
        "review:\n",
        "  - id: twice\n    categories: [home]\n    reasons: [STYLE]\n    percent: 5\nreview:\n",
    )
    (error,) = errors_of(text)
    assert f"line {line_of(text, '- id: twice')}: fee 'twice' can never fire" in error


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "categories: [apparel, footwear, home]",
            "categories: [apparel, shoes, home]",
            "unknown category 'shoes' in 'categories'",
        ),
        ("channels: [marketplace]", "channels: [ebay]", "unknown channel 'ebay' in 'channels'"),
        (
            "accepted: [DEFECTIVE, NOT_AS_DESCRIBED, WRONG_ITEM, UNWANTED, OTHER]",
            "accepted: [DEFECTIVE, BROKEN]",
            "unknown reason 'BROKEN' in 'accepted'",
        ),
        (
            "time_zone: America/Los_Angeles",
            "time_zone: Mars/Olympus",
            "'Mars/Olympus' is no time zone",
        ),
        ('ko: "고액 주문"', 'kr: "고액 주문"', "'text' has no 'ko' text"),
        ("last_day_counts: true", "last_day_counts: maybe", "'last_day_counts' must be yes or no"),
        ('ordered_to: "12-24"', 'ordered_to: "12-34"', "'ordered_to' must be a day of the year"),
        ("    days: 30", "    days: 0", "'days' must be a whole number from 1 to 3650"),
        (
            "  - id: gift-cards\n    sku_prefixes: [GC-]",
            "  - id: gift-cards",
            "final sale rule 'gift-cards' names no SKU, prefix, category or tag",
        ),
    ],
)
def test_each_bad_field_is_named_with_its_line(old, new, says):
    assert old in SHIPPED
    text = SHIPPED.replace(old, new, 1)
    errors = errors_of(text)
    assert len(errors) == 1 and says in errors[0], errors
    assert errors[0].startswith("policy.yaml, line ")
    line = int(errors[0].split("line ")[1].split(":")[0])
    assert new.split("\n")[0].strip() in text.splitlines()[line - 1] or line == line_of(
        text, new.split("\n")[0].strip()
    )


def test_every_error_at_once():
    text = SHIPPED.replace("percent: 15", "percent: 150").replace(
        "channels: [marketplace]", "channels: [ebay]"
    )
    assert len(errors_of(text)) == 2


def test_a_refused_site_file_keeps_the_last_good_policy(tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_HOME", str(tmp_path))
    site = tmp_path / "policy.yaml"
    site.write_text(SHIPPED.replace("over: 1500.00", "over: 900.00"), encoding="utf-8")
    good = in_force.policy_in_force()
    assert good.path == site and good.errors == () and good.policy.reviews[0].over_cents == 90000
    site.write_text(SHIPPED.replace("percent: 15", "percent: 150") + "\n", encoding="utf-8")
    kept = in_force.policy_in_force()
    assert kept.refused == site and kept.path.name == "policy.last-good.yaml"
    assert kept.policy.reviews[0].over_cents == 90000
    assert kept.errors and "150%" in kept.errors[0]


def test_without_a_good_site_file_the_shipped_policy_stays(tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_HOME", str(tmp_path))
    (tmp_path / "policy.yaml").write_text("policy: [", encoding="utf-8")
    found = in_force.policy_in_force()
    assert found.path == shipped_policy() and "not valid YAML" in found.errors[0]
