"""`inspector receive --offline-ok` and `inspector journal`: the station's journal of scans
kept while the database is out, from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from inspector.core.station_journal import OUTAGES, StationJournal
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Actor
from inspector.receiving.offline_scans import (
    REFUSED,
    Kept,
    OfflineScan,
    keep_scan,
    replay,
    replayed_scans,
    waiting_count,
    waiting_scans,
)
from inspector.receiving.receipts import Receipt

EXIT_KEPT_OFFLINE = 6  # the scan is on this station, not yet in the database
EXIT_STILL_WAITING = 6  # a replay left scans waiting (the database went again)


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    journal = commands.add_parser(
        "journal", help="scans this station kept while the database could not be reached"
    )
    actions = journal.add_subparsers(
        dest="journal_command", metavar="ACTION", parser_class=parser_class
    )
    actions.required = True
    actions.add_parser("status", help="the scans waiting, and the outcomes of those replayed")
    actions.add_parser(
        "replay",
        help="write the waiting scans to the database, in order, each once; prints each "
        "outcome (exit 6 if some still wait)",
    )


def outcome_words(entry: OfflineScan) -> str:
    """What came of a replayed scan, in a line a dock worker can act on."""
    rma = entry.rma_found or ""
    words = {
        "received": f"received: {rma}",
        "already_received": f"already received: {rma}; nothing counted twice",
        "outside_window": f"received: {rma}, but outside the return window",
        "not_returnable": f"not returnable: {rma} is closed or cancelled; set it aside for a "
        "supervisor",
        "unknown": f"unknown parcel: put it in quarantine and write {entry.quarantine_id} on it",
        "choose": "several RMAs match: scan it again and choose",
        REFUSED: f"refused: {entry.detail}",
    }
    text = words.get(entry.outcome or "", entry.outcome or "waiting")
    if entry.detail and entry.outcome != REFUSED:
        text += f" ({entry.detail})"
    return text


def _line(entry: OfflineScan) -> str:
    return f"#{entry.seq} {entry.scanned_at:%Y-%m-%d %H:%M:%S} {entry.code}: {outcome_words(entry)}"


def receive_offline_ok(
    args: argparse.Namespace,
    url: str,
    open_warehouse: Callable[[str], Warehouse],
    signed_in: Callable[[Warehouse, argparse.Namespace], Actor],
    receive_json: Callable[[Receipt], int],
) -> int:
    """`inspector receive --offline-ok`: receive, or keep the scan on this station when the
    database cannot be reached (one line says so on stderr, exit 6)."""
    from inspector.receiving.offline_scans import receive_or_keep
    from inspector.station.settings import load_settings

    journal = StationJournal()
    try:
        warehouse = open_warehouse(url)
    except OUTAGES as exc:
        return _kept(journal, args, load_settings().station_name, str(exc))
    try:
        try:
            actor = signed_in(warehouse, args)
        except OUTAGES as exc:
            return _kept(journal, args, load_settings().station_name, str(exc))
        result, run = receive_or_keep(
            warehouse,
            journal,
            actor,
            args.code,
            station=load_settings().station_name,
            rma_number=args.rma,
        )
        for entry in run.replayed:
            print(f"inspector: replayed {_line(entry)}", file=sys.stderr)
        if isinstance(result, Kept):
            return _said_kept(result.entry, result.waiting, result.reason)
        return receive_json(result)
    finally:
        warehouse.close()


def _kept(journal: StationJournal, args: argparse.Namespace, station: str, reason: str) -> int:
    login = args.operator or os.environ.get("INSPECTOR_OPERATOR") or ""
    entry = keep_scan(journal, None, args.code, login=login, station=station, rma_number=args.rma)
    return _said_kept(entry, waiting_count(journal), reason)


def _said_kept(entry: OfflineScan, waiting: int, reason: str) -> int:
    print(
        json.dumps(
            {"outcome": "recorded_offline", "scanned": entry.code, "waiting": waiting},
            ensure_ascii=False,
        )
    )
    first_line = reason.splitlines()[0] if reason else "the database cannot be reached"
    print(
        f"inspector: recorded offline on this station ({waiting} waiting); {first_line}; "
        "run 'inspector journal replay' when the database is back",
        file=sys.stderr,
    )
    return EXIT_KEPT_OFFLINE


def journal_status(args: argparse.Namespace) -> int:
    """Needs no database: what waits on this station, and what came of the replayed."""
    journal = StationJournal()
    waiting = waiting_scans(journal)
    print(f"{len(waiting)} scan(s) waiting for the database in {journal.path}")
    for entry in waiting:
        who = entry.login + ("" if entry.operator_id is not None else " (PIN not checked)")
        print(f"  waiting #{entry.seq} {entry.scanned_at:%Y-%m-%d %H:%M:%S} {entry.code} by {who}")
    done = replayed_scans(journal, limit=50)
    if done:
        print("replayed (newest first):")
        for entry in done:
            print(f"  {_line(entry)}")
    return 0


def journal_replay(warehouse: Warehouse, actor: Actor) -> int:
    journal = StationJournal()

    def said(entry: OfflineScan) -> None:
        print(_line(entry), flush=True)

    run = replay(warehouse, journal, actor, on_each=said)
    counts: dict[str, int] = {}
    for entry in run.replayed:
        counts[entry.outcome or ""] = counts.get(entry.outcome or "", 0) + 1
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counts.items()))
    print(
        f"replayed {len(run.replayed)} scan(s){': ' + summary if summary else ''}; "
        f"{run.waiting} waiting"
    )
    if run.waiting:
        reason = (run.stopped or "").splitlines()[0] if run.stopped else ""
        print(
            f"inspector: {run.waiting} scan(s) still wait on this station: {reason}",
            file=sys.stderr,
        )
        return EXIT_STILL_WAITING
    return 0
