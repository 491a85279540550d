"""A loopback fake of Shopify's Admin GraphQL API 2026-10: a real HTTP server on 127.0.0.1
that validates and executes every request with graphql-core over Shopify's real schema
(tests/data/shopify, ISC), charges its calculated cost to a leaky bucket, and injects the
faults a real shop shows: THROTTLED, 500, 502 with Retry-After, an answer slower than the
client waits, 401, userErrors, and a change applied whose answer never comes."""

from __future__ import annotations

import contextlib
import gzip
import json
import random
import socket
import threading
import time
from collections import Counter
from functools import cache, lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from graphql import GraphQLSchema, build_client_schema, execute, parse, validate
from graphql.error import GraphQLSyntaxError
from graphql.language import FragmentDefinitionNode, OperationDefinitionNode

from tests.helpers import fake_shop_changes as changes
from tests.helpers.fake_shop_state import ShopState, connection
from tests.helpers.shop_cost import actual_cost, requested_cost

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "shopify" / "admin_2026-10.json.gz"
PATH = "/admin/api/2026-10/graphql.json"
FAULTS = ("throttled", "500", "502", "slow", "401", "user_error", "drop")
MAX_QUERY_COST = 1000


@cache
def admin_schema() -> GraphQLSchema:
    """Shopify's Admin API schema. graphql-core 3.3 refuses one of its interface fields on a
    newer rule (see the NOTICE beside it): the schema is taken as checked."""
    with gzip.open(SCHEMA_FILE, "rt", encoding="utf-8") as source:
        schema = build_client_schema(json.load(source)["data"])
    schema._validation_errors = []  # type: ignore[attr-defined]
    return schema


@lru_cache(maxsize=64)
def _checked(schema: GraphQLSchema, text: str) -> tuple[Any, list[Any]]:
    """A document parsed and validated once: the app sends the same few documents again and
    again, and validating against Shopify's whole schema is most of the fake's work."""
    document = parse(text)
    return document, validate(schema, document)


class LeakyBucket:
    def __init__(self, maximum: float, restore_rate: float) -> None:
        self.maximum, self.restore_rate = maximum, restore_rate
        self.available, self.at = maximum, time.monotonic()
        self.lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self.available = min(self.maximum, self.available + (now - self.at) * self.restore_rate)
        self.at = now

    def take(self, cost: float) -> bool:
        with self.lock:
            self._refill()
            if cost > self.available:
                return False
            self.available -= cost
            return True

    def refund(self, amount: float) -> None:
        with self.lock:
            self._refill()
            self.available = min(self.maximum, self.available + amount)

    def status(self) -> dict[str, float]:
        with self.lock:
            self._refill()
            return {
                "maximumAvailable": self.maximum,
                "currentlyAvailable": round(self.available, 1),
                "restoreRate": self.restore_rate,
            }


def _resolve(source: Any, info: Any, **args: Any) -> Any:
    value = source.get(info.field_name) if isinstance(source, dict) else None
    return value(info, **args) if callable(value) else value


def _type_of(value: Any, info: Any, abstract: Any) -> str | None:
    return value.get("__typename") if isinstance(value, dict) else None


class FakeShopify:
    """Start with `with FakeShopify() as shop:`; `shop.url` is the store's base URL."""

    def __init__(
        self,
        token: str = "shpat_fake_token_0001",
        *,
        maximum: float = 1000.0,
        restore_rate: float = 100.0,
        slow_s: float = 3.0,
        state: ShopState | None = None,
    ) -> None:
        self.token = token
        self.state = state or ShopState()
        self.bucket = LeakyBucket(maximum, restore_rate)
        self.slow_s = slow_s
        self.schema = admin_schema()
        self._forced: list[tuple[str, str | None]] = []
        self._storm: tuple[float, tuple[str, ...], random.Random] | None = None
        self._lock = threading.Lock()
        self.faults: Counter[str] = Counter()
        self.operations: Counter[str] = Counter()
        self.actual_cost = 0.0
        self.throttled = 0
        self.bugs: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeShopify:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- faults ----------------------------------------------------------------------------

    def inject(self, kind: str, times: int = 1, on: str | None = None) -> None:
        """The next `times` requests (of operation `on`, or 'mutation', or any) get `kind`."""
        assert kind in FAULTS, kind
        with self._lock:
            self._forced += [(kind, on)] * times

    def storm(self, rate: float, kinds: tuple[str, ...] = FAULTS, seed: int = 7) -> None:
        """From now on a share `rate` of requests gets one of `kinds`, chosen at random."""
        self._storm = (rate, kinds, random.Random(seed)) if rate > 0 else None

    def _fault_for(self, operation: str, is_mutation: bool) -> str | None:
        with self._lock:
            for index, (kind, on) in enumerate(self._forced):
                if on in (None, operation) or (on == "mutation" and is_mutation):
                    del self._forced[index]
                    return kind
            if self._storm is not None:
                rate, kinds, rng = self._storm
                if rng.random() < rate:
                    return rng.choice(kinds)
        return None

    # -- executing -------------------------------------------------------------------------

    def _roots(self, refuse: bool) -> tuple[dict[str, Any], dict[str, Any]]:
        state = self.state

        def refused_or(field: str, apply: Any) -> Any:
            return changes.refuse_everything([field]) if refuse else apply()

        query = {
            "shop": {"name": "Fake Outfitters", "myshopifyDomain": "fake-outfitters.myshopify.com"},
            "locations": lambda info, **a: connection(
                [{"id": i, "name": n, "isActive": True} for i, n in state.locations.items()], a
            ),
            "orders": lambda info, **a: state.orders_page(a),
            "nodes": lambda info, ids: [state.node(i) for i in ids],
            "return": lambda info, id: state.node(id) if id in state.returns else None,
        }
        mutation = {
            "reverseFulfillmentOrderDispose": lambda info, dispositionInputs: refused_or(
                "dispositionInputs", lambda: changes.dispose(state, dispositionInputs)
            ),
            "returnProcess": lambda info, input: refused_or(
                "input", lambda: changes.process(state, input)
            ),
            "returnClose": lambda info, id: refused_or("id", lambda: changes.close(state, id)),
            "returnApproveRequest": lambda info, input: refused_or(
                "input", lambda: changes.approve_request(state, input)
            ),
            "returnDeclineRequest": lambda info, input: refused_or(
                "input", lambda: changes.decline_request(state, input)
            ),
        }
        return query, mutation

    def answer(self, body: dict[str, Any]) -> tuple[int, dict[str, str], bytes | None, str | None]:
        """(status, headers, body or None to drop the connection, fault) for one request."""
        try:
            document, errors = _checked(self.schema, body.get("query") or "")
        except GraphQLSyntaxError as exc:
            return self._json(200, {"errors": [{"message": exc.message}]})
        if errors:
            return self._json(200, {"errors": [{"message": e.message} for e in errors]})
        operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
        fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        name = operation.name.value if operation.name else "anonymous"
        is_mutation = operation.operation.value == "mutation"
        variables = body.get("variables") or {}
        fault = self._fault_for(name, is_mutation)
        if fault:
            self.faults[fault] += 1
        if fault == "500":
            return 500, {"Content-Type": "text/plain"}, b"Internal Server Error", fault
        if fault == "502":
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return 502, {"Content-Type": "text/html", "Retry-After": "1"}, page, fault
        if fault == "401":
            return self._unauthorized() + (fault,)
        requested = requested_cost(self.schema, operation, fragments, variables)
        if requested > MAX_QUERY_COST:
            message = (
                f"Query cost is {requested}, which exceeds the single query max cost limit (1000)."
            )
            return self._json(
                200, {"errors": [{"message": message, "extensions": {"code": "MAX_COST_EXCEEDED"}}]}
            )
        if fault == "throttled" or not self.bucket.take(requested):
            self.throttled += 1
            cost = {
                "requestedQueryCost": requested,
                "actualQueryCost": None,
                "throttleStatus": self.bucket.status(),
            }
            return self._json(
                200,
                {
                    "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
                    "extensions": {"cost": cost},
                },
            )[:3] + (fault,)
        query_root, mutation_root = self._roots(refuse=fault == "user_error")
        result = execute(
            self.schema,
            document,
            root_value=mutation_root if is_mutation else query_root,
            variable_values=variables,
            field_resolver=_resolve,
            type_resolver=_type_of,
        )
        self.operations[name] += 1
        if result.errors:
            return self._json(200, {"errors": [{"message": e.message} for e in result.errors]})[
                :3
            ] + (fault,)
        actual = actual_cost(self.schema, operation, fragments, result.data)
        self.bucket.refund(max(0, requested - actual))
        with self._lock:
            self.actual_cost += actual
        cost = {
            "requestedQueryCost": requested,
            "actualQueryCost": actual,
            "throttleStatus": self.bucket.status(),
        }
        status, headers, payload = self._json(
            200, {"data": result.data, "extensions": {"cost": cost}}
        )[:3]
        if fault == "drop":
            return status, headers, None, fault
        if fault == "slow":
            time.sleep(self.slow_s)
        return status, headers, payload, fault

    def _json(self, status: int, body: Any) -> tuple[int, dict[str, str], bytes, None]:
        return status, {"Content-Type": "application/json"}, json.dumps(body).encode(), None

    def _unauthorized(self) -> tuple[int, dict[str, str], bytes]:
        body = {
            "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"
        }
        return 401, {"Content-Type": "application/json"}, json.dumps(body).encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path != PATH:
                    return self._send(404, {"Content-Type": "text/html"}, b"<html>Not Found</html>")
                if self.headers.get("X-Shopify-Access-Token") != fake.token:
                    return self._send(*fake._unauthorized())
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError:
                    return self._send(
                        400, {"Content-Type": "application/json"}, b'{"errors":"bad JSON"}'
                    )
                try:
                    status, headers, payload, _fault = fake.answer(body)
                except Exception as exc:  # noqa: BLE001 - a bug in the fake shows in the test
                    fake.bugs.append(repr(exc))
                    return self._send(500, {"Content-Type": "text/plain"}, repr(exc).encode())
                if payload is None:  # applied; the answer never comes
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return None
                return self._send(status, headers, payload)

            def _send(self, status: int, headers: dict[str, str], payload: bytes) -> None:
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    self.close_connection = True  # the client gave up waiting

        return Handler
