"""The first start's splash follows the demo build: its bar and its words move with it."""

from __future__ import annotations

import datetime as dt

from inspector.core.warehouse import open_warehouse
from inspector.demo.build import build_demo
from ui.common.splash import DemoSplash


def test_the_splash_shows_the_demo_being_built(qtbot, tmp_path):
    splash = DemoSplash(120)
    qtbot.addWidget(splash)
    splash.show_centred()
    seen: list[tuple[int, str]] = []

    def report(stage: str, done: int) -> None:
        splash.report(stage, done)
        seen.append((splash.bar.value(), splash.line.text()))

    warehouse = open_warehouse(f"sqlite:///{tmp_path / 'first.db'}")
    try:
        build_demo(warehouse, 120, now=dt.datetime(2026, 11, 26, 12), progress=report)
    finally:
        warehouse.close()
    assert splash.isVisible()
    values = [value for value, _ in seen]
    assert len(set(values)) >= 3 and values == sorted(values)  # it moved, and only forward
    texts = [text for _, text in seen]
    assert texts[0].startswith("Making the catalogue")
    assert "Placing orders and returns: 120 of 120 RMAs" in texts
    assert texts[-1].startswith("Sealing the audit trail")


def test_the_splash_speaks_korean(qtbot, korean):
    splash = DemoSplash(3000)
    qtbot.addWidget(splash)
    splash.report("rmas", 1500)
    assert splash.line.text() == "주문과 반품을 만드는 중: RMA 3,000건 중 1,500건"
    assert splash.bar.value() == 50
