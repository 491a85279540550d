"""The parcel sheet on the Inspect page: the rest of a parcel recorded as missing."""

from __future__ import annotations

from sqlalchemy import select

from db import models as m
from tests.helpers.inspect_bench import Grader, make_page
from tests.helpers.parcels import line, received_rma


def test_the_rest_missing_completes_the_rma(qtbot, bench, background, tmp_path):
    warehouse, staff = bench
    rma = received_rma(warehouse, staff, tmp_path, [line("footwear", 2)])
    page = make_page(qtbot, warehouse, background, staff["grader"])
    grader = Grader(qtbot, page)
    grader.open(rma)
    assert page.sheet_view.pieces.count() == 2
    grader.tap(page.sheet_view.missing_button)
    assert "is complete" in page.banner.text()
    texts = [page.sheet_view.pieces.item(i).text() for i in range(page.sheet_view.pieces.count())]
    assert all("Missing" in text for text in texts), texts
    with warehouse.sessions() as session:
        assert session.scalars(select(m.Rma.status)).one() == "COMPLETE"
    assert not page.sheet_view.grade_next.isEnabled()
