"""Whatever a scanner or a keyboard sends, receiving, looking up and searching answer in words or
with a result, never with a database error: NUL bytes, the last code points, lone surrogates,
control characters; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inspector.core.errors import InspectorError
from inspector.receiving.lookup import lookup, search
from inspector.receiving.receipts import receive

SCANS = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),  # every code point, surrogates included
        st.sampled_from(["\x00", "\x1d", "\ud7ff", "\U0010ffff", "\ufffe", "1", "Z", "9"]),
    ),
    max_size=60,
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def dock(warehouse, staff):
    return warehouse, staff["dock"]


@FUZZ
@given(scanned=SCANS)
@example(scanned="\x00")
@example(scanned="1Z999AA10123456784\x00")
@example(scanned="RMA\x00000001X")
@example(scanned="ABC\U0010ffff")
@example(scanned="ABC\ud7ff")
@example(scanned="\ud800")
def test_receive_lookup_and_search_never_crash(dock, scanned):
    warehouse, clerk = dock
    try:
        receipt = receive(warehouse, clerk, scanned)
    except InspectorError:
        pass
    else:
        assert "\x00" not in receipt.scanned
    assert lookup(warehouse, scanned) is None or lookup(warehouse, scanned).rma_number
    assert isinstance(search(warehouse, scanned), list)
