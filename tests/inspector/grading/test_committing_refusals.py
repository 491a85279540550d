"""Every refusal of committing (inspector.grading.committing): the error a grader or a
supervisor reads, and not a row changed anywhere: no unit decided, no audit event, no outbox
event, no bin tag queued."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError, NotFound
from inspector.grading import committing
from inspector.grading.committing import Override
from inspector.grading.units import AlreadyDecided
from inspector.people.roles import NotAllowed
from tests.helpers.grading_floor import grading_floor
from tests.helpers.unchanged import refused

PRINTER = ("tcp://127.0.0.1:9", "80mm-576")


def _boss(b):
    """The supervisor at the grader's bench, holding both roles."""
    return b["supervisor"]


def _ready(w, b, f):
    """The half-graded unit with its remaining answers given: ready to commit."""
    from inspector.grading import answering

    for question, value in (("worn_signs", []), ("damage", "major"), ("packaging", False)):
        answering.answer(w, b["grader"], f.half, question, value)
    answering.take_photo(w, b["grader"], f.half, "photo", _jpeg())
    return f.half


def _jpeg() -> bytes:
    from tests.helpers.shop_flow import tiny_jpeg

    return tiny_jpeg()


# case id -> (what to make ready first, or None; the commit; the error; its words)
CASES = {
    "commit by the dock": (
        None,
        lambda w, b, f, u: committing.commit(w, b["dock"], f.half),
        NotAllowed,
        "may not grade units: that needs the grader role",
    ),
    "commit signed out": (
        None,
        lambda w, b, f, u: committing.commit(w, None, f.half),
        NotAllowed,
        "sign in to grade units",
    ),
    "override by a grader": (
        _ready,
        lambda w, b, f, u: committing.commit(w, b["grader"], u, Override("RESTOCK", "looks new")),
        NotAllowed,
        "may not override a disposition: that needs the supervisor role",
    ),
    "override to X": (
        _ready,
        lambda w, b, f, u: committing.commit(w, _boss(b), u, Override("X", "looks new")),
        InspectorError,
        "'X' is not a disposition",
    ),
    "override to a disposition in lower case": (
        _ready,
        lambda w, b, f, u: committing.commit(w, _boss(b), u, Override("restock", "looks new")),
        InspectorError,
        "'restock' is not a disposition",
    ),
    "override with no reason": (
        _ready,
        lambda w, b, f, u: committing.commit(w, _boss(b), u, Override("RESTOCK", "  \t")),
        InspectorError,
        "an override needs a reason",
    ),
    "commit to a printer profile that does not exist": (
        _ready,
        lambda w, b, f, u: committing.commit(
            w, b["grader"], u, printer=("tcp://127.0.0.1:9", "laser-a4")
        ),
        InspectorError,
        "no printer profile 'laser-a4'",
    ),
    "commit an unknown unit": (
        None,
        lambda w, b, f, u: committing.commit(w, b["grader"], 999_999),
        NotFound,
        "no unit 999999",
    ),
    "commit a unit already decided": (
        None,
        lambda w, b, f, u: committing.commit(w, b["grader2"], f.decided, printer=PRINTER),
        AlreadyDecided,
        "is already decided",
    ),
    "commit before the item is confirmed": (
        None,
        lambda w, b, f, u: committing.commit(w, b["grader"], f.unconfirmed),
        InspectorError,
        "confirm the item first: scan its barcode or check it by eye",
    ),
    "commit with a question unanswered": (
        None,
        lambda w, b, f, u: committing.commit(w, b["grader"], f.half, printer=PRINTER),
        InspectorError,
        "question 'worn_signs' is not answered yet",
    ),
    "missing by the dock": (
        None,
        lambda w, b, f, u: committing.mark_missing(w, b["dock"], f.rma),
        NotAllowed,
        "that needs the grader role",
    ),
    "missing on an unknown RMA": (
        None,
        lambda w, b, f, u: committing.mark_missing(w, b["grader"], "R-404"),
        NotFound,
        "RMA R-404 does not exist",
    ),
    "missing while a unit is being graded": (
        None,
        lambda w, b, f, u: committing.mark_missing(w, b["grader"], f.rma),
        InspectorError,
        "a unit of this RMA is still being graded: finish it first",
    ),
    "missing on an RMA not received": (
        None,
        lambda w, b, f, u: committing.mark_missing(w, b["grader"], f.not_received),
        InspectorError,
        "RMA R-2002 has no received parcel: scan it at the dock first",
    ),
}


@pytest.fixture
def floor(warehouse, staff, bench, tmp_path):
    return grading_floor(warehouse, staff, bench["grader"], tmp_path)


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, bench, floor, case):
    ready, act, error, words = CASES[case]
    unit = ready(warehouse, bench, floor) if ready else None
    refused(warehouse, error, words, lambda: act(warehouse, bench, floor, unit))


def test_the_ready_unit_commits_once_refusals_are_answered(warehouse, bench, floor):
    """The refusals above are refusals of a unit that can be committed: with a supervisor's
    real override and reason it is, with its tag queued."""
    unit = _ready(warehouse, bench, floor)
    done = committing.commit(
        warehouse, _boss(bench), unit, Override("DISPOSE", "torn seam"), printer=PRINTER
    )
    assert (done.disposition, done.print_job is not None) == ("DISPOSE", True)


def test_two_benches_committing_one_unit_at_once(warehouse, bench, floor):
    """The lost race of two commits of one unit at its bench (a double tap, a second window),
    provoked in a fixed order: the second has read the unit as a draft and is held just before
    its UPDATE while the first commits. On SQLite the held one's read took no lock, so the
    first wins and the held one's guarded UPDATE finds no draft ('committed already'); on
    PostgreSQL the held one holds the row lock, so it wins and the first is refused on reading
    the row. Either way one commit, one refusal, and the refusal leaves nothing."""
    import threading

    from sqlalchemy import event, func, select

    from db import models as m

    unit = _ready(warehouse, bench, floor)
    held, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def hold_bench_two(conn, cursor, statement, parameters, context, executemany):
        if threading.current_thread().name == "bench-2" and statement.startswith("UPDATE units"):
            held.set()
            assert release.wait(30)

    def commit(name: str, actor) -> None:
        try:
            outcome[name] = committing.commit(warehouse, actor, unit)
        except Exception as exc:  # noqa: BLE001 - the test looks at both outcomes
            outcome[name] = exc

    event.listen(warehouse.engine, "before_cursor_execute", hold_bench_two)
    try:
        two = threading.Thread(target=commit, args=("two", bench["grader"]), name="bench-2")
        two.start()
        assert held.wait(30)
        one = threading.Thread(target=commit, args=("one", bench["grader"]), name="bench-1")
        one.start()
        if warehouse.kind == "sqlite":
            one.join(30)  # bench two holds no lock yet: bench one commits first
        release.set()
        one.join(30)
        two.join(30)
    finally:
        release.set()
        event.remove(warehouse.engine, "before_cursor_execute", hold_bench_two)
    winner, loser = ("one", "two") if warehouse.kind == "sqlite" else ("two", "one")
    assert isinstance(outcome[winner], committing.Committed), outcome
    refusal = outcome[loser]
    assert type(refusal) is AlreadyDecided, outcome
    words = "was committed already" if warehouse.kind == "sqlite" else "is already decided"
    assert words in str(refusal)
    with warehouse.sessions() as session:
        decided = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "unit_decided")
        )
        sent = session.scalar(
            select(func.count())
            .select_from(m.OutboxEvent)
            .where(m.OutboxEvent.kind == "return.unit_dispositioned")
        )
    assert (decided, sent) == (2, 2)  # the floor's first unit, and this one: once each
