"""Cyclic garbage is collected on the GUI thread: while a collector is open, a cycle left by a
Background worker's thread is not collected there, and the GUI thread's timer collects it."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui.common.collector import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self
        self.collected_on: str | None = None


def test_a_cycle_is_collected_on_the_gui_thread_not_by_another(qtbot, collected_on_the_gui_thread):
    assert not gc.isenabled()  # the suite's UI tests run with the collector, as the app does
    where: list[str] = []
    held: list[list] = []

    def make_garbage() -> None:
        cycle = Cycle()
        cycle.page = QObject()  # what a page caught in a cycle holds
        weakref.finalize(cycle, lambda: where.append(threading.current_thread().name))
        del cycle
        # Enough new containers, kept, to cross the youngest generation's threshold: with
        # automatic collection on, this thread would collect the cycle right here.
        held.extend([] for _ in range(5 * gc.get_threshold()[0]))

    worker = threading.Thread(target=make_garbage, name="background")
    worker.start()
    worker.join()
    assert where == []  # the worker's allocations collected nothing
    collected_on_the_gui_thread.check()
    qtbot.waitUntil(lambda: bool(where), timeout=3000)
    assert where == [threading.main_thread().name]


def test_closing_gives_collection_back_as_it_was():
    gc.enable()  # as in a process without the suite's own collection
    try:
        collector = MainThreadCollector()
        assert not gc.isenabled()
        collector.close()
        assert gc.isenabled()
    finally:
        gc.disable()
