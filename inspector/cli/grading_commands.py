"""`inspector checklists ...`, `inspector rules ...`, `inspector bins ...` and
`inspector put-away`: the grading rules and the bins, from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from db.vocabulary import CATEGORIES
from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse

# Facts a `rules test` file may leave out, and what they are taken to be.
DEFAULT_FACTS: dict[str, Any] = {
    "reason": "UNWANTED",
    "channel": "web",
    "days_since_delivery": 5,
    "inside_window": True,
    "arrived_in_time": True,
    "price": 50.0,
    "item_matched": True,
    "on_rma": True,
}


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    checklists = commands.add_parser("checklists", help="the grading checklists")
    c_actions = checklists.add_subparsers(
        dest="checklists_command", metavar="ACTION", parser_class=parser_class
    )
    c_actions.required = True
    check = c_actions.add_parser(
        "check", help="check every shipped and site checklist (or the files given)"
    )
    check.add_argument("files", nargs="*", type=Path)

    rules = commands.add_parser("rules", help="try the disposition rules")
    r_actions = rules.add_subparsers(
        dest="rules_command", metavar="ACTION", parser_class=parser_class
    )
    r_actions.required = True
    test = r_actions.add_parser(
        "test", help="print the decision the rules give for a set of answers"
    )
    test.add_argument("category", help=f"{', '.join(CATEGORIES)} or a checklist's name")
    test.add_argument(
        "answers",
        type=Path,
        help='a JSON file: {"answers": {...}, "facts": {...}, "product": "name"} or the answers',
    )
    test.add_argument("--json", action="store_true", help="print the decision as JSON")
    replay = r_actions.add_parser(
        "replay", help="list past units whose decision would change under the current rules"
    )
    replay.add_argument("--since", required=True, metavar="DATE", help="e.g. 2026-11-01")
    replay.add_argument("--json", action="store_true", help="one JSON object per unit")

    bins = commands.add_parser("bins", help="the bin map")
    b_actions = bins.add_subparsers(
        dest="bins_command", metavar="ACTION", parser_class=parser_class
    )
    b_actions.required = True
    b_actions.add_parser("show", help="list the bins in use")
    load = b_actions.add_parser("load", help="use a new bin map from a YAML file (supervisor)")
    load.add_argument("file", type=Path)

    put = commands.add_parser("put-away", help="confirm a unit is in its bin (grader)")
    put.add_argument("unit", help="the unit id on its tag")
    put.add_argument("bin", help="the bin label's code")


def checklists_check(args: argparse.Namespace) -> int:
    """No database needed: exit 1 and one line per error when any checklist is wrong."""
    from inspector.grading.checklists_in_use import check_files, check_set, checklist_files

    paths = args.files or checklist_files()
    good, errors = check_files(paths)
    if not args.files:
        errors += check_set(good)
    for error in errors:
        print(f"inspector: {error}", file=sys.stderr)
    for checklist in good:
        print(
            f"{checklist.source}: checklist '{checklist.name}' {checklist.version}: "
            f"{len(checklist.questions)} questions, {len(checklist.rules)} rules, "
            f"{len(checklist.flag_rules)} flag rules"
        )
    return 1 if errors else 0


def rules_test(args: argparse.Namespace) -> int:
    from inspector.grading import answers as walk
    from inspector.grading.checklists_in_use import load_checklists
    from inspector.grading.rules import decide

    checklists = load_checklists()
    if args.category in checklists.by_name:
        checklist = checklists.by_name[args.category]
    elif args.category in CATEGORIES:
        checklist = checklists.for_category(args.category)
    else:
        raise InspectorError(
            f"'{args.category}' is neither a category ({', '.join(CATEGORIES)}) nor a checklist"
        )
    try:
        data = json.loads(args.answers.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InspectorError(f"cannot read {args.answers}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InspectorError(f"{args.answers} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InspectorError(f"{args.answers} must hold a JSON object")
    given = data.get("answers", data) if "answers" in data else data
    facts = {
        **DEFAULT_FACTS,
        "category": checklist.categories[0] if checklist.categories else "other",
    }
    facts.update(data.get("facts", {}) if "answers" in data else {})
    product = str(data.get("product", "")) if "answers" in data else ""
    unknown = [k for k in facts if k not in DEFAULT_FACTS and k != "category"]
    if unknown:
        raise InspectorError(f"unknown fact '{unknown[0]}' in {args.answers}")
    questions = {q.id: q for q in checklist.questions}
    answers: dict[str, Any] = {}
    for key, value in given.items():
        if key not in questions:
            raise InspectorError(f"checklist '{checklist.name}' has no question '{key}'")
        answers[key] = walk.checked_answer(checklist, questions[key], value, product)
    asked = walk.asked(checklist, answers, facts, product)
    missing = [q.id for q in asked if q.id not in answers]
    if missing:
        raise InspectorError(f"these questions are asked but not answered: {', '.join(missing)}")
    ignored = sorted(set(answers) - {q.id for q in asked})
    decision = decide(checklist, answers, facts, product)
    if args.json:
        out = decision.as_json()
        out["checklist"] = {"name": checklist.name, "version": checklist.version}
        out["ignored_answers"] = ignored
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    fee = f" less a {decision.fee_percent}% fee" if decision.fee_percent else ""
    print(f"checklist {checklist.name} {checklist.version} ({checklist.source})")
    print(f"grade {decision.grade}, {decision.disposition}, refund {decision.refund}{fee}")
    print(f"rule {decision.rule} ({decision.rule_in_words('en')}): {decision.because['en']}")
    for flag, rule, why in decision.flag_reasons:
        print(f"flag {flag} ({rule}): {why['en']}")
    if ignored:
        print(f"not asked with these answers, so ignored: {', '.join(ignored)}")
    return 0


def rules_replay(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.grading.replay import ReplaySummary, replay

    try:
        since = dt.date.fromisoformat(args.since)
    except ValueError:
        raise InspectorError(f"--since '{args.since}' is not a date like 2026-11-01") from None
    summary = ReplaySummary()
    for item in replay(warehouse, since, summary):
        if args.json:
            print(
                json.dumps(
                    {
                        "unit_id": item.unit_code,
                        "decided_at": item.decided_at.isoformat(timespec="seconds"),
                        "checklist": item.checklist,
                        "before": item.before,
                        "after": item.after,
                        "unanswered": list(item.unanswered),
                    },
                    ensure_ascii=False,
                )
            )
        elif item.after is None:
            print(
                f"{item.unit_code} {item.decided_at:%Y-%m-%d %H:%M}: the {item.checklist} "
                f"checklist now also asks {', '.join(item.unanswered)}; decided "
                f"{item.before['disposition']} by {item.before['rule']}"
            )
        else:
            b, a = item.before, item.after
            print(
                f"{item.unit_code} {item.decided_at:%Y-%m-%d %H:%M}: "
                f"{b['grade']} {b['disposition']} refund {b['refund']} ({b['rule']}) -> "
                f"{a['grade']} {a['disposition']} refund {a['refund']} ({a['rule']})"
            )
    print(
        f"{summary.changed} of {summary.looked_at} units decided since {since} would change"
        + (
            f" ({summary.without_answers} have no recorded answers and were not replayed)"
            if summary.without_answers
            else ""
        ),
        file=sys.stderr,
    )
    return 0


def bins(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from db import models as m
    from inspector.cli.signing_in import signed_in
    from inspector.grading.bins import ensure_bins, load_bin_map

    if args.bins_command == "load":
        change = load_bin_map(warehouse, signed_in(warehouse, args), args.file)
        print(
            f"bin map from {args.file}: {change.added} bins added, {change.changed} changed, "
            f"{change.retired} retired"
        )
        return 0
    with warehouse.sessions.begin() as session:
        ensure_bins(session)
        for b in session.scalars(select(m.Bin).where(m.Bin.active).order_by(m.Bin.code)):
            print(f"{b.code}\t{b.disposition}\t{b.category or ''}")
    return 0


def put_away(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.cli.signing_in import signed_in
    from inspector.grading.bins import put_away as put
    from inspector.grading.unit_codes import parse_unit_code

    unit = parse_unit_code(args.unit)
    if unit is None:
        raise InspectorError(f"'{args.unit}' is not a unit id (U, nine digits, check character)")
    code = put(warehouse, signed_in(warehouse, args), unit, args.bin)
    print(f"{unit} is in bin {code}")
    return 0
