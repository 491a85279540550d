"""A demo warehouse of 1,500 RMAs, its history up to a fixed moment."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.demo.build import build_demo

NOW = dt.datetime(2026, 11, 26, 15, 0)


@pytest.fixture
def demo_now():
    """The moment the demo's history runs up to."""
    return NOW


@pytest.fixture
def demo(warehouse, demo_now):
    build_demo(warehouse, 1500, seed=7, now=demo_now)
    return warehouse
