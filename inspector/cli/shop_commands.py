"""`inspector shop`: connect the shop, pull and push (one pass each, for cron), run the
service, see its state, and retry or skip what the shop refused."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    shop = commands.add_parser("shop", help="the shop connection: Shopify or a signed webhook")
    actions = shop.add_subparsers(dest="shop_command", metavar="ACTION", parser_class=parser_class)
    actions.required = True

    connect = actions.add_parser("connect", help="connect the shop (admin)")
    kinds = connect.add_subparsers(dest="connector", metavar="KIND", parser_class=parser_class)
    kinds.required = True
    shopify = kinds.add_parser("shopify", help="Shopify's Admin API; checks the token")
    shopify.add_argument("--store", required=True, metavar="URL", help="https://name.myshopify.com")
    token = shopify.add_mutually_exclusive_group(required=True)
    token.add_argument("--token-env", metavar="VAR", help="environment variable with the token")
    token.add_argument("--token-file", metavar="NAME", help="NAME=token in the secrets file")
    shopify.add_argument("--location", metavar="NAME", help="where restocked units go")
    webhook = kinds.add_parser("webhook", help="POST signed events to a URL")
    webhook.add_argument("--url", required=True)
    secret = webhook.add_mutually_exclusive_group(required=True)
    secret.add_argument("--secret-env", metavar="VAR", help="environment variable with whsec_...")
    secret.add_argument("--secret-file", metavar="NAME", help="NAME=whsec_... in the secrets file")

    actions.add_parser("pull", help="pull returns from the shop once")
    actions.add_parser("push", help="deliver the outbox once")
    actions.add_parser("run", help="pull and push until stopped (SIGTERM or Ctrl-C)")
    status = actions.add_parser("status", help="connector, last pull, events waiting and sent")
    status.add_argument("--json", action="store_true")
    for name, words in (("retry", "send again"), ("skip", "do not send")):
        act = actions.add_parser(name, help=f"{words} an event that needs attention (supervisor)")
        act.add_argument("event", type=int, metavar="EVENT")
        act.add_argument("--reason", required=True, metavar="TEXT")
    mapping = actions.add_parser("map", help="map a shop product type to a category (supervisor)")
    mapping.add_argument("shop_type", metavar="TYPE")
    mapping.add_argument("category")
    refund = actions.add_parser("refund", help="whether the dock's refund goes to the shop (admin)")
    refund.add_argument("switch", choices=("on", "off"))


def shop(warehouse: Warehouse, args: argparse.Namespace) -> int:
    return _ACTIONS[args.shop_command](warehouse, args)


def _actor(warehouse: Warehouse, args: argparse.Namespace):  # noqa: ANN202 - Actor
    from inspector.cli.signing_in import signed_in

    return signed_in(warehouse, args)


def _station() -> str:
    from inspector.station.settings import load_settings

    return load_settings().station_name


def _connect(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.connecting import connect_shopify, connect_webhook
    from inspector.shop.secrets import source_of

    actor = _actor(warehouse, args)
    if args.connector == "shopify":
        source = source_of(args.token_env, args.token_file)
        done = connect_shopify(warehouse, actor, args.store, source, args.location)
        print(f"connected to {done.connection.shop_name} at {done.settings.store_url}")
        print("locations:")
        for location in done.connection.locations:
            mark = "*" if location.id == done.settings.location_id else " "
            print(f" {mark} {location.name}")
        if done.settings.location_id is None:
            print("no location chosen: connect again with --location NAME", file=sys.stderr)
        return 0
    source = source_of(args.secret_env, args.secret_file)
    done = connect_webhook(warehouse, actor, args.url, source)
    print(f"events go to {done.settings.webhook_url}, signed with the secret in {source}")
    return 0


def _pull(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.connecting import connector_for
    from inspector.shop.pulling import pull
    from inspector.shop.running import holder_name

    connector = connector_for(warehouse)
    try:
        report = pull(warehouse, connector, holder_name(_station()))
    finally:
        connector.close()
    print(report.summary())
    for name, problem in report.problems:
        print(f"return {name}: {problem}", file=sys.stderr)
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    if report.error:
        print(f"inspector: {report.error}", file=sys.stderr)
        return 1
    return 0


def _push(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.connecting import connector_for
    from inspector.shop.delivery import push
    from inspector.shop.running import holder_name

    connector = connector_for(warehouse)
    try:
        report = push(warehouse, connector, holder_name(_station()))
    finally:
        connector.close()
    print(report.summary())
    if report.error:
        print(f"inspector: {report.error}", file=sys.stderr)
        return 1
    return 0


def _run(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.running import run_shop

    stop = threading.Event()

    def stopping(signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, stopping)
    signal.signal(signal.SIGINT, stopping)
    print("shop service running; SIGTERM or Ctrl-C stops it", flush=True)

    def pushed(report: Any) -> None:
        if report.batches:
            print(f"push: {report.summary()}", flush=True)

    run_shop(
        warehouse,
        _station(),
        stop,
        on_pull=lambda r: print(f"pull: {r.summary()}", flush=True),
        on_push=pushed,
        on_problem=lambda text: print(f"inspector: {text}", file=sys.stderr, flush=True),
    )
    print("shop service stopped", flush=True)
    return 0


def _status(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.status import shop_status

    status = shop_status(warehouse)
    if args.json:
        print(json.dumps(status.as_json(), ensure_ascii=False, indent=2))
        return 0
    if status.connector is None:
        print("no shop connected")
    else:
        print(f"connector: {status.connector} at {status.address}")
        print(f"secret from: {status.secret_from}")
        if status.location:
            print(f"restocked units go to: {status.location}")
        if status.disabled:
            print(f"disabled: {status.disabled}")
    print(f"last pull: {status.last_pull_at or 'never'}; {status.last_pull or ''}".rstrip("; "))
    print(
        f"events: {status.waiting} waiting, {status.sent} sent, {status.attention} need "
        f"attention, {status.skipped} skipped"
    )
    for name, problem in status.pull_problems:
        print(f"  return {name} not pulled: {problem}")
    for shop_type, products in status.unmapped_types:
        print(
            f"  product type '{shop_type}' has no category ({products} products): "
            "inspector shop map TYPE CATEGORY"
        )
    return 0


def _retry_or_skip(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.outbox import retry_event, skip_event

    act = retry_event if args.shop_command == "retry" else skip_event
    act(warehouse, _actor(warehouse, args), args.event, args.reason)
    print(f"event {args.event} {'will be sent again' if act is retry_event else 'skipped'}")
    return 0


def _map(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.shop_settings import map_category

    changed = map_category(warehouse, _actor(warehouse, args), args.shop_type, args.category)
    print(f"'{args.shop_type}' grades as {args.category}; {changed} products changed")
    return 0


def _refund(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.shop.shop_settings import set_refund_from_dock

    set_refund_from_dock(warehouse, _actor(warehouse, args), args.switch == "on")
    print(f"refund from the dock: {args.switch}")
    return 0


_ACTIONS = {
    "connect": _connect,
    "pull": _pull,
    "push": _push,
    "run": _run,
    "status": _status,
    "retry": _retry_or_skip,
    "skip": _retry_or_skip,
    "map": _map,
    "refund": _refund,
}

__all__ = ["InspectorError", "add_parsers", "shop"]
