"""What makes a policy contradict itself: two windows or two reason lists for the same thing,
and rules that could never fire because the rules judged before them always decide first."""

from __future__ import annotations

from db.vocabulary import RETURN_REASONS
from inspector.core.yaml_lines import DataFileError
from inspector.policy.rules import Policy


def _declined_first(policy: Policy, category: str, reason: str) -> bool:
    """A line of this category and reason never gets past final sale, the window or reasons."""
    if not any(category in w.categories for w in policy.windows):
        return True
    for rule in policy.final_sale:
        if category in rule.categories and reason not in rule.except_reasons:
            return True
    accepted = next((r.accepted for r in policy.reasons if category in r.categories), None)
    return accepted is not None and reason not in accepted


def contradictions(policy: Policy) -> list[DataFileError]:
    """Every contradiction, at the line of the rule that cannot stand."""
    source = policy.source
    errors: list[DataFileError] = []
    windows: dict[tuple[str, str], str] = {}
    for window in policy.windows:
        for category in window.categories:
            for channel in window.channels:
                if (category, channel) in windows:
                    errors.append(
                        DataFileError(
                            source,
                            window.line,
                            f"window '{window.id}' gives {category} sold through {channel} a "
                            f"second window (window '{windows[category, channel]}' gives one)",
                        )
                    )
                windows.setdefault((category, channel), window.id)
        if all(_declined_first(policy, c, r) for c in window.categories for r in RETURN_REASONS):
            errors.append(_never(policy, window.line, f"window '{window.id}'"))
    owner: dict[str, str] = {}
    for rule in policy.reasons:
        for category in rule.categories:
            if category in owner:
                errors.append(
                    DataFileError(
                        source,
                        rule.line,
                        f"reasons '{rule.id}' lists {category}'s reasons again (reasons "
                        f"'{owner[category]}' lists them)",
                    )
                )
            owner.setdefault(category, rule.id)
            if not any(category in w.categories for w in policy.windows):
                errors.append(_never(policy, rule.line, f"reasons '{rule.id}' for {category}"))
    for holiday in policy.holidays:
        if all(_declined_first(policy, c, r) for c in holiday.categories for r in RETURN_REASONS):
            errors.append(_never(policy, holiday.line, f"holiday '{holiday.id}'"))
    taken: set[tuple[str, str]] = set()
    for fee in policy.fees:
        pairs = {
            (c, r)
            for c in fee.categories
            for r in fee.reasons
            if not _declined_first(policy, c, r) and (c, r) not in taken
        }
        if not pairs:
            errors.append(_never(policy, fee.line, f"fee '{fee.id}'"))
        taken.update(pairs)
    for condition in policy.conditions:
        if not condition.tags and all(
            _declined_first(policy, c, r) for c in condition.categories for r in RETURN_REASONS
        ):
            errors.append(_never(policy, condition.line, f"condition '{condition.id}'"))
    for review in policy.reviews:
        if review.kind == "reason" and all(
            _declined_first(policy, c, r)
            for c in {c for w in policy.windows for c in w.categories}
            for r in review.reasons
        ):
            errors.append(_never(policy, review.line, f"review '{review.id}'"))
    return errors


def _never(policy: Policy, line: int, what: str) -> DataFileError:
    return DataFileError(
        policy.source,
        line,
        f"{what} can never fire: the final sale, window and reason rules decide every line it "
        "would judge first",
    )
