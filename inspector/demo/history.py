"""The demo's grading history: every unit of a graded parcel with its grade, disposition,
flags, bin and put-away, the few a supervisor overrode, and their audit events."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from db import models as m
from inspector.demo import words as cat
from inspector.grading.unit_codes import make_unit_code

if TYPE_CHECKING:
    from inspector.demo.build import Builder

GRADES = ("A", "B", "C", "D")
DISPOSITION_OF_GRADE = ("RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE")
# How units come back, by what the customer said: probabilities of grades A..D.
GRADE_MIX = {
    "DEFECTIVE": (0.15, 0.10, 0.45, 0.30),
    "NOT_AS_DESCRIBED": (0.35, 0.30, 0.25, 0.10),
    "WRONG_ITEM": (0.60, 0.25, 0.10, 0.05),
    "OTHER": (0.40, 0.30, 0.20, 0.10),
    "UNKNOWN": (0.40, 0.30, 0.20, 0.10),
}
REMORSE_GRADES = (0.58, 0.28, 0.10, 0.04)  # size, style, colour, unwanted
REASON_WORDS = (
    "like new, all parts present",
    "opened, light handling marks; new packaging needed",
    "wear or a fault that a repair or cleaning can fix",
    "damaged beyond repair or unsafe",
)


def graded_units(
    b: Builder,
    rma_idx: np.ndarray,
    product: np.ndarray,
    qty: np.ndarray,
    line_ids: np.ndarray,
    reasons: list[str],
    rma_orders: np.ndarray,
    graded: np.ndarray,
    parcel_of_rma: np.ndarray,
    decided_at: list[dt.datetime],
    late: np.ndarray,
    rma_numbers: list[str],
) -> None:
    """The units of every RMA line whose parcel has been graded: grade, disposition, flags,
    bin, put-away, overrides, and the audit events a grader's day leaves."""
    g, py = b.np, b.py
    n = len(product)
    category = b.product_category[product]
    # Units: one per returned piece of every line whose parcel has been graded.
    unit_line = np.repeat(np.arange(n), qty)
    unit_line = unit_line[graded[rma_idx[unit_line]]]
    u = len(unit_line)
    unit_ids = b.next_ids("units", u)
    roll = g.random(u)
    rows: list[tuple] = []
    stations = [b.station_ids[s] for s in cat.STATIONS if s.startswith("BENCH")]
    slot_of: dict[int, int] = {}
    for x in range(u):
        line = unit_line[x]
        slot_of[line] = slot = slot_of.get(line, 0) + 1
        j = rma_idx[line]
        reason = reasons[line]
        grade_i = _grade_of(reason, float(roll[x]))
        category_name = cat.CATEGORY_PLAN[category[line]][0]
        disposition = DISPOSITION_OF_GRADE[grade_i]
        flags = []
        if reason == "DEFECTIVE" and grade_i == 0:
            flags.append("REASON_MISMATCH")
        if reason == "WRONG_ITEM" and py.random() < 0.3:
            flags.append("WRONG_ITEM")
        if category_name == "electronics" and grade_i >= 2 and py.random() < 0.35:
            flags.append("MISSING_PARTS")
        if category_name == "electronics" and grade_i == 3 and py.random() < 0.05:
            flags.append("HAZARD")
        o = rma_orders[j]
        if late[o]:
            flags.append("OUTSIDE_WINDOW")
        refund = (
            "FULL"
            if grade_i <= 1 or reason in ("DEFECTIVE", "WRONG_ITEM")
            else ("PARTIAL" if grade_i == 2 else "NONE")
        )
        decided = decided_at[j] + dt.timedelta(minutes=3 * int(x % 4))
        started = decided - dt.timedelta(seconds=py.randrange(70, 420))
        put_away = decided + dt.timedelta(minutes=py.randrange(5, 40))
        is_put = put_away <= b.now
        unit_id = int(unit_ids[x])
        code = make_unit_code(unit_id)
        grader, station = py.choice(b.graders), py.choice(stations)
        bin_id = py.choice(b.bin_ids[(disposition, category_name)])
        b.audit(
            decided,
            grader,
            station,
            "unit_decided",
            "unit",
            code,
            rma_numbers[j],
            None,
            {
                "grade": GRADES[grade_i],
                "disposition": disposition,
                "flags": flags,
                "refund": refund,
            },
        )
        override_by = override_to = override_reason = None
        if py.random() < 0.02:
            override_by = b.supervisor
            override_to = DISPOSITION_OF_GRADE[max(0, grade_i - 1)]
            override_reason = "Supervisor checked it again: better than graded"
            b.audit(
                decided + dt.timedelta(minutes=2),
                override_by,
                station,
                "disposition_overridden",
                "unit",
                code,
                rma_numbers[j],
                {"disposition": disposition},
                {"disposition": override_to, "reason": override_reason},
            )
            disposition = override_to
            bin_id = py.choice(b.bin_ids[(disposition, category_name)])
        rows.append(
            (
                unit_id,
                code,
                int(parcel_of_rma[j]),
                int(line_ids[line]),
                slot,
                int(product[line]) + 1,
                "PUT_AWAY" if is_put else "DECIDED",
                {},
                GRADES[grade_i],
                disposition,
                "demo-history",
                REASON_WORDS[grade_i],
                flags,
                refund,
                bin_id,
                grader,
                station,
                started,
                decided,
                override_by,
                override_to,
                override_reason,
                put_away if is_put else None,
            )
        )
    b.insert(
        m.Unit,
        (
            "id",
            "unit_code",
            "parcel_id",
            "rma_line_id",
            "slot",
            "product_id",
            "status",
            "answers",
            "grade",
            "disposition",
            "rule",
            "reason",
            "flags",
            "refund",
            "bin_id",
            "grader_id",
            "station_id",
            "started_at",
            "decided_at",
            "override_by_id",
            "override_disposition",
            "override_reason",
            "put_away_at",
        ),
        rows,
    )
    b.summary.units += u


_GRADE_CUTS = {
    reason: tuple(sum(probs[: i + 1]) for i in range(3))
    for reason, probs in [*GRADE_MIX.items(), ("", REMORSE_GRADES)]
}


def _grade_of(reason: str, roll: float) -> int:
    """The grade index (A=0 .. D=3) that a uniform roll in [0, 1) falls on for a reason."""
    cuts = _GRADE_CUTS.get(reason, _GRADE_CUTS[""])
    return sum(1 for cut in cuts if roll >= cut)
