"""`inspector policy ...`: check a policy file, judge a return written as JSON, replay past
RMAs under a new policy, and make one pass over the shop's requested returns."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector.core.errors import InspectorError


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    policy = commands.add_parser("policy", help="the return policy: check, test, replay, authorize")
    actions = policy.add_subparsers(
        dest="policy_command", metavar="ACTION", parser_class=parser_class
    )
    actions.required = True
    check = actions.add_parser(
        "check", help="check a policy file (default: the one in force); exit 1 with every error"
    )
    check.add_argument("file", type=Path, nargs="?")
    test = actions.add_parser("test", help="each line's verdict for a return written as JSON")
    test.add_argument("file", type=Path, metavar="RETURN.json")
    test.add_argument("--policy", type=Path, metavar="FILE", help="judge with this policy file")
    test.add_argument("--json", action="store_true", help="print the verdict as JSON")
    replay = actions.add_parser(
        "replay", help="the past RMAs whose verdict a policy file would change, and how"
    )
    replay.add_argument(
        "--since", required=True, metavar="DATE", help="RMAs created since (YYYY-MM-DD)"
    )
    replay.add_argument(
        "--policy", type=Path, metavar="FILE", help="the new policy (default: the one in force)"
    )
    replay.add_argument(
        "--against",
        type=Path,
        metavar="FILE",
        help="the policy to compare with (default: the one in force when --policy is given, "
        "else the shipped policy)",
    )
    replay.add_argument("--json", action="store_true", help="one JSON object per changed RMA")
    authorize = actions.add_parser(
        "authorize", help="judge the shop's requested returns once (for cron)"
    )
    authorize.add_argument(
        "--auto", action="store_true", help="approve and decline by the verdict (admin turns it on)"
    )


def needs_no_database(args: argparse.Namespace) -> bool:
    return args.policy_command in ("check", "test")


def run_offline(args: argparse.Namespace) -> int:
    if args.policy_command == "check":
        return check(args)
    return test(args)


def _policy(path: Path | None):  # noqa: ANN202 - Policy
    from inspector.policy.in_force import policy_in_force, read_policy
    from inspector.policy.policy_format import PolicyErrors

    if path is None:
        found = policy_in_force()
        if found.errors:
            print(
                f"inspector: {found.refused} is refused; {found.path} stays in force",
                file=sys.stderr,
            )
        return found.policy
    try:
        return read_policy(path)
    except PolicyErrors as exc:
        raise InspectorError(f"{exc} (check it with 'inspector policy check {path}')") from None


def check(args: argparse.Namespace) -> int:
    from inspector.policy.in_force import policy_in_force, read_policy
    from inspector.policy.policy_format import PolicyErrors

    if args.file is None:
        found = policy_in_force()
        if found.errors:
            for text in found.errors:
                print(text, file=sys.stderr)
            print(
                f"inspector: {len(found.errors)} error(s); {found.path} stays in force",
                file=sys.stderr,
            )
            return 1
        path = found.path
    else:
        path = args.file
    try:
        policy = read_policy(path)
    except PolicyErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"inspector: {len(exc.errors)} error(s) in {path}", file=sys.stderr)
        return 1
    print(
        f"{path}: policy '{policy.name}' version {policy.version}, {len(policy.rule_ids())} "
        f"rules, sha256 {policy.content_hash[:12]}: good"
    )
    return 0


def test(args: argparse.Namespace) -> int:
    import datetime as dt

    from inspector.policy.return_json import read_return
    from inspector.policy.verdict import judge

    policy = _policy(args.policy)
    facts = read_return(args.file)
    verdict = judge(policy, facts, dt.datetime.now())
    if args.json:
        print(
            json.dumps(
                {
                    "policy": {
                        "name": policy.name,
                        "version": policy.version,
                        "sha256": policy.content_hash,
                    },
                    "verdict": verdict.outcome,
                    "rule": verdict.rule,
                    "reason": verdict.reason["en"],
                    "decline_reason": verdict.decline_reason,
                    "lines": [line.as_json() for line in verdict.lines],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"{verdict.outcome}  ({verdict.rule}) {verdict.reason['en']}")
    for line in verdict.lines:
        extra = f"; decline as {line.decline_reason}" if line.decline_reason else ""
        said = line.reason["en"]
        print(f"  line {line.key} {line.sku}: {line.outcome} by '{line.rule}': {said}{extra}")
        for condition in line.confirm:
            print(f"    the dock confirms: {condition.text['en']}")
    return 0


def policy(warehouse, args: argparse.Namespace) -> int:  # noqa: ANN001 - Warehouse
    if args.policy_command == "replay":
        return replay(warehouse, args)
    return authorize(warehouse, args)


def replay(warehouse, args: argparse.Namespace) -> int:  # noqa: ANN001 - Warehouse
    import datetime as dt

    from inspector.core.resources import shipped_policy
    from inspector.policy.in_force import policy_in_force
    from inspector.policy.replay import replay as replay_since

    try:
        since = dt.date.fromisoformat(args.since)
    except ValueError:
        raise InspectorError(f"--since '{args.since}' is not a date like 2026-09-01") from None
    in_force = policy_in_force()
    new = _policy(args.policy) if args.policy else in_force.policy
    if args.against:
        old = _policy(args.against)
    elif args.policy:
        old = in_force.policy
    else:
        old = _policy(shipped_policy())
    report = replay_since(warehouse, old, new, since)
    changes = report.changes or []
    if args.json:
        for change in changes:
            print(
                json.dumps(
                    {
                        "what": change.what,
                        "number": change.number,
                        "sku": change.sku,
                        "before": change.before.as_json(),
                        "after": change.after.as_json(),
                    },
                    ensure_ascii=False,
                )
            )
    else:
        for change in changes:
            print(change.words())
    print(
        f"{report.rmas} RMAs and {report.requests} requests since {since} judged by "
        f"'{old.name}' {old.version} ({old.source}) and '{new.name}' {new.version} "
        f"({new.source}): {len(changes)} line verdicts change",
        file=sys.stderr,
    )
    return 0


def authorize(warehouse, args: argparse.Namespace) -> int:  # noqa: ANN001 - Warehouse
    from inspector.cli.signing_in import signed_in
    from inspector.shop.connecting import connector_for
    from inspector.shop.requests import authorize as authorize_pass
    from inspector.shop.running import holder_name
    from inspector.station.settings import load_settings

    actor = signed_in(warehouse, args) if args.auto else None
    connector = connector_for(warehouse)
    try:
        report = authorize_pass(
            warehouse,
            connector,
            holder_name(load_settings().station_name),
            auto=True if args.auto else None,
            actor=actor,
        )
    finally:
        connector.close()
    print(report.summary())
    for name in report.waiting:
        print(f"waiting for a person: {name}")
    if report.error:
        print(f"inspector: {report.error}", file=sys.stderr)
        return 1
    return 0
