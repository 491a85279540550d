"""The signed webhook connector: each outbox event POSTed as JSON to one URL, signed the
Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature v1)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

from inspector.core.warehouse import Warehouse
from inspector.shop.connector import Connection, PullPage
from inspector.shop.outbox import Attention, Claimed, Result, Retry, Sent
from inspector.shop.shop_settings import disable_webhook

SCHEMA_VERSION = 1


def body_of(event: Claimed) -> dict[str, Any]:
    """What the endpoint receives (documented per kind in docs/shop.md)."""
    return {
        "id": event.key,
        "type": event.kind,
        "timestamp": event.at.isoformat(timespec="seconds"),
        "version": SCHEMA_VERSION,
        "data": event.payload,
    }


class WebhookConnector:
    """POSTs events one at a time, in order; any 2xx is delivered."""

    name = "webhook"
    batch_size = 20

    def __init__(
        self,
        warehouse: Warehouse,
        url: str,
        secret: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
    ) -> None:
        self.warehouse = warehouse
        self.url = url
        self._signer = Webhook(secret)
        self._client = httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout), follow_redirects=False
        )

    def close(self) -> None:
        self._client.close()

    def check(self) -> Connection:
        return Connection(shop_name=self.url)

    def pull(self, cursor: dict[str, Any]) -> PullPage:
        """A webhook endpoint has no returns to give: nothing to pull."""
        return PullPage([], cursor, False)

    def deliver(self, events: list[Claimed]) -> dict[int, Result]:
        results: dict[int, Result] = {}
        for index, event in enumerate(events):
            result = self._post(event)
            results[event.id] = result
            if not isinstance(result, Sent):
                for later in events[index + 1 :]:
                    results[later.id] = Retry("waits for an earlier event", after_s=0, counts=False)
                break
        return results

    def _post(self, event: Claimed) -> Result:
        body = json.dumps(body_of(event), ensure_ascii=False, separators=(",", ":"))
        now = dt.datetime.now(dt.timezone.utc)
        headers = {
            "content-type": "application/json",
            "webhook-id": event.key,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self._signer.sign(event.key, now, body),
            "user-agent": "returns-inspector",
        }
        try:
            response = self._client.post(self.url, content=body.encode("utf-8"), headers=headers)
        except httpx.TimeoutException:
            return Retry(f"{self.url} did not answer in time; sent again later")
        except httpx.TransportError as exc:
            return Retry(f"cannot reach {self.url} ({type(exc).__name__}); sent again later")
        status = response.status_code
        kind = response.headers.get("content-type", "").split(";")[0] or "no content type"
        if 200 <= status < 300 and kind == "text/html":
            return Attention(
                f"{self.url} answered with a web page, not as a webhook receiver: check the URL"
            )
        if 200 <= status < 300:
            return Sent(self.url[:64])
        if status == 410:
            why = f"{self.url} answered 410 Gone: the endpoint was retired; connect a new one"
            disable_webhook(self.warehouse, why)
            return Retry(why, after_s=3600)
        if status in (408, 429) or status >= 500:
            return Retry(f"{self.url} answered HTTP {status} ({kind}); sent again later")
        return Attention(
            f"{self.url} refused the event: HTTP {status} ({kind}); check the endpoint, then retry"
        )
