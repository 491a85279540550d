"""Every refusal of the bins (inspector.grading.bins): putting a unit away in the wrong place,
and a bin map that cannot be used, refused whole with its file and line. The words a grader
or a supervisor reads, and not a row changed anywhere: no bin added or retired, no unit put
away, no audit event."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError, NotFound
from inspector.core.yaml_lines import DataFileError
from inspector.grading import units
from inspector.grading.bins import WrongBin, load_bin_map, put_away
from inspector.people.roles import NotAllowed
from tests.helpers.grading_floor import grading_floor
from tests.helpers.unchanged import refused

OTHERS = "REPACKAGE:\n  other: [RP-X]\nREFURBISH:\n  other: [RF-X]\nDISPOSE:\n  other: [DS-X]\n"

# A bin map file's text -> the words (after "map.yaml, line N: ") that refuse it.
BAD_MAPS = {
    "a list, not a map": ("- RESTOCK\n", "map.yaml, line 1: the bin map maps each disposition"),
    "a disposition that does not exist": (
        "RESTOCK:\n  other: [RS-X]\nRESELL:\n  other: [RE-X]\n" + OTHERS,
        "map.yaml, line 3: 'RESELL' is not one of RESTOCK, REPACKAGE, REFURBISH, DISPOSE",
    ),
    "a disposition with one bin, not categories": (
        "RESTOCK: RS-X\n" + OTHERS,
        "map.yaml, line 1: 'RESTOCK' must map categories to bin codes",
    ),
    "a category that does not exist": (
        "RESTOCK:\n  other: [RS-X]\n  toys: [RS-TY]\n" + OTHERS,
        "map.yaml, line 3: 'toys' is not one of ",
    ),
    "a category with no bins": (
        "RESTOCK:\n  other: []\n" + OTHERS,
        "map.yaml, line 2: 'other' needs a list of bin codes",
    ),
    "a bin code too long": (
        f"RESTOCK:\n  other: [{'R' * 33}]\n" + OTHERS,
        f"map.yaml, line 2: '{'R' * 33}' is not a bin code (1-32 characters)",
    ),
    "a bin listed twice": (
        "RESTOCK:\n  other: [RS-X]\n  apparel: [RS-X]\n" + OTHERS,
        "map.yaml, line 3: bin RS-X is listed twice (also line 2)",
    ),
    "a disposition with no bin for 'other'": (
        "RESTOCK:\n  apparel: [RS-AP]\n" + OTHERS,
        "RESTOCK needs bins for 'other' (every category without its own)",
    ),
    "a file that is not UTF-8": (
        "RESTOCK:\n  other: [RS-\udcff]\n",
        "map.yaml: cannot read the file: ",
    ),
}

CASES = {
    "put away by the dock": (
        lambda w, b, f: put_away(w, b["dock"], f["decided"], "RS-AP-01"),
        NotAllowed,
        "may not grade units: that needs the grader role",
    ),
    "put away an unknown unit": (
        lambda w, b, f: put_away(w, b["grader"], "U-NOPE", "RS-AP-01"),
        NotFound,
        "no unit U-NOPE",
    ),
    "put away a unit still being graded": (
        lambda w, b, f: put_away(w, b["grader"], f["half"], "RS-AP-01"),
        InspectorError,
        "has not been decided yet",
    ),
    "put away in the wrong bin": (
        lambda w, b, f: put_away(w, b["grader"], f["decided"], "BIN:RS-AP-02"),
        WrongBin,
        "goes in bin RS-AP-01, not RS-AP-02",
    ),
    "a bin map loaded by a grader": (
        lambda w, b, f: load_bin_map(w, b["grader"], f["good_map"]),
        NotAllowed,
        "may not change checklists, rules, bins or printers: that needs the supervisor role",
    ),
    "a bin map that is not there": (
        lambda w, b, f: load_bin_map(w, b["supervisor"], f["good_map"].with_name("gone.yaml")),
        DataFileError,
        "gone.yaml: cannot read the file: ",
    ),
}


@pytest.fixture
def floor(warehouse, staff, bench, tmp_path):
    made = grading_floor(warehouse, staff, bench["grader"], tmp_path)
    good = tmp_path / "good.yaml"
    good.write_text("RESTOCK:\n  other: [RS-X]\n" + OTHERS, encoding="utf-8")
    return {
        "decided": made.decided_code,
        "half": units.load_draft(warehouse, made.half).unit_code,
        "good_map": good,
    }


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, bench, floor, case):
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, bench, floor))


@pytest.mark.parametrize("case", list(BAD_MAPS))
def test_a_bad_bin_map_is_refused_whole(warehouse, bench, floor, tmp_path, case):
    text, words = BAD_MAPS[case]
    path = tmp_path / "map.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    error = refused(
        warehouse, DataFileError, words, lambda: load_bin_map(warehouse, bench["supervisor"], path)
    )
    assert str(error).startswith(str(path))


def test_the_good_map_and_the_right_bin_are_taken(warehouse, bench, floor):
    """What the refusals refused is otherwise done."""
    assert put_away(warehouse, bench["grader"], floor["decided"], "bin:rs-ap-01") == "RS-AP-01"
    assert load_bin_map(warehouse, bench["supervisor"], floor["good_map"]).added == 4
