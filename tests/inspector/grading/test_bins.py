"""Bins against a real database: filled evenly, a new map retiring old bins, put-away refusing
a wrong bin."""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select

from db import models as m
from inspector.grading import answering, committing, units
from inspector.grading.bins import WrongBin, load_bin_map, put_away
from inspector.people.roles import NotAllowed
from tests.helpers.parcels import PRODUCTS, grade_new_apparel, line, received_rma


def test_put_away_refuses_a_wrong_bin(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    piece = units.open_rma(warehouse, bench["grader"], rma).next_pending()
    committed = grade_new_apparel(warehouse, bench["grader"], piece.line_id, piece.slot)
    with pytest.raises(WrongBin) as caught:
        put_away(warehouse, bench["grader"], committed.unit_code, "DS-AP-01")
    assert caught.value.expected == committed.bin_code
    assert put_away(
        warehouse, bench["grader"], committed.unit_code, f"BIN:{committed.bin_code}"
    ) == (committed.bin_code)
    with warehouse.sessions() as session:
        unit = session.scalars(select(m.Unit)).one()
        assert unit.status == "PUT_AWAY" and unit.put_away_at is not None


def test_bins_are_filled_evenly_and_a_new_map_retires_old_bins(warehouse, staff, bench, tmp_path):
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel", 3)])
    sheet = units.open_rma(warehouse, bench["grader"], rma)
    bins = [
        grade_new_apparel(warehouse, bench["grader"], sheet.pieces[0].line_id, k).bin_code
        for k in (1, 2, 3)
    ]
    assert bins == ["RS-AP-01", "RS-AP-02", "RS-AP-03"]
    new_map = tmp_path / "bins.yaml"
    new_map.write_text(
        "\n".join(
            f"{d}:\n  other: [{code}-ALL]" + ("\n  apparel: [RS-AP-09]" if code == "RS" else "")
            for d, code in (
                ("RESTOCK", "RS"),
                ("REPACKAGE", "RP"),
                ("REFURBISH", "RF"),
                ("DISPOSE", "DS"),
            )
        ),
        encoding="utf-8",
    )
    with pytest.raises(NotAllowed):
        load_bin_map(warehouse, bench["grader"], new_map)
    change = load_bin_map(warehouse, staff["supervisor"], new_map)
    # Every bin the shipped map names is retired: counted from the file, not by the bin map
    # reader (4 dispositions x 13 bins: 3 for each of four categories, 1 for 'other').
    assert (change.added, change.changed, change.retired) == (5, 0, len(shipped_bins()))
    assert len(shipped_bins()) == 52
    with warehouse.sessions() as session:
        active = set(session.scalars(select(m.Bin.code).where(m.Bin.active)))
        assert active == {"RS-ALL", "RP-ALL", "RF-ALL", "DS-ALL", "RS-AP-09"}
    draft = units.start_unexpected(warehouse, bench["grader"], rma, PRODUCTS["apparel"]["upc"])
    answering.answer(warehouse, bench["grader"], draft.unit_id, "tags_attached", True)
    answering.answer(warehouse, bench["grader"], draft.unit_id, "packaging", True)
    assert committing.commit(warehouse, bench["grader"], draft.unit_id).bin_code == "RS-AP-09"


def shipped_bins() -> set[str]:
    """The bin codes of the shipped bin map (resources/bins.yaml), read as plain YAML."""
    from inspector.core.resources import shipped_bin_map  # where the file is, nothing more

    by_disposition = yaml.safe_load(shipped_bin_map().read_text(encoding="utf-8"))
    return {
        code
        for by_category in by_disposition.values()
        for codes in by_category.values()
        for code in codes
    }
