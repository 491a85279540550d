"""Every refusal of a station's settings (inspector.station.settings): the words an admin
reads, and not a row changed: no station registered under the new name, no audit event, no
tag moved; the settings file is left as it was."""

from __future__ import annotations

import dataclasses

import pytest

from inspector.core.errors import InspectorError
from inspector.people.roles import NotAllowed
from inspector.station.settings import (
    StationSettings,
    change_station_settings,
    load_settings,
    save_settings,
    settings_path,
)
from inspector.tags.printers import BadPrinterUri
from tests.helpers.unchanged import refused

OLD = StationSettings(station_name="BENCH-1", language="en", printer="tcp://127.0.0.1:9100")

# case id -> (who, the settings changed from OLD, the error, its words). Each one also
# renames the bench, so that a station registered before the refusal would show.
CASES = {
    "changed by a supervisor": (
        "supervisor",
        {},
        NotAllowed,
        "may not manage stations: that needs the admin role",
    ),
    "a language the app does not speak": (
        "admin",
        {"language": "fr"},
        InspectorError,
        "unknown language 'fr'",
    ),
    "a name of blanks": (
        "admin",
        {"station_name": "   "},
        InspectorError,
        "the station needs a name",
    ),
    "idle for no minute": (
        "admin",
        {"idle_minutes": 0},
        InspectorError,
        "sign-out after idle must be 1 to 240 minutes",
    ),
    "idle for more than four hours": (
        "admin",
        {"idle_minutes": 241},
        InspectorError,
        "sign-out after idle must be 1 to 240 minutes",
    ),
    "a scanner gap too short": (
        "admin",
        {"wedge_gap_ms": 4},
        InspectorError,
        "the scanner key gap must be 5 to 200 ms",
    ),
    "a camera resolution not offered": (
        "admin",
        {"camera_resolution": "800x600"},
        InspectorError,
        "the camera resolution is one of 640x480, 1280x720, 1920x1080",
    ),
    "a printer with no host": (
        "admin",
        {"printer": "tcp://"},
        BadPrinterUri,
        "'tcp://' has no host",
    ),
    "a printer profile that does not exist": (
        "admin",
        {"printer_profile": "laser"},
        InspectorError,
        "the printer profile is one of 58mm, 80mm-512, 80mm-576",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, case):
    who, changes, error, words = CASES[case]
    save_settings(OLD)
    on_file = settings_path().read_text(encoding="utf-8")
    new = dataclasses.replace(OLD, **{"station_name": "BENCH-9", **changes})
    refused(
        warehouse, error, words, lambda: change_station_settings(warehouse, staff[who], OLD, new)
    )
    assert settings_path().read_text(encoding="utf-8") == on_file


def test_a_good_change_is_saved():
    """What the refusals refused is otherwise done (the file only: no database here)."""
    save_settings(dataclasses.replace(OLD, idle_minutes=240, wedge_gap_ms=5))
    assert load_settings().idle_minutes == 240


@pytest.mark.parametrize(
    ("text", "words"),
    [("{not json", "cannot be read"), ("[1, 2]", "is not a JSON object")],
)
def test_a_settings_file_that_cannot_be_used_is_refused(text, words):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(text, encoding="utf-8")
    with pytest.raises(InspectorError, match=words):
        load_settings()


def test_settings_that_cannot_be_written_are_refused_whole(warehouse, staff):
    """The settings file cannot be written (a folder is in its way): refused in words, and
    the new bench name is not registered as a station, nor anything audited."""
    settings_path().mkdir(parents=True)
    new = dataclasses.replace(OLD, station_name="BENCH-9")
    refused(
        warehouse,
        InspectorError,
        "cannot save the station settings to ",
        lambda: change_station_settings(warehouse, staff["admin"], OLD, new),
    )
