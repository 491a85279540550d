"""The `inspector` command line: thin entry points over the services, for people and cron."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from inspector import __version__
from inspector.cli import (
    grading_commands,
    journal_commands,
    people,
    policy_commands,
    printing_commands,
    shop_commands,
    supervisor_commands,
)
from inspector.cli.signing_in import signed_in
from inspector.core.errors import DatabaseProblem, InspectorError

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_CHOOSE = 5
EXIT_BUG = 70


class _Parser(argparse.ArgumentParser):
    """argparse that says a usage mistake in one line instead of a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="inspector", description="Returns Inspector: the receiving dock.")
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (sqlite:///PATH or postgresql://...); default: INSPECTOR_DB or the "
        "embedded SQLite file in the user data folder",
    )
    parser.add_argument(
        "--operator",
        metavar="LOGIN",
        help="who runs a guarded command (default INSPECTOR_OPERATOR); the PIN is asked for, "
        "or taken from INSPECTOR_PIN",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    demo = commands.add_parser("demo", help="fill an empty database with the demo warehouse")
    demo.add_argument("--rmas", type=int, default=3000, help="how many RMAs (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--days",
        type=int,
        default=120,
        help="days of sales the history covers (default 120; fewer days, busier days)",
    )
    demo.add_argument("--as-of", metavar="DATETIME", help="the demo's 'now' (default: now)")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing when the database holds RMAs"
    )

    imp = commands.add_parser("import", help="import RMAs from a CSV, XLSX or JSON file")
    imp.add_argument("file", type=Path)

    db = commands.add_parser("db", help="database upkeep")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    db_commands.add_parser("upgrade", help="bring the schema to this version")
    backup = db_commands.add_parser("backup", help="copy the SQLite database while in use")
    backup.add_argument("file", type=Path)
    db_commands.add_parser(
        "check",
        help="find RMAs left unfinished (every piece accounted for, not COMPLETE) and complete "
        "them, audited (admin)",
    )

    lookup = commands.add_parser(
        "lookup", help="print the RMA an RMA, tracking or order number names"
    )
    lookup.add_argument("code")
    receive = commands.add_parser(
        "receive",
        help="receive the parcel a label names (dock); prints the outcome as JSON; a scan "
        "that cannot be a label (a misread RMA number, say) is refused, exit 1",
    )
    receive.add_argument("code", help="what the label's barcode says")
    receive.add_argument("--rma", metavar="NUMBER", help="the RMA, when several match")
    receive.add_argument(
        "--offline-ok",
        action="store_true",
        help="when the database cannot be reached, keep the scan on this station (exit 6) "
        "and write it when the database is back ('inspector journal replay')",
    )
    decode = commands.add_parser("decode", help="read the barcodes in image files")
    decode.add_argument("images", nargs="+", type=Path)
    decode.add_argument("--json", action="store_true", help="one JSON object per image")
    people.add_parsers(commands, _Parser)
    grading_commands.add_parsers(commands, _Parser)
    printing_commands.add_parsers(commands, _Parser)
    supervisor_commands.add_parsers(commands, _Parser)
    shop_commands.add_parsers(commands, _Parser)
    journal_commands.add_parsers(commands, _Parser)
    policy_commands.add_parsers(commands, _Parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from inspector.core.logs import setup_logging

    args = build_parser().parse_args(argv)
    log_file = setup_logging()
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("inspector: stopped", file=sys.stderr)
        return 130
    except (InspectorError, DatabaseProblem) as exc:
        from inspector.rmas.rma_import import ImportRejected

        if isinstance(exc, ImportRejected):
            for problem in exc.problems:
                print(f"{exc.path}: {problem.where}: {problem.message}", file=sys.stderr)
        print(f"inspector: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        log.exception("unexpected error in inspector %s", " ".join(sys.argv[1:]))
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"inspector: unexpected error{where}", file=sys.stderr)
        return EXIT_BUG


def _database_url(args: argparse.Namespace) -> str:
    from inspector.core.paths import default_database_url

    return args.db or default_database_url()


def _decode(args: argparse.Namespace) -> int:
    """Decode image files; needs no database. Exit 1 if any file could not be read."""
    from inspector.receiving.decoding import decode_file

    failed = False
    for path in args.images:
        try:
            symbols = decode_file(str(path))
        except OSError as exc:
            print(f"inspector: {exc}", file=sys.stderr)
            failed = True
            continue
        if args.json:
            print(
                json.dumps(
                    {"path": str(path), "symbols": [s.as_json() for s in symbols]},
                    ensure_ascii=False,
                )
            )
        else:
            texts = "; ".join(f"{s.format}: {s.text!r}" for s in symbols) or "no barcode"
            print(f"{path}: {texts}")
    return EXIT_ERROR if failed else 0


def _run(args: argparse.Namespace) -> int:
    from inspector.core.warehouse import open_warehouse, upgrade_schema

    if args.command == "decode":
        return _decode(args)
    if args.command == "checklists":
        return grading_commands.checklists_check(args)
    if args.command == "rules" and args.rules_command == "test":
        return grading_commands.rules_test(args)
    if args.command == "printer":
        return printing_commands.printer_test(args)
    if args.command == "policy" and policy_commands.needs_no_database(args):
        return policy_commands.run_offline(args)

    if args.command == "journal" and args.journal_command == "status":
        return journal_commands.journal_status(args)

    url = _database_url(args)
    if args.command == "receive" and args.offline_ok:
        return journal_commands.receive_offline_ok(
            args, url, open_warehouse, signed_in, _receipt_printed
        )
    if args.command == "db" and args.db_command == "upgrade":
        warehouse = open_warehouse(url, migrate=False)
        try:
            before, after = upgrade_schema(warehouse)
        finally:
            warehouse.close()
        print(f"schema {'is already at' if before == after else 'upgraded to'} {after}")
        return 0
    warehouse = open_warehouse(url)
    try:
        return _COMMANDS[args.command](warehouse, args)
    finally:
        warehouse.close()


def _demo(warehouse, args: argparse.Namespace) -> int:
    import datetime as dt

    from inspector.core.warehouse import rma_count
    from inspector.demo.build import build_demo
    from inspector.demo.words import OPERATORS as DEMO_OPERATORS

    if args.if_empty and rma_count(warehouse):
        print(f"the database already holds RMAs; demo left it as it is ({warehouse.describe()})")
        return 0
    now = None
    if args.as_of:
        try:
            now = dt.datetime.fromisoformat(args.as_of)
        except ValueError:
            raise InspectorError(f"--as-of '{args.as_of}' is not a date like 2026-11-26") from None

    def progress(stage: str, done: int) -> None:
        if args.rmas >= 50_000 and stage == "rmas" and done:
            print(f"  {done:,} of {args.rmas:,} RMAs", file=sys.stderr)

    summary = build_demo(
        warehouse, args.rmas, seed=args.seed, now=now, progress=progress, span_days=args.days
    )
    print(
        f"demo warehouse in {warehouse.describe()}: {summary.products} products, "
        f"{summary.customers} customers, {summary.orders} orders, {summary.rmas} RMAs, "
        f"{summary.parcels} parcels received ({summary.unknown_parcels} unknown), "
        f"{summary.units} units graded"
    )
    print("operators (login, roles, PIN, badge):")
    for login, _name, roles, pin, badge in DEMO_OPERATORS:
        print(f"  {login:<6} {'+'.join(roles):<18} PIN {pin}  badge {badge}")
    return 0


def _import(warehouse, args: argparse.Namespace) -> int:
    from inspector.rmas.rma_import import import_file

    report = import_file(warehouse, args.file, signed_in(warehouse, args))
    print(f"imported {args.file}: {report.summary()}")
    return 0


def _backup(warehouse, args: argparse.Namespace) -> int:
    from inspector.people.backup import backup

    size = backup(warehouse, args.file, signed_in(warehouse, args))
    print(f"backed up {warehouse.describe()} to {args.file} ({size:,} bytes)")
    return 0


def _db(warehouse, args: argparse.Namespace) -> int:
    if args.db_command == "check":
        from inspector.grading.completing import check_rmas

        print(check_rmas(warehouse, signed_in(warehouse, args)).in_words())
        return 0
    return _backup(warehouse, args)


def _lookup(warehouse, args: argparse.Namespace) -> int:
    from inspector.receiving.lookup import lookup

    view = lookup(warehouse, args.code)
    if view is None:
        print(f"inspector: no RMA matches '{args.code}'", file=sys.stderr)
        return EXIT_NOT_FOUND
    print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
    return 0


def _receive(warehouse, args: argparse.Namespace) -> int:
    from inspector.receiving.receipts import receive

    receipt = receive(warehouse, signed_in(warehouse, args), args.code, rma_number=args.rma)
    return _receipt_printed(receipt)


def _receipt_printed(receipt) -> int:
    """A receipt as JSON on stdout; the exit code says what to do with the parcel."""
    from inspector.receiving.receipts import Outcome

    print(
        json.dumps(
            {
                "outcome": receipt.outcome.value,
                "scanned": receipt.scanned,
                "rma_number": receipt.rma.rma_number if receipt.rma else None,
                "tracking_number": receipt.tracking_number,
                "quarantine_id": receipt.quarantine_id,
                "choices": [hit.rma_number for hit in receipt.choices],
                "policy": receipt.rma.policy.as_json()
                if receipt.rma and receipt.rma.policy
                else None,
            },
            ensure_ascii=False,
        )
    )
    codes = {
        Outcome.UNKNOWN: EXIT_NOT_FOUND,
        Outcome.NOT_RETURNABLE: EXIT_ERROR,
        Outcome.CHOOSE: EXIT_CHOOSE,
    }
    return codes.get(receipt.outcome, 0)


def _journal(warehouse, args: argparse.Namespace) -> int:
    return journal_commands.journal_replay(warehouse, signed_in(warehouse, args))


_COMMANDS = {
    "demo": _demo,
    "import": _import,
    "db": _db,
    "lookup": _lookup,
    "receive": _receive,
    "operators": people.operators,
    "audit": people.audit,
    "rules": grading_commands.rules_replay,
    "bins": grading_commands.bins,
    "put-away": grading_commands.put_away,
    "print-tag": printing_commands.print_tag,
    "print-queue": printing_commands.print_queue_command,
    "export": supervisor_commands.export,
    "report": supervisor_commands.report,
    "costs": supervisor_commands.costs,
    "shop": shop_commands.shop,
    "journal": _journal,
    "policy": policy_commands.policy,
}
