"""Problems in words: a database out of reach is said once, in the station's language."""

from __future__ import annotations

import pytest

from db.errors import DatabaseUnavailable
from inspector.core.warehouse import open_warehouse
from ui.common.problems import describe


def test_an_unreachable_server_is_said_once_that_nothing_was_saved(qtbot):
    with pytest.raises(DatabaseUnavailable) as out:
        open_warehouse("postgresql://postgres@127.0.0.1:1/inspector")
    said = describe(out.value)
    assert said == (
        "The database cannot be reached. Nothing was saved: check the network and the "
        "database server, then try again."
    )
    assert "\n" not in said
