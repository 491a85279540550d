"""`inspector export`: the disposition log, headless, for scheduled jobs."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse


def add_parsers(commands: argparse._SubParsersAction, parser_class: type) -> None:
    export = commands.add_parser(
        "export", help="write the disposition log of a day or a period (supervisor)"
    )
    export.add_argument("--date", metavar="DATE", help="one day, e.g. 2026-11-26")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first day")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last day (included)")
    export.add_argument("--station", help="only this station")
    export.add_argument("--grader", help="only this grader (login or name)")
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), help="default: from -o")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    report = commands.add_parser(
        "report", help="the returns analytics of a period as a PDF (supervisor)"
    )
    report.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    report.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    costs = commands.add_parser("costs", help="the cost figures of the returns analytics")
    costs.add_argument("--return-shipping", type=float, metavar="MONEY", help="per unit")
    costs.add_argument("--handling-per-hour", type=float, metavar="MONEY", help="a bench hour")
    costs.add_argument("--refurbish", type=float, metavar="MONEY", help="per refurbished unit")
    costs.add_argument("--disposal", type=float, metavar="MONEY", help="per disposed unit")
    costs.add_argument(
        "--recovered",
        action="append",
        metavar="DISPOSITION=SHARE",
        help="share of the price a disposition brings back, e.g. REPACKAGE=0.85 (repeat)",
    )


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InspectorError(f"{option} '{text}' is not a date like 2026-11-26") from None


def period_of(args: argparse.Namespace):  # noqa: ANN201 - disposition_log.Period
    from inspector.reports.disposition_log import Period

    if args.date and (args.date_from or args.date_to):
        raise InspectorError("give --date, or --from and --to, not both")
    if args.date:
        day = _date(args.date, "--date")
        return Period(day, day, args.station, args.grader)
    if not (args.date_from and args.date_to):
        raise InspectorError("give --date DATE, or --from DATE and --to DATE")
    return Period(
        _date(args.date_from, "--from"), _date(args.date_to, "--to"), args.station, args.grader
    )


def export(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.cli.signing_in import signed_in
    from inspector.reports.exports import FORMATS, export_log

    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise InspectorError(
            f"say --format csv, xlsx or pdf (the file name '{args.output.name}' does not)"
        )
    period = period_of(args)
    totals = export_log(warehouse, signed_in(warehouse, args), period, fmt, args.output)
    print(f"{totals.units} units, {period.describe()}, written to {args.output}")
    return 0


def report(warehouse: Warehouse, args: argparse.Namespace) -> int:
    from inspector.cli.signing_in import signed_in
    from inspector.reports.disposition_log import Period
    from inspector.reports.report import report as write

    period = Period(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
    sections = write(warehouse, signed_in(warehouse, args), period, args.output)
    print(f"returns report {period.describe()}: {sections} sections written to {args.output}")
    return 0


def costs(warehouse: Warehouse, args: argparse.Namespace) -> int:
    """Print the cost figures; with options, change them first (supervisor)."""
    import dataclasses

    from inspector.cli.signing_in import signed_in
    from inspector.reports.analytics import load_costs, save_costs

    with warehouse.sessions() as session:
        current = load_costs(session)
    changes: dict = {
        name: getattr(args, name)
        for name in ("return_shipping", "handling_per_hour", "refurbish", "disposal")
        if getattr(args, name) is not None
    }
    if any(v < 0 for v in changes.values()):
        raise InspectorError("costs cannot be negative")
    if args.recovered:
        recovered = dict(current.recovered)
        for item in args.recovered:
            disposition, _, share = item.partition("=")
            if disposition not in recovered:
                raise InspectorError(
                    f"'{disposition}' is not a disposition: write e.g. REPACKAGE=0.85"
                )
            try:
                value = float(share)
            except ValueError:
                raise InspectorError(f"'{item}': the share is a number from 0 to 1") from None
            if not 0 <= value <= 1:
                raise InspectorError(f"'{item}': the share is a number from 0 to 1")
            recovered[disposition] = value
        changes["recovered"] = recovered
    if changes:
        current = dataclasses.replace(current, **changes)
        save_costs(warehouse, signed_in(warehouse, args), current)
    print(
        f"return shipping {current.return_shipping:.2f}, "
        f"bench hour {current.handling_per_hour:.2f}, refurbishing {current.refurbish:.2f}, "
        f"disposal {current.disposal:.2f}; recovered: "
        + ", ".join(f"{k} {v:.0%}" for k, v in current.recovered.items())
    )
    return 0
