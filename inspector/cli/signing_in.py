"""Who runs a guarded command: --operator LOGIN, and the PIN asked for or from the environment."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.operators import sign_in_with_pin
from inspector.people.roles import Actor
from inspector.people.stations import register_station
from inspector.station.settings import load_settings


def ask_secret(prompt: str, env: str) -> str:
    """A PIN from the environment variable `env`, or typed without echo at a terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InspectorError(f"no terminal to ask for the PIN: set {env} for scheduled jobs")
    return getpass.getpass(prompt)


def new_pin() -> str:
    """A new PIN: from INSPECTOR_NEW_PIN, or typed twice at a terminal."""
    if os.environ.get("INSPECTOR_NEW_PIN"):
        return os.environ["INSPECTOR_NEW_PIN"]
    first = ask_secret("new PIN: ", "INSPECTOR_NEW_PIN")
    if getpass.getpass("the same PIN again: ") != first:
        raise InspectorError("the two PINs differ; nothing was changed")
    return first


def station_id(warehouse: Warehouse) -> int:
    return register_station(warehouse, load_settings().station_name)


def signed_in(warehouse: Warehouse, args: argparse.Namespace) -> Actor:
    """Sign in the operator named by --operator (or INSPECTOR_OPERATOR) for this command."""
    login = args.operator or os.environ.get("INSPECTOR_OPERATOR")
    if not login:
        raise InspectorError(
            "this command needs an operator: give --operator LOGIN (the PIN is asked for, or "
            "taken from INSPECTOR_PIN)"
        )
    pin = ask_secret(f"PIN for {login}: ", "INSPECTOR_PIN")
    return sign_in_with_pin(warehouse, login, pin, station_id(warehouse))
