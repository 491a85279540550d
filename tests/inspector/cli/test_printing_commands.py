"""`inspector printer test`, `print-tag` and `print-queue` as real subprocesses, against a
real TCP printer on loopback."""

from __future__ import annotations

import pytest

from inspector.grading import units
from inspector.grading.unit_codes import parse_unit_code
from tests.helpers.cli import run_cli
from tests.helpers.escpos_reader import decoded, read
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.http_service import HttpService
from tests.helpers.parcels import bench_grader, grade_unit, line, received_rma
from tests.helpers.people import PINS


@pytest.fixture
def printer():
    fake = FakePrinter()
    yield fake
    fake.close()


@pytest.mark.parametrize(("profile", "dots"), [("58mm", 384), ("80mm-512", 512)])
def test_printer_test_prints_a_sample_whose_id_it_says(printer, profile, dots):
    ran = run_cli("printer", "test", printer.uri, "--profile", profile)
    assert ran.code == 0, ran.err
    unit = ran.out.strip()
    assert parse_unit_code(unit) == unit
    assert decoded(read(printer.printed(1)[0], dots))["Code 128"] == [unit]


def test_printer_test_says_why_a_printer_is_not_ready(printer):
    printer.set_mode("paper_out")
    ran = run_cli("printer", "test", printer.uri)
    assert ran.code == 1
    assert ran.err.strip() == f"inspector: the printer at {printer.uri} is not ready: out of paper"
    assert "Traceback" not in ran.err
    printer.set_mode("refuse")
    ran = run_cli("printer", "test", printer.uri)
    assert ran.code == 1 and "is not ready" in ran.err
    assert printer.printed() == []


def test_printer_test_says_an_http_server_is_not_an_escpos_printer():
    service = HttpService()
    try:
        ran = run_cli("printer", "test", service.uri)
    finally:
        service.close()
    assert ran.code == 1 and "Traceback" not in ran.err
    assert len(ran.err.strip().splitlines()) == 1
    assert ran.err.strip().startswith(f"inspector: {service.uri} is not an ESC/POS printer: ")
    assert '"HTTP/1.1 400 Bad Request"' in ran.err and "paper" not in ran.err


def test_print_tag_waits_for_the_tag_and_the_queue_lists_it(
    database_url, warehouse, staff, tmp_path, printer
):
    grader = bench_grader(warehouse, staff)
    rma = received_rma(warehouse, staff, tmp_path, [line("home")])
    piece = units.open_rma(warehouse, grader, rma).next_pending()
    unit = grade_unit(warehouse, grader, piece, {"unopened": True}, "home").unit_code
    env = {"INSPECTOR_PIN": PINS["grader"]}
    base = ("--db", database_url, "--operator", "grader")

    ran = run_cli(
        *base,
        "print-tag",
        unit,
        "--printer",
        printer.uri,
        "--profile",
        "80mm-512",
        "--wait",
        env=env,
    )
    assert ran.code == 0, ran.err
    assert ran.out.strip().startswith(f"tag of {unit} printed on {printer.uri}")
    assert decoded(read(printer.printed(1)[0], 512))["QR Code"] == [unit]

    printer.set_mode("cover_open")
    ran = run_cli(*base, "print-tag", unit, "--printer", printer.uri, env=env)
    assert ran.code == 0 and "queued" in ran.out
    ran = run_cli("--db", database_url, "print-queue", "--printer", printer.uri)
    rows = [r.split("\t") for r in ran.out.strip().splitlines()]
    assert [(r[1], r[2]) for r in rows] == [(unit, "QUEUED reprint"), (unit, "SENT")]
    ran = run_cli(*base, "print-queue", "--cancel", rows[0][0], env=env)
    assert ran.code == 0 and ran.out.strip() == f"print job {rows[0][0]} cancelled"
    ran = run_cli(*base, "print-queue", "--cancel", rows[1][0], env=env)
    assert ran.code == 1 and "is sent: it cannot be cancelled" in ran.err
    ran = run_cli(*base, "print-tag", "U12", "--printer", printer.uri, env=env)
    assert ran.code == 1 and "is not a unit id" in ran.err
    assert len(printer.printed()) == 1
