"""An RMA in a sentence: 'RMA R-1001', but the shop's own 'RMA000000132' alone."""

import pytest

from inspector.core.errors import InspectorError, rma_named
from inspector.grading import units
from inspector.rmas.rma_import import import_file
from tests.helpers.rma_files import row, write_csv


def test_a_number_that_says_rma_is_not_prefixed_again():
    assert rma_named("RMA000000132") == "RMA000000132"
    assert rma_named("rma000000132") == "rma000000132"
    assert rma_named("R-1001") == "RMA R-1001"
    assert rma_named("SO-5001-R") == "RMA SO-5001-R"


def test_a_grader_opening_an_unreceived_rma_reads_its_number_once(warehouse, staff, tmp_path):
    path = write_csv(tmp_path / "r.csv", [row(rma_number="RMA000000132")])
    import_file(warehouse, path, staff["supervisor"])
    with pytest.raises(InspectorError) as refused:
        units.open_rma(warehouse, staff["grader"], "RMA000000132")
    assert str(refused.value).startswith("RMA000000132 has not been received")
    assert "RMA RMA" not in str(refused.value)
