"""The audit hash chain's format: what each event's hash covers, and the first link.

Each event's hash is SHA-256 over a canonical JSON of all its fields and the previous
event's hash; changing, deleting or reordering any stored event breaks a link.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    """The value as the database gives it back (JSON round trip), so hashes are stable."""
    return None if value is None else json.loads(json.dumps(value, ensure_ascii=False))


def event_hash(
    *,
    seq: int,
    at: dt.datetime,
    operator_id: int | None,
    station_id: int | None,
    action: str,
    entity_type: str,
    entity_id: str,
    rma_number: str | None,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "seq": seq,
            "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "operator_id": operator_id,
            "station_id": station_id,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "rma_number": rma_number,
            "before": _plain(before),
            "after": _plain(after),
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
