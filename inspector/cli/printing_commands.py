"""`inspector printer test`, `inspector print-tag` and `inspector print-queue`: bin tags
from the command line."""

from __future__ import annotations

import argparse
import sys
import time

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.tags.bin_tags import DEFAULT_PROFILE, PROFILES


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    printer = commands.add_parser("printer", help="the bench's thermal printer")
    actions = printer.add_subparsers(
        dest="printer_command", metavar="ACTION", parser_class=parser_class
    )
    actions.required = True
    test = actions.add_parser(
        "test", help="print a sample tag; prints the sample unit id it encoded"
    )
    test.add_argument("uri", help="tcp://HOST:9100, usb://VID:PID, serial:///dev/X?baudrate=N, ...")
    test.add_argument("--profile", default=DEFAULT_PROFILE, choices=sorted(PROFILES))

    tag = commands.add_parser("print-tag", help="queue (and with --wait print) a unit's bin tag")
    tag.add_argument("unit", help="the unit id")
    tag.add_argument("--printer", metavar="URI", help="default: this station's printer")
    tag.add_argument("--profile", choices=sorted(PROFILES), help="default: the station's")
    tag.add_argument("--wait", action="store_true", help="print it now and say how it went")

    queue = commands.add_parser("print-queue", help="the tags waiting, sent or failed")
    queue.add_argument("--printer", metavar="URI", help="only this printer")
    queue.add_argument("--cancel", type=int, metavar="JOB", help="cancel a job not yet sent")


def printer_test(args: argparse.Namespace) -> int:
    """No database needed: exit 1 with the reason when the printer is not ready."""
    from inspector.grading.unit_codes import sample_unit_code
    from inspector.tags.print_queue import print_sample

    print(print_sample(args.uri, sample_unit_code(), args.profile))
    return 0


def print_tag(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.cli.signing_in import signed_in
    from inspector.grading.unit_codes import parse_unit_code
    from inspector.station.settings import load_settings
    from inspector.tags import print_queue
    from inspector.tags.print_worker import PrintWorker

    unit = parse_unit_code(args.unit)
    if unit is None:
        raise InspectorError(f"'{args.unit}' is not a unit id (U, nine digits, check character)")
    settings = load_settings()
    uri = args.printer or settings.printer
    if not uri:
        raise InspectorError("no printer: give --printer URI or set this station's printer")
    profile = args.profile or settings.printer_profile
    job_id = print_queue.print_tag(warehouse, signed_in(warehouse, args), unit, uri, profile)
    if not args.wait:
        print(f"tag of {unit} queued for {uri} (job {job_id})")
        return 0
    worker = PrintWorker(warehouse, uri)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        worker.run_once()
        job = next(j for j in print_queue.jobs(warehouse, unit_code=unit) if j.id == job_id)
        if job.status == "SENT":
            print(f"tag of {unit} printed on {uri} (job {job_id})")
            return 0
        if job.status in ("FAILED", "CANCELLED"):
            break
        time.sleep(0.5)
    raise InspectorError(
        f"the tag of {unit} is not printed yet ({job.status.lower()}: {job.last_error}); "
        f"it stays in the queue as job {job_id}"
        if job.status == "QUEUED"
        else f"the tag of {unit} did not print: {job.last_error}"
    )


def print_queue_command(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.cli.signing_in import signed_in
    from inspector.tags import print_queue

    if args.cancel is not None:
        print_queue.cancel(warehouse, signed_in(warehouse, args), args.cancel)
        print(f"print job {args.cancel} cancelled")
        return 0
    for job in print_queue.jobs(warehouse, printer_uri=args.printer, limit=200):
        sent = f" sent {job.sent_at:%H:%M:%S}" if job.sent_at else ""
        why = f" ({job.last_error})" if job.last_error and job.status != "SENT" else ""
        again = " reprint" if job.reprint else ""
        print(
            f"{job.id}\t{job.unit_code}\t{job.status}{again}\t{job.printer_uri}\t"
            f"tries {job.attempts}{sent}{why}",
            file=sys.stdout,
        )
    return 0
