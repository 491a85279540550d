"""Secrets come from the environment or an owner-only file, and go nowhere else: a token is
written, used for a whole day's work, and then searched for everywhere the app writes."""

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from inspector.shop.secrets import SecretMissing, read_secret, secrets_path, source_of, write_secret
from tests.helpers.cli import run_cli
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import grade_rma, grader_at_bench, item, receive_all

TOKEN = "shpat_5ecret7oken0fTheShop9f3a1c"


def test_a_secret_from_the_environment(monkeypatch):
    monkeypatch.setenv("SHOP_TOKEN_X", TOKEN)
    assert read_secret(source_of(env="SHOP_TOKEN_X")) == TOKEN
    monkeypatch.delenv("SHOP_TOKEN_X")
    with pytest.raises(SecretMissing, match="SHOP_TOKEN_X is not set") as caught:
        read_secret("env:SHOP_TOKEN_X")
    assert TOKEN not in str(caught.value)


def test_a_secret_from_the_owner_only_file():
    path = write_secret("shopify", TOKEN)
    assert path == secrets_path() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_secret("file:shopify") == TOKEN
    write_secret("webhook", "whsec_abc")
    assert read_secret("file:shopify") == TOKEN and read_secret("file:webhook") == "whsec_abc"


def test_a_file_others_can_read_is_not_used():
    path = write_secret("shopify", TOKEN)
    os.chmod(path, 0o644)
    with pytest.raises(SecretMissing, match="chmod 600") as caught:
        read_secret("file:shopify")
    assert TOKEN not in str(caught.value)


def test_a_name_that_is_not_one_is_refused():
    with pytest.raises(Exception, match="not a name for a secret"):
        source_of(env="MY TOKEN")


def _everything_written(home: Path, database_url: str) -> str:
    """Every byte the app wrote: its files (database, logs, exports, settings) and, on
    PostgreSQL, every row of every table as text."""
    found = []
    for path in home.rglob("*"):
        if path.is_file() and path != secrets_path():
            found.append(path.read_bytes().decode("utf-8", "replace"))
    if database_url.startswith("sqlite:///"):
        db_file = Path(database_url.removeprefix("sqlite:///"))
        for path in db_file.parent.glob(db_file.name + "*"):
            found.append(path.read_bytes().decode("utf-8", "replace"))
    if database_url.startswith("postgresql"):
        from inspector.core.warehouse import open_warehouse

        opened = open_warehouse(database_url)
        with opened.engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                rows = connection.execute(text(f'SELECT t::text FROM "{table}" AS t'))
                found += [r[0] for r in rows]
        opened.close()
    return "\n".join(found)


def test_a_token_reaches_no_log_database_audit_export_or_output(
    database_url, warehouse, staff, inspector_home, tmp_path, clock
):
    write_secret("shopify", TOKEN)
    outputs = []
    with FakeShopify(token=TOKEN) as fake:
        ret = fake.state.add_return([(item(1), 2)], tracking="1Z999AA10123456784")
        admin = {"INSPECTOR_PIN": "9000"}
        for args, env in (
            (
                (
                    "--operator",
                    "admin",
                    "shop",
                    "connect",
                    "shopify",
                    "--store",
                    fake.url,
                    "--token-file",
                    "shopify",
                    "--location",
                    "Main warehouse",
                ),
                admin,
            ),
            (("shop", "pull"), {}),
        ):
            ran = run_cli("--db", database_url, *args, env=env)
            assert ran.code == 0, ran.err
            outputs += [ran.out, ran.err]
        receive_all(warehouse, staff["dock"], ["1Z999AA10123456784"])
        grade_rma(warehouse, grader_at_bench(warehouse, staff), ret.name, ["sealed", "missing"])
        for args, env in (
            (("shop", "push"), {}),
            (("shop", "pull"), {"INJECT": "401"}),
            (("shop", "status", "--json"), {}),
            (("shop", "status"), {}),
            (("audit", "show", "--entity", "shop:shopify"), {}),
            (
                (
                    "--operator",
                    "supervisor",
                    "export",
                    "--date",
                    clock().date().isoformat(),
                    "-o",
                    str(inspector_home / "day.csv"),
                ),
                {"INSPECTOR_PIN": "3000"},
            ),
        ):
            if env.pop("INJECT", None):
                fake.inject("401")  # a refused token is said without the token
            ran = run_cli("--db", database_url, *args, env=env)
            outputs += [ran.out, ran.err]
        assert ret.status == "CLOSED" and fake.faults["401"] == 1
    assert "refused the access token" in "".join(outputs)
    assert (inspector_home / "day.csv").exists()
    written = _everything_written(inspector_home, database_url)
    assert "shopify" in written  # the search does see the app's files...
    assert TOKEN not in written and TOKEN not in "".join(outputs)  # ...and no token in them
    assert TOKEN[6:20] not in written
