"""`inspector shop` as a real subprocess against the loopback fake of Shopify's Admin API."""

import contextlib
import json
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers.cli import run_cli
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import grade_rma, grader_at_bench, item, receive_all

ADMIN = ("--operator", "admin")
PINS = {"admin": "9000", "supervisor": "3000"}
TOKEN_ENV = "CLI_SHOPIFY_TOKEN"


def one_line(text: str) -> str:
    lines = [x for x in text.strip().splitlines() if x.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


@pytest.fixture
def fake():
    with FakeShopify() as shop:
        yield shop


def _connect(database_url, fake, *extra, token=None):
    return run_cli(
        "--db",
        database_url,
        *ADMIN,
        "shop",
        "connect",
        "shopify",
        "--store",
        fake.url,
        "--token-env",
        TOKEN_ENV,
        *extra,
        env={"INSPECTOR_PIN": PINS["admin"], TOKEN_ENV: token or fake.token},
    )


def test_connect_checks_the_token_and_lists_the_locations(database_url, staff, fake):
    ran = _connect(database_url, fake, "--location", "Outlet")
    assert ran.code == 0, ran.err
    assert "connected to Fake Outfitters" in ran.out
    assert " * Outlet" in ran.out and "   Main warehouse" in ran.out
    status = json.loads(run_cli("--db", database_url, "shop", "status", "--json").out)
    assert status["connector"] == "shopify" and status["location"] == "Outlet"
    assert status["secret_from"] == f"environment variable {TOKEN_ENV}"


def test_bad_connections_are_said_in_one_line(database_url, staff, fake):
    ran = _connect(database_url, fake, token="shpat_wrong")
    assert ran.code == 1 and "refused the access token (HTTP 401)" in one_line(ran.err)
    ran = _connect(database_url, fake, "--location", "Basement")
    assert ran.code == 1
    assert "no location 'Basement'; its locations are: Main warehouse, Outlet" in one_line(ran.err)
    with _web_site() as site:
        ran = run_cli(
            "--db",
            database_url,
            *ADMIN,
            "shop",
            "connect",
            "shopify",
            "--store",
            site,
            "--token-env",
            TOKEN_ENV,
            env={"INSPECTOR_PIN": PINS["admin"], TOKEN_ENV: fake.token},
        )
    assert ran.code == 1
    assert "answered text/html, not the Shopify Admin API" in one_line(ran.err)
    ran = run_cli(
        "--db",
        database_url,
        *ADMIN,
        "shop",
        "connect",
        "shopify",
        "--store",
        "http://shop.example.com",
        "--token-env",
        TOKEN_ENV,
        env={"INSPECTOR_PIN": PINS["admin"], TOKEN_ENV: fake.token},
    )
    assert ran.code == 1 and "https only" in one_line(ran.err)
    ran = run_cli(
        "--db",
        database_url,
        *ADMIN,
        "shop",
        "connect",
        "shopify",
        "--store",
        fake.url,
        "--token-env",
        "NOT_SET_ANYWHERE",
        env={"INSPECTOR_PIN": PINS["admin"]},
    )
    assert ran.code == 1 and "NOT_SET_ANYWHERE is not set" in one_line(ran.err)
    assert (
        json.loads(run_cli("--db", database_url, "shop", "status", "--json").out)["connector"]
        is None
    )


@contextlib.contextmanager
def _web_site():
    """A loopback web server that answers every request with a page, as a shop's storefront
    (not its Admin API) would."""

    class Page(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"<html><body>Welcome to our store</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_only_an_admin_connects(database_url, staff, fake):
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "supervisor",
        "shop",
        "connect",
        "shopify",
        "--store",
        fake.url,
        "--token-env",
        TOKEN_ENV,
        env={"INSPECTOR_PIN": PINS["supervisor"], TOKEN_ENV: fake.token},
    )
    assert ran.code == 1 and "needs the admin role" in one_line(ran.err)


def test_pull_push_status_retry_for_cron(database_url, warehouse, staff, fake):
    assert _connect(database_url, fake, "--location", "Main warehouse").code == 0
    ret = fake.state.add_return([(item(1), 1)], tracking="1Z999AA10123456784")
    env = {TOKEN_ENV: fake.token}
    ran = run_cli("--db", database_url, "shop", "pull", env=env)
    assert ran.code == 0, ran.err
    assert "1 returns read: 1 new RMAs" in ran.out
    receive_all(warehouse, staff["dock"], ["1Z999AA10123456784"])
    grade_rma(warehouse, grader_at_bench(warehouse, staff), ret.name, ["sealed"])
    fake.inject("user_error", on="Dispose")
    ran = run_cli("--db", database_url, "shop", "push", env=env)
    assert "1 need attention" in ran.out and fake.faults["user_error"] == 1
    status = json.loads(run_cli("--db", database_url, "shop", "status", "--json").out)
    assert status["attention"] == 1 and status["last_pull_at"]
    text = run_cli("--db", database_url, "shop", "status").out
    assert "1 need attention" in text
    from inspector.shop.outbox import list_events

    refused = next(e for e in list_events(warehouse) if e.state == "ATTENTION")
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "supervisor",
        "shop",
        "retry",
        str(refused.id),
        "--reason",
        "fixed in the shop",
        env={"INSPECTOR_PIN": PINS["supervisor"]},
    )
    assert ran.code == 0, ran.err
    ran = run_cli("--db", database_url, "shop", "push", env=env)
    assert ran.code == 0 and "2 sent" in ran.out, (ran.out, ran.err, list_events(warehouse))
    assert [d["type"] for d in ret.rfo_lines[0].dispositions] == ["RESTOCKED"]
    assert ret.status == "CLOSED"


def test_an_unreachable_shop_is_one_line_and_nothing_is_lost(database_url, staff, fake):
    assert _connect(database_url, fake).code == 0
    fake.__exit__(None, None, None)
    ran = run_cli("--db", database_url, "shop", "pull", env={TOKEN_ENV: fake.token})
    assert ran.code == 1 and "cannot reach the shop" in ran.err and "Traceback" not in ran.err


def test_run_stops_cleanly_on_sigterm(database_url, staff, fake):
    assert _connect(database_url, fake).code == 0
    fake.state.add_return([(item(1), 1)])
    import os

    process = subprocess.Popen(
        [sys.executable, "-m", "inspector.cli", "--db", database_url, "shop", "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, TOKEN_ENV: fake.token},
    )
    deadline = time.monotonic() + 60
    while fake.operations["ReturnDetails"] == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "pull: 1 returns read: 1 new RMAs" in out and "shop service stopped" in out
