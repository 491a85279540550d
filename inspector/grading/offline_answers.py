"""A grader's answers kept on the station while the database is out, written once it is back.

An answer the database cannot take goes into the station's journal (its own table beside the
dock's scans), and the grader goes on to the next question: the walk through the checklist is
worked out from the draft in hand, as the answering service would. The decision waits: a unit
is committed only after every answer kept for it has been written, in the order given.
Writing an answer twice sets it to the same value, so a replay cut by a crash is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from inspector.core.errors import DatabaseProblem, InspectorError
from inspector.core.station_journal import OUTAGES, StationJournal
from inspector.core.warehouse import Warehouse
from inspector.grading import answers as walk
from inspector.grading.answering import answer
from inspector.grading.units import UnitDraft
from inspector.people.roles import Action, Actor, require

_writing = threading.Lock()


class DecisionWaits(InspectorError):
    """Answers for the unit are kept on the station: the decision waits for the database."""

    def __init__(self, waiting: int) -> None:
        self.waiting = waiting
        super().__init__(
            f"the decision waits for the database: {waiting} answer(s) are saved on this "
            "station and will be written when it is back"
        )


@dataclass
class WriteRun:
    written: int = 0
    refused: list[str] = field(default_factory=list)  # answers the database would not take
    waiting: int = 0
    stopped: str | None = None


def answered_here(draft: UnitDraft, question_id: str, value: Any) -> UnitDraft:
    """The draft after an answer, worked out on the station (as `answering.answer` does)."""
    asked = {q.id: q for q in draft.asked()}
    if question_id not in asked:
        raise InspectorError(f"'{question_id}' is not asked for this unit")
    value = walk.checked_answer(draft.checklist, asked[question_id], value, draft.product_name)
    answers = dict(draft.answers)
    answers[question_id] = value
    answers = walk.pruned(draft.checklist, answers, draft.facts, draft.product_name)
    nxt = walk.next_question(draft.checklist, answers, draft.facts, draft.product_name)
    return replace(draft, answers=answers, at_question=nxt.id if nxt else None)


def keep_answer(
    journal: StationJournal,
    actor: Actor | None,
    draft: UnitDraft,
    question_id: str,
    value: Any,
    now: dt.datetime | None = None,
) -> UnitDraft:
    """Check an answer and keep it on the station (one durable commit); return the draft."""
    actor = require(actor, Action.GRADE)
    new = answered_here(draft, question_id, value)
    with journal.connect() as connection, connection:
        connection.execute(
            "INSERT INTO answers (unit_id, unit_code, question_id, value, given_at, operator_id, "
            "login, display_name, roles, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft.unit_id,
                draft.unit_code,
                question_id,
                json.dumps(new.answers.get(question_id, value)),
                (now or dt.datetime.now()).isoformat(),
                actor.operator_id,
                actor.login,
                actor.display_name,
                json.dumps(sorted(actor.roles)),
                actor.station_id,
            ),
        )
    return new


def answers_waiting(journal: StationJournal, unit_id: int | None = None) -> int:
    with journal.connect() as connection:
        if unit_id is None:
            row = connection.execute("SELECT count(*) FROM answers WHERE state = 'waiting'")
        else:
            row = connection.execute(
                "SELECT count(*) FROM answers WHERE state = 'waiting' AND unit_id = ?", (unit_id,)
            )
        return int(row.fetchone()[0])


def write_answers(warehouse: Warehouse, journal: StationJournal) -> WriteRun:
    """Write the kept answers to the database in the order given; stop at an outage."""
    run = WriteRun()
    if not _writing.acquire(blocking=False):
        run.waiting = answers_waiting(journal)
        run.stopped = "another write is running on this station"
        return run
    try:
        with journal.connect() as connection:
            rows = connection.execute(
                "SELECT * FROM answers WHERE state = 'waiting' ORDER BY seq"
            ).fetchall()
        for row in rows:
            actor = Actor(
                row["operator_id"],
                row["login"],
                row["display_name"],
                frozenset(json.loads(row["roles"])),
                row["station_id"],
            )
            detail = None
            try:
                answer(
                    warehouse, actor, row["unit_id"], row["question_id"], json.loads(row["value"])
                )
            except DatabaseProblem as exc:
                run.stopped = str(exc)
                break
            except InspectorError as exc:  # the unit moved on (committed, taken over)
                detail = str(exc)
                run.refused.append(f"{row['unit_code']} {row['question_id']}: {exc}")
            else:
                run.written += 1
            with journal.connect() as connection, connection:
                connection.execute(
                    "UPDATE answers SET state = 'done', written_at = ?, detail = ? WHERE seq = ?",
                    (dt.datetime.now().isoformat(), detail, row["seq"]),
                )
        run.waiting = answers_waiting(journal)
    finally:
        _writing.release()
    return run


def answer_or_keep(
    warehouse: Warehouse,
    journal: StationJournal,
    actor: Actor | None,
    draft: UnitDraft,
    question_id: str,
    value: Any,
) -> tuple[UnitDraft, bool]:
    """Store an answer; if the database cannot take it, keep it on the station. Returns the
    draft and whether the answer was kept (answers kept before go first, in order)."""
    if answers_waiting(journal, draft.unit_id) and write_answers(warehouse, journal).waiting:
        return keep_answer(journal, actor, draft, question_id, value), True
    try:
        return answer(warehouse, actor, draft.unit_id, question_id, value), False
    except OUTAGES:
        return keep_answer(journal, actor, draft, question_id, value), True


def ready_to_decide(warehouse: Warehouse, journal: StationJournal, unit_id: int) -> None:
    """Write the unit's kept answers first; raise DecisionWaits while any remain."""
    if not answers_waiting(journal, unit_id):
        return
    write_answers(warehouse, journal)
    left = answers_waiting(journal, unit_id)
    if left:
        raise DecisionWaits(left)
