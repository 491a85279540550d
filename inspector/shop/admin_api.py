"""Shopify's Admin GraphQL API (2026-10) over httpx: the documents in inspector/resources/shopify/,
requests paced by the shop's own cost figures, and every failure said in words.

The bucket is never overdrawn on purpose: before a request the client waits until the
bucket, as the shop last reported it and restored since, holds the request's cost. THROTTLED
and 429 wait as the shop says; 5xx and dropped connections are retried for queries and
reported as ambiguous for mutations (the caller reads the shop's state before resending).
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from inspector.core.resources import shipped
from inspector.shop.connector import (
    ShopAmbiguous,
    ShopAuthRefused,
    ShopRejected,
    ShopUnreachable,
)

API_VERSION = "2026-10"
DOCUMENTS = shipped("shopify")


@cache
def document(name: str) -> str:
    """The GraphQL document inspector/resources/shopify/<name>.graphql."""
    return (DOCUMENTS / f"{name}.graphql").read_text(encoding="utf-8")


def document_names() -> list[str]:
    return sorted(p.stem for p in Path(DOCUMENTS).glob("*.graphql"))


@dataclass
class Bucket:
    """The shop's leaky bucket as last reported, restored since at its own rate."""

    maximum: float = 1000.0
    available: float = 1000.0
    restore_rate: float = 100.0
    at: float = 0.0
    reports: int = 0  # how many times the shop reported it

    def now_available(self, now: float) -> float:
        return min(self.maximum, self.available + (now - self.at) * self.restore_rate)

    def wait_for(self, cost: float, now: float) -> float:
        """Seconds until the bucket holds `cost` (never more than it can ever hold)."""
        need = min(cost, self.maximum) - self.now_available(now)
        return max(0.0, need / self.restore_rate) if self.restore_rate > 0 else 0.0

    def report(self, status: dict[str, Any], now: float) -> None:
        self.maximum = float(status.get("maximumAvailable") or self.maximum)
        self.available = float(status.get("currentlyAvailable") or 0.0)
        self.restore_rate = float(status.get("restoreRate") or self.restore_rate)
        self.at = now
        self.reports += 1

    def spend(self, cost: float, now: float) -> None:
        self.available = self.now_available(now) - cost
        self.at = now


@dataclass
class Spent:
    """What the client has asked of the shop (for the benchmark and `shop status`)."""

    requests: int = 0
    actual_cost: float = 0.0
    throttled: int = 0
    retried: int = 0
    waited_s: float = 0.0


class AdminApi:
    """One store's Admin API with one access token."""

    def __init__(
        self,
        store_url: str,
        token: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        give_up_after_s: float = 90.0,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.endpoint = f"{store_url.rstrip('/')}/admin/api/{API_VERSION}/graphql.json"
        self.store_url = store_url
        self._client = httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            headers={
                "X-Shopify-Access-Token": token,
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": "returns-inspector",
            },
            follow_redirects=False,
        )
        self.give_up_after_s = give_up_after_s
        self._sleep, self._monotonic = sleep, monotonic
        self._rng = rng or random.Random()
        self.bucket = Bucket(at=monotonic())
        self.spent = Spent()
        self._costs: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.spent.waited_s += seconds
            self._sleep(seconds)

    def _jitter(self, seconds: float) -> float:
        return seconds * (1.0 + 0.25 * self._rng.random())

    def call(self, name: str, variables: dict[str, Any], *, mutation: bool = False) -> dict:
        """Run document `name` with `variables`; return its data. Raises ShopProblem kinds."""
        text = document(name)
        started = self._monotonic()
        failures = 0
        while True:
            with self._lock:
                expected = self._costs.get(name, 50.0)
                pause = self.bucket.wait_for(expected, self._monotonic())
            self._wait(pause)
            with self._lock:
                self.bucket.spend(expected, self._monotonic())
                reported = self.bucket.reports
            try:
                outcome = self._send(name, text, variables, mutation)
            finally:
                with self._lock:
                    if self.bucket.reports == reported:
                        # No cost came back: the shop charged nothing for this attempt.
                        self.bucket.spend(-expected, self._monotonic())
            if isinstance(outcome, dict):
                return outcome
            failures += 1
            self.spent.retried += 1
            # The shop's own figure when it gave one, else a short backoff that grows.
            wait = outcome if outcome > 0 else self._jitter(min(0.25 * 2 ** (failures - 1), 8.0))
            if self._monotonic() - started + wait > self.give_up_after_s:
                raise ShopUnreachable(
                    f"the shop at {self.store_url} kept answering busy or failing for "
                    f"{self.give_up_after_s:.0f} s; the outbox waits and tries again later",
                    retry_after=wait,
                )
            self._wait(wait)

    def _send(
        self, name: str, text: str, variables: dict[str, Any], mutation: bool
    ) -> dict | float:
        """One request: its data, or how long the shop said to wait (0: it said nothing)."""
        try:
            response = self._client.post(
                self.endpoint, json={"query": text, "variables": variables}
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            # Nothing reached the shop: safe to try again, also for a change.
            raise ShopUnreachable(
                f"cannot reach the shop at {self.store_url} ({_why(exc)}); the dock goes on "
                "and the outbox waits"
            ) from None
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            if mutation:
                raise ShopAmbiguous(
                    f"the shop at {self.store_url} did not answer a change ({_why(exc)}); "
                    "what it holds is read before anything is sent again"
                ) from None
            return 0.0
        self.spent.requests += 1
        status = response.status_code
        retry_after = _retry_after(response)
        if status in (401, 403):
            raise ShopAuthRefused(
                f"the shop refused the access token (HTTP {status}): check the token and its "
                "scopes (read_orders, read_returns, write_returns), then connect again"
            )
        if status == 429:
            self.spent.throttled += 1
            return self._jitter(retry_after) if retry_after else 0.0
        if status >= 500:
            if mutation:
                raise ShopAmbiguous(
                    f"the shop answered HTTP {status} to a change; what it holds is read before "
                    "anything is sent again",
                    retry_after=retry_after,
                )
            return self._jitter(retry_after) if retry_after else 0.0
        if status >= 400:
            raise ShopRejected(
                f"{self.store_url} answered HTTP {status}: it is no Shopify Admin API "
                f"{API_VERSION} (check the store address)"
            )
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            raise ShopRejected(
                f"{self.store_url} answered {kind}, not the Shopify Admin API: check the store "
                "address"
            ) from None
        if not isinstance(body, dict):
            raise ShopRejected(f"{self.store_url} answered something that is not GraphQL")
        cost = (body.get("extensions") or {}).get("cost") or {}
        with self._lock:
            if cost.get("throttleStatus"):
                self.bucket.report(cost["throttleStatus"], self._monotonic())
            if cost.get("requestedQueryCost") is not None:
                self._costs[name] = float(cost["requestedQueryCost"])
            if cost.get("actualQueryCost") is not None:
                self.spent.actual_cost += float(cost["actualQueryCost"])
        errors = body.get("errors")
        if errors:
            if _throttled(errors):
                self.spent.throttled += 1
                requested = float(cost.get("requestedQueryCost") or 0.0)
                with self._lock:
                    wait = self.bucket.wait_for(requested, self._monotonic())
                return self._jitter(max(wait, 0.05))
            raise ShopRejected(
                f"Shopify refused the request: {_messages(errors)} (this app speaks the Admin "
                f"API {API_VERSION}; a store without it needs another version of the app)"
            )
        data = body.get("data")
        if not isinstance(data, dict):
            raise ShopRejected(f"{self.store_url} answered without data: not the Admin API")
        return data


def _why(exc: Exception) -> str:
    text = type(exc).__name__
    return {
        "ConnectError": "connection refused or no route",
        "ConnectTimeout": "no answer to connect",
        "ReadTimeout": "no answer in time",
        "RemoteProtocolError": "the connection dropped",
        "ReadError": "the connection dropped",
        "WriteError": "the connection dropped",
        "PoolTimeout": "too many requests open",
    }.get(text, text)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, min(float(value), 600.0))
    except ValueError:
        return None


def _throttled(errors: Any) -> bool:
    if not isinstance(errors, list):
        return False
    for error in errors:
        if not isinstance(error, dict):
            continue
        code = (error.get("extensions") or {}).get("code")
        if code == "THROTTLED" or error.get("message") == "Throttled":
            return True
    return False


def _messages(errors: Any) -> str:
    if isinstance(errors, str):
        return errors[:500]
    if isinstance(errors, list):
        texts = [str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors]
        return "; ".join(texts)[:500]
    return str(errors)[:500]
