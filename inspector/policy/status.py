"""What Settings shows of the policy: the file in force, its hash, a refused newer file and
its errors, and whether requests are decided by the verdict."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.policy.in_force import policy_in_force


@dataclass(frozen=True)
class PolicyStatus:
    name: str
    version: str
    path: str
    content_hash: str
    rules: int
    refused: str | None
    errors: tuple[str, ...]


def policy_status() -> PolicyStatus:
    found = policy_in_force()
    return PolicyStatus(
        name=found.policy.name,
        version=found.policy.version,
        path=str(found.path),
        content_hash=found.content_hash,
        rules=len(found.policy.rule_ids()),
        refused=str(found.refused) if found.refused else None,
        errors=found.errors,
    )
