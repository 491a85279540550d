"""Reading a policy file (the format is in docs/policy.md), checked line by line. Reading is
pure: text in, `Policy` out, or every `DataFileError` found (`PolicyErrors`), each naming the
file, the line and what is wrong, contradictions and rules that could never fire included."""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from db.vocabulary import CATEGORIES, CHANNELS, RETURN_REASONS
from inspector.core.yaml_lines import (
    DataFileError,
    FieldReader,
    Located,
    LocatedList,
    line_of,
)
from inspector.core.yaml_lines import load as load_yaml
from inspector.policy import reachable
from inspector.policy.rules import (
    LANGUAGES,
    Condition,
    Fee,
    FinalSale,
    Holiday,
    Policy,
    Reasons,
    Review,
    Text,
    Window,
)

REVIEW_KINDS = ("order_value", "customer_returns", "return_rate", "reason")
REASON_WHEN = ("single_sku_order", "single_unit_order")
WITHOUT_DELIVERY = ("order_date", "review")
REFUNDS_OTHERWISE = ("NONE", "PARTIAL")
T = TypeVar("T")


class PolicyErrors(ValueError):
    """Every error a policy file has; the first is the message."""

    def __init__(self, errors: list[DataFileError]) -> None:
        self.errors = errors
        super().__init__(str(errors[0]))


class _Reader(FieldReader):
    """Reads the fields of one mapping, with errors at the right line."""

    def at(self, key: str) -> int:
        return line_of(self.raw, key) or self.raw.line

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        if default is not None and key not in self.raw:
            return default
        value = self.required(key)
        if value not in allowed:
            raise self.fail(key, f"'{key}' must be one of {', '.join(allowed)}, not '{value}'")
        return str(value)

    def boolean(self, key: str) -> bool:
        value = self.required(key)
        if not isinstance(value, bool):
            raise self.fail(key, f"'{key}' must be yes or no (true or false)")
        return value

    def whole(self, key: str, low: int, high: int, default: int | None = None) -> int:
        if default is not None and key not in self.raw:
            return default
        value = self.required(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"'{key}' must be a whole number from {low} to {high}")
        return value

    def share(self, key: str) -> float:
        value = self.required(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise self.fail(key, f"'{key}' must be a share between 0 and 1, e.g. 0.4")
        return float(value)

    def cents(self, key: str, default: int | None = None) -> int:
        if default is not None and key not in self.raw:
            return default
        value = self.required(key)
        try:
            amount = Decimal(str(value)) if not isinstance(value, bool) else Decimal("nan")
        except InvalidOperation:
            amount = Decimal("nan")
        if not amount.is_finite() or amount < 0 or amount > 10_000_000:
            raise self.fail(key, f"'{key}' must be an amount of money, e.g. 5.00")
        return int((amount * 100).to_integral_value())

    def month_day(self, key: str) -> tuple[int, int]:
        value = self.required(key)
        try:
            month, day = (int(part) for part in str(value).split("-"))
            dt.date(2024, month, day)  # a leap year: 02-29 is a day of some years
        except ValueError:
            raise self.fail(
                key, f"'{key}' must be a day of the year as MM-DD, e.g. 11-15"
            ) from None
        return month, day

    def words(
        self, key: str, allowed: tuple[str, ...] | None, empty_ok: bool = False
    ) -> tuple[str, ...]:
        if key not in self.raw and empty_ok:
            return ()
        value = self.raw.get(key)
        if not isinstance(value, LocatedList) or (not value and not empty_ok):
            raise self.fail(key if key in self.raw else None, f"'{key}' must be a list [a, b, …]")
        for i, v in enumerate(value):
            if not isinstance(v, str) or not v.strip():
                raise DataFileError(self.source, line_of(value, i), f"'{key}' lists a blank entry")
            if allowed is not None and v not in allowed:
                raise DataFileError(
                    self.source,
                    line_of(value, i),
                    f"unknown {_singular(key)} '{v}' in '{key}' (known: {', '.join(allowed)})",
                )
        return tuple(value)

    def text(self, key: str) -> Text:
        value = self.required(key)
        if not isinstance(value, Located):
            raise self.fail(key, f"'{key}' needs the words in every language: {{en: …, ko: …}}")
        for lang in LANGUAGES:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                raise self.fail(key, f"'{key}' has no '{lang}' text")
        extra = set(value) - set(LANGUAGES)
        if extra:
            raise self.fail(key, f"'{key}' has an unknown language '{sorted(extra)[0]}'")
        return {lang: value[lang].strip() for lang in LANGUAGES}


def _singular(key: str) -> str:
    return {
        "categories": "category",
        "channels": "channel",
        "reasons": "reason",
        "accepted": "reason",
        "except_reasons": "reason",
    }.get(key, "entry")


def parse_policy(text: str, source: str) -> Policy:
    """Read and check a policy file's text; raises `PolicyErrors` with every error found."""
    errors: list[DataFileError] = []
    try:
        doc = load_yaml(text, source)
        top = _Reader(doc, source, "the file", 1)
        top.only(
            "policy", "version", "time_zone", "last_day_counts", "windows", "holidays",
            "final_sale", "reasons", "conditions", "fees", "review",
        )  # fmt: skip
    except DataFileError as exc:
        raise PolicyErrors([exc]) from None

    def one(read: Callable[[], T]) -> T | None:
        try:
            return read()
        except DataFileError as exc:
            errors.append(exc)
            return None

    name = one(lambda: top.word("policy")) or "?"
    version = one(lambda: str(top.required("version"))) or "?"
    zone = one(lambda: _zone(top)) or "UTC"
    last_day = one(lambda: top.boolean("last_day_counts"))

    def section(key: str, read: Callable[[_Reader], T], required: bool = False) -> list[T]:
        raw = doc.get(key)
        if raw is None:
            if required:
                errors.append(top.fail(None, f"the file needs '{key}:'"))
            return []
        if not isinstance(raw, LocatedList) or not raw:
            errors.append(top.fail(key, f"'{key}' must be a list of rules"))
            return []
        out: list[T] = []
        for i, item in enumerate(raw):
            try:
                out.append(read(_Reader(item, source, f"a {key} rule", line_of(raw, i))))
            except DataFileError as exc:
                errors.append(exc)
        return out

    windows = section("windows", _window, required=True)
    holidays = section("holidays", _holiday)
    final_sale = section("final_sale", _final_sale)
    reasons = section("reasons", _reasons)
    conditions = section("conditions", _condition)
    fees = section("fees", _fee)
    reviews = section("review", _review)
    if errors:
        raise PolicyErrors(errors)
    policy = Policy(
        name=name,
        version=version,
        source=source,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        time_zone=zone,
        last_day_counts=bool(last_day),
        windows=tuple(windows),
        holidays=tuple(holidays),
        final_sale=tuple(final_sale),
        reasons=tuple(reasons),
        conditions=tuple(conditions),
        fees=tuple(fees),
        reviews=tuple(reviews),
    )
    errors += _ids_once(policy, source)
    errors += reachable.contradictions(policy)
    if errors:
        raise PolicyErrors(sorted(errors, key=lambda e: e.line or 0))
    for window in policy.windows:
        for category in window.categories:
            for channel in window.channels:
                policy.window_index[(category, channel)] = window
    for rule in policy.reasons:
        for category in rule.categories:
            policy.reason_index[category] = rule
    return policy


def _zone(top: _Reader) -> str:
    value = top.required("time_zone")
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise top.fail("time_zone", f"'{value}' is no time zone (e.g. America/Chicago)") from None
    return str(value)


def _ids_once(policy: Policy, source: str) -> list[DataFileError]:
    seen: dict[str, int] = {}
    errors = []
    groups: Iterable[Any] = (
        *policy.windows, *policy.holidays, *policy.final_sale, *policy.reasons,
        *policy.conditions, *policy.fees, *policy.reviews,
    )  # fmt: skip
    for rule in groups:
        if rule.id in seen:
            errors.append(
                DataFileError(
                    source, rule.line, f"rule id '{rule.id}' is also used on line {seen[rule.id]}"
                )
            )
        seen.setdefault(rule.id, rule.line)
    return errors


def _window(r: _Reader) -> Window:
    r.only("id", "categories", "channels", "days", "arrive_within_days", "without_delivery")
    return Window(
        id=r.word("id"),
        line=r.raw.line,
        categories=r.words("categories", CATEGORIES),
        channels=r.words("channels", CHANNELS),
        days=r.whole("days", 1, 3650),
        arrive_within_days=r.whole("arrive_within_days", 1, 365),
        without_delivery=r.choice("without_delivery", WITHOUT_DELIVERY),
    )


def _holiday(r: _Reader) -> Holiday:
    r.only("id", "ordered_from", "ordered_to", "returnable_until", "categories")
    start, end = r.month_day("ordered_from"), r.month_day("ordered_to")
    if end < start:
        raise r.fail("ordered_to", "'ordered_to' comes before 'ordered_from' in the year")
    until = r.month_day("returnable_until")
    if start <= until <= end:
        raise r.fail("returnable_until", "'returnable_until' falls inside the order dates")
    return Holiday(
        id=r.word("id"),
        line=r.raw.line,
        ordered_from=start,
        ordered_to=end,
        returnable_until=until,
        categories=r.words("categories", CATEGORIES, empty_ok=True) or CATEGORIES,
    )


def _final_sale(r: _Reader) -> FinalSale:
    r.only("id", "text", "skus", "sku_prefixes", "categories", "tags", "except_reasons")
    rule = FinalSale(
        id=r.word("id"),
        line=r.raw.line,
        text=r.text("text"),
        skus=r.words("skus", None, empty_ok=True),
        sku_prefixes=r.words("sku_prefixes", None, empty_ok=True),
        categories=r.words("categories", CATEGORIES, empty_ok=True),
        tags=tuple(t.lower() for t in r.words("tags", None, empty_ok=True)),
        except_reasons=r.words("except_reasons", RETURN_REASONS, empty_ok=True),
    )
    if not (rule.skus or rule.sku_prefixes or rule.categories or rule.tags):
        raise r.fail(
            None,
            f"final sale rule '{rule.id}' names no SKU, prefix, category or tag: it can never fire",
        )
    return rule


def _reasons(r: _Reader) -> Reasons:
    r.only("id", "categories", "accepted")
    return Reasons(
        id=r.word("id"),
        line=r.raw.line,
        categories=r.words("categories", CATEGORIES),
        accepted=r.words("accepted", RETURN_REASONS),
    )


def _condition(r: _Reader) -> Condition:
    r.only("id", "categories", "tags", "question", "required_answer", "text", "ask", "otherwise")
    otherwise = _Reader(r.required("otherwise"), r.source, "'otherwise'", r.at("otherwise"))
    otherwise.only("refund", "fee_percent")
    refund = otherwise.choice("refund", REFUNDS_OTHERWISE)
    fee = otherwise.whole("fee_percent", 1, 100) if refund == "PARTIAL" else 100
    rule = Condition(
        id=r.word("id"),
        line=r.raw.line,
        question=r.word("question"),
        required_answer=r.boolean("required_answer"),
        text=r.text("text"),
        ask=r.text("ask"),
        otherwise_refund=refund,
        otherwise_fee_percent=fee,
        categories=r.words("categories", CATEGORIES, empty_ok=True),
        tags=tuple(t.lower() for t in r.words("tags", None, empty_ok=True)),
    )
    if not (rule.categories or rule.tags):
        raise r.fail(None, f"condition '{rule.id}' names no category or tag: it can never apply")
    return rule


def _fee(r: _Reader) -> Fee:
    r.only("id", "categories", "reasons", "percent", "minimum")
    percent = r.raw.get("percent")
    if isinstance(percent, int) and not isinstance(percent, bool) and percent > 100:
        raise r.fail("percent", f"a fee of {percent}% is more than the item's price")
    return Fee(
        id=r.word("id"),
        line=r.raw.line,
        categories=r.words("categories", CATEGORIES),
        reasons=r.words("reasons", RETURN_REASONS),
        percent=r.whole("percent", 1, 100),
        minimum_cents=r.cents("minimum", default=0),
    )


def _review(r: _Reader) -> Review:
    kind = r.choice("kind", REVIEW_KINDS)
    base = Review(id=r.word("id"), line=r.raw.line, kind=kind, text=r.text("text"))
    if kind == "order_value":
        r.only("id", "kind", "text", "over")
        return replace(base, over_cents=r.cents("over"))
    if kind == "customer_returns":
        r.only("id", "kind", "text", "more_than", "days")
        return replace(
            base, more_than=r.whole("more_than", 0, 10_000), days=r.whole("days", 1, 3650)
        )
    if kind == "return_rate":
        r.only("id", "kind", "text", "over", "days", "minimum_items")
        return replace(
            base,
            share=r.share("over"),
            days=r.whole("days", 1, 3650),
            minimum_items=r.whole("minimum_items", 1, 10_000, default=1),
        )
    r.only("id", "kind", "text", "reasons", "when")
    return replace(
        base, reasons=r.words("reasons", RETURN_REASONS), when=r.choice("when", REASON_WHEN)
    )
