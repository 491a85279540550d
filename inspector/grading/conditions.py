"""The `when:` conditions of checklists and rules: read from the file, checked against the
names they may use, and tested against a unit's answers and facts (pure functions).

A condition is a mapping. Each key is an answer (a question id) or a fact and says what it must
be; every key must hold. `all:`, `any:` and `not:` combine conditions.

    {sealed: true}                        yes/no answer, or a yes/no fact
    {battery: [swollen, leaking]}         one of several: any of these
    {accessories_missing: {gt: 0}}        numbers: eq, gt, ge, lt, le, between: [lo, hi]
    {defects: {includes: [crack]}}        several of several: includes, includes_all, excludes
    {reason: {not_in: [DEFECTIVE]}}       one of several: in, not_in

A question that was not asked has no answer, and any test of it is false.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector.core.yaml_lines import DataFileError, Located, LocatedList, line_of


@dataclass(frozen=True)
class Name:
    """What a name in a condition stands for: its kind and, for choices, the allowed keys."""

    kind: str  # "bool", "choice", "choices", "number"
    choices: frozenset[str] = frozenset()
    open_choices: bool = False  # choices listed per product: any word is accepted


@dataclass(frozen=True)
class Test:
    name: str
    op: str
    value: Any


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    part: Condition


Condition = Test | AllOf | AnyOf | Not
ALWAYS = AllOf(())

OPS = {
    "bool": {"eq"},
    "choice": {"eq", "in", "not_in"},
    "choices": {"includes", "includes_all", "excludes"},
    "number": {"eq", "gt", "ge", "lt", "le", "between"},
}


def parse(raw: Any, names: Mapping[str, Name], source: str, line: int | None) -> Condition:
    """Read a `when:` mapping; every name must be in `names` and every value fit its kind."""
    if not isinstance(raw, Located):
        raise DataFileError(source, line, "a condition must be a mapping of names to values")
    parts: list[Condition] = []
    for key, value in raw.items():
        at = line_of(raw, key)
        if key in ("all", "any"):
            if not isinstance(value, LocatedList) or not value:
                raise DataFileError(source, at, f"'{key}:' needs a list of conditions")
            inner = tuple(
                parse(item, names, source, line_of(value, i)) for i, item in enumerate(value)
            )
            parts.append(AllOf(inner) if key == "all" else AnyOf(inner))
        elif key == "not":
            parts.append(Not(parse(value, names, source, at)))
        else:
            parts.append(_test(str(key), value, names, source, at))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _test(key: str, value: Any, names: Mapping[str, Name], source: str, at: int | None) -> Test:
    name = names.get(key)
    if name is None:
        known = ", ".join(sorted(names))
        raise DataFileError(
            source, at, f"'{key}' is neither an earlier question nor a fact ({known})"
        )
    if isinstance(value, Located):
        if len(value) != 1:
            raise DataFileError(source, at, f"'{key}': give one comparison, such as {{gt: 3}}")
        op, operand = next(iter(value.items()))
    elif isinstance(value, LocatedList):
        op, operand = ("includes" if name.kind == "choices" else "in"), value
    else:
        op, operand = ("includes" if name.kind == "choices" else "eq"), value
    if op not in OPS[name.kind]:
        allowed = ", ".join(sorted(OPS[name.kind]))
        raise DataFileError(source, at, f"'{key}' cannot be compared with '{op}' (use {allowed})")
    return Test(key, op, _operand(key, name, op, operand, source, at))


def _operand(key: str, name: Name, op: str, operand: Any, source: str, at: int | None) -> Any:
    if name.kind == "bool":
        if not isinstance(operand, bool):
            raise DataFileError(source, at, f"'{key}' is yes/no: write true or false")
        return operand
    if name.kind == "number":
        if op == "between":
            ok = (
                isinstance(operand, list)
                and len(operand) == 2
                and all(_is_number(x) for x in operand)
                and operand[0] <= operand[1]
            )
            if not ok:
                raise DataFileError(source, at, f"'{key}': between needs [low, high]")
            return (float(operand[0]), float(operand[1]))
        if not _is_number(operand):
            raise DataFileError(source, at, f"'{key}' is a number: '{operand}' is not")
        return float(operand)
    values = list(operand) if isinstance(operand, list) else [operand]
    if op == "eq" and len(values) != 1:
        raise DataFileError(source, at, f"'{key}': give one value")
    for v in values:
        if not isinstance(v, str):
            raise DataFileError(source, at, f"'{key}': '{v}' must be written as a word")
        if not name.open_choices and v not in name.choices:
            allowed = ", ".join(sorted(name.choices))
            raise DataFileError(source, at, f"'{key}' has no choice '{v}' (choices: {allowed})")
    return values[0] if op == "eq" else frozenset(values)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def holds(condition: Condition, values: Mapping[str, Any]) -> bool:
    """Whether the condition holds for these answers and facts."""
    if isinstance(condition, AllOf):
        return all(holds(p, values) for p in condition.parts)
    if isinstance(condition, AnyOf):
        return any(holds(p, values) for p in condition.parts)
    if isinstance(condition, Not):
        return not holds(condition.part, values)
    value = values.get(condition.name)
    if value is None:
        return False
    op, want = condition.op, condition.value
    if op == "eq":
        return bool(value == want)
    if op == "in":
        return value in want
    if op == "not_in":
        return value not in want
    if op in ("gt", "ge", "lt", "le", "between"):
        if not _is_number(value):
            return False
        if op == "between":
            return bool(want[0] <= value <= want[1])
        return bool(
            {"gt": value > want, "ge": value >= want, "lt": value < want, "le": value <= want}[op]
        )
    chosen = set(value) if isinstance(value, (list, tuple, set, frozenset)) else {value}
    if op == "includes":
        return bool(chosen & want)
    if op == "includes_all":
        return bool(want <= chosen)
    return not (chosen & want)  # excludes


def may_hold(condition: Condition, values: Mapping[str, Any], unknown: set[str]) -> bool | None:
    """Three-valued `holds`: None when the answer depends on names not known yet."""
    if isinstance(condition, AllOf):
        results = [may_hold(p, values, unknown) for p in condition.parts]
        return False if False in results else (True if all(results) else None)
    if isinstance(condition, AnyOf):
        results = [may_hold(p, values, unknown) for p in condition.parts]
        return True if True in results else (False if all(r is False for r in results) else None)
    if isinstance(condition, Not):
        inner = may_hold(condition.part, values, unknown)
        return None if inner is None else not inner
    if condition.name in unknown:
        return None
    return holds(condition, values)
