"""A demo warehouse of 1,500 RMAs, its history up to a fixed moment."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.demo.build import build_demo
from tests.helpers import templates

NOW = dt.datetime(2026, 11, 26, 15, 0)


@pytest.fixture
def demo_now():
    """The moment the demo's history runs up to."""
    return NOW


@pytest.fixture
def demo(warehouse, demo_now):
    """The demo built once per test process for each `demo_now`, and copied."""
    return templates.built(
        warehouse, ("demo", 1500, 7, demo_now), lambda w: build_demo(w, 1500, seed=7, now=demo_now)
    )
