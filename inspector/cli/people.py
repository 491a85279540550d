"""`inspector operators ...` and `inspector audit ...`: people and what they did."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from inspector.cli.signing_in import new_pin, signed_in
from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.audit import history, parse_entity, verify
from inspector.people.operators import (
    add_operator,
    create_first_admin,
    disable_operator,
    list_operators,
    operator_count,
    set_badge,
    set_pin,
)

EXIT_CHAIN_BROKEN = 4


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    operators = commands.add_parser("operators", help="the people who work the dock (admin)")
    actions = operators.add_subparsers(
        dest="operators_command", metavar="ACTION", parser_class=parser_class
    )
    actions.required = True
    add = actions.add_parser(
        "add", help="add an operator (on a fresh database: the first admin, no sign-in needed)"
    )
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the name people know them by")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="dock, grader, supervisor or admin; repeat for several",
    )
    add.add_argument("--badge", help="the code on their badge")
    add.add_argument("--no-pin", action="store_true", help="badge only, no PIN")
    actions.add_parser("list", help="list the operators")
    for name, words in (
        ("disable", "stop an operator from signing in"),
        ("set-pin", "give an operator a new PIN (and unlock them)"),
    ):
        sub = actions.add_parser(name, help=words)
        sub.add_argument("login")
    badge = actions.add_parser("set-badge", help="register an operator's badge")
    badge.add_argument("login")
    badge.add_argument("badge")

    audit = commands.add_parser("audit", help="the tamper-evident audit trail")
    audit_actions = audit.add_subparsers(
        dest="audit_command", metavar="ACTION", parser_class=parser_class
    )
    audit_actions.required = True
    audit_actions.add_parser("verify", help="check the hash chain; exit 4 when it is broken")
    show = audit_actions.add_parser("show", help="print the history of an RMA, parcel or unit")
    show.add_argument(
        "--entity",
        metavar="KIND:ID",
        help="rma:RMA00000001X, unit:U..., parcel:TRACKING, operator:LOGIN",
    )
    show.add_argument("--since", metavar="DATE", help="only events from this date or time on")
    show.add_argument("--limit", type=int, default=200)


def operators(warehouse: Warehouse, args: argparse.Namespace) -> int:
    command = args.operators_command
    if command == "add" and operator_count(warehouse) == 0:
        if set(args.role) != {"admin"}:
            raise InspectorError(
                "the first operator of a fresh database must be an admin: --role admin"
            )
        view = create_first_admin(warehouse, args.login, args.name, new_pin())
        print(f"first admin {view.login} ({view.display_name}) created")
        return 0
    actor = signed_in(warehouse, args)
    if command == "add":
        pin = None if args.no_pin else new_pin()
        view = add_operator(
            warehouse, actor, args.login, args.name, set(args.role), pin, args.badge
        )
        print(f"operator {view.login} ({view.display_name}) added: {', '.join(view.roles)}")
    elif command == "list":
        for view in list_operators(warehouse, actor):
            state = "active" if view.active else "disabled"
            if view.locked_until and view.locked_until > dt.datetime.now():
                state = f"locked until {view.locked_until:%H:%M}"
            signs = "+".join(
                w for w, has in (("pin", view.has_pin), ("badge", view.has_badge)) if has
            )
            print(f"{view.login}\t{view.display_name}\t{','.join(view.roles)}\t{signs}\t{state}")
    elif command == "disable":
        view = disable_operator(warehouse, actor, args.login)
        print(f"operator {view.login} disabled")
    elif command == "set-pin":
        view = set_pin(warehouse, actor, args.login, new_pin())
        print(f"new PIN set for {view.login}")
    elif command == "set-badge":
        view = set_badge(warehouse, actor, args.login, args.badge)
        print(f"badge registered for {view.login}")
    return 0


def _since(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise InspectorError(f"--since '{text}' is not a date like 2026-11-26") from None


def audit(warehouse: Warehouse, args: argparse.Namespace) -> int:
    if args.audit_command == "verify":
        check = verify(warehouse)
        if not check.intact:
            print(f"inspector: audit trail broken: {check.problem}", file=sys.stderr)
            return EXIT_CHAIN_BROKEN
        print(f"audit trail intact: {check.checked} events checked")
        return 0
    kind, ident = parse_entity(args.entity) if args.entity else (None, None)
    for entry in history(warehouse, kind, ident, _since(args.since), args.limit):
        change = ""
        if entry.before or entry.after:
            change = f"  {entry.before or {}} -> {entry.after or {}}"
        print(
            f"{entry.at:%Y-%m-%d %H:%M:%S}  #{entry.seq}  {entry.who or '-'} at "
            f"{entry.station or '-'}  {entry.action} {entry.entity_type} {entry.entity_id}"
            f"{change}"
        )
    return 0
