"""The shop connection's state in one place, for `inspector shop status`, the status bar
and the Shop tab: who it talks to, the last pull, the outbox. Never a secret."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from inspector.core.warehouse import Warehouse
from inspector.shop.outbox import counts
from inspector.shop.pulling import pull_state
from inspector.shop.secrets import describe
from inspector.shop.shop_settings import load_shop_settings, unmapped_types


@dataclass(frozen=True)
class ShopStatus:
    connector: str | None
    address: str  # the store or the webhook URL
    secret_from: str | None  # where the token or secret is read: never what it is
    location: str | None
    refund_from_dock: bool
    disabled: str | None
    last_pull_at: str | None
    last_pull: str | None
    last_pull_error: str | None
    waiting: int
    sent: int
    attention: int
    skipped: int
    oldest_waiting: dt.datetime | None
    pull_problems: list[tuple[str, str]] = field(default_factory=list)
    unmapped_types: list[tuple[str, int]] = field(default_factory=list)

    @property
    def connected(self) -> bool:
        return self.connector is not None and not self.disabled

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["oldest_waiting"] = (
            self.oldest_waiting.isoformat(timespec="seconds") if self.oldest_waiting else None
        )
        data["pull_problems"] = [{"return": r, "problem": p} for r, p in self.pull_problems]
        data["unmapped_types"] = [{"type": t, "products": n} for t, n in self.unmapped_types]
        return data


def shop_status(warehouse: Warehouse) -> ShopStatus:
    settings = load_shop_settings(warehouse)
    state = pull_state(warehouse)
    outbox = counts(warehouse)
    source = settings.token_source if settings.connector == "shopify" else settings.secret_source
    address = settings.store_url if settings.connector == "shopify" else settings.webhook_url
    return ShopStatus(
        connector=settings.connector,
        address=address,
        secret_from=describe(source) if source else None,
        location=settings.location_name,
        refund_from_dock=settings.refund_from_dock,
        disabled=settings.webhook_disabled,
        last_pull_at=state.get("last_pull_at"),
        last_pull=state.get("last_result"),
        last_pull_error=state.get("last_error"),
        waiting=outbox.waiting,
        sent=outbox.sent,
        attention=outbox.attention,
        skipped=outbox.skipped,
        oldest_waiting=outbox.oldest_waiting,
        pull_problems=[(r, p) for r, p in state.get("problems", [])],
        unmapped_types=unmapped_types(warehouse),
    )
