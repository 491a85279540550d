import json

import pytest

from inspector.core.errors import InspectorError
from inspector.station.settings import StationSettings, load_settings, save_settings, settings_path


def test_defaults_when_there_is_no_file():
    settings = load_settings()
    assert settings.station_name
    assert settings.language == ""


def test_saved_settings_load_back():
    save_settings(StationSettings(station_name="BENCH-7", language="ko"))
    assert load_settings() == StationSettings(station_name="BENCH-7", language="ko")


def test_damaged_file_is_explained_not_a_traceback():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InspectorError, match="cannot be read.*delete it"):
        load_settings()


def test_unknown_language_falls_back_to_the_machine():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"station_name": "X", "language": "fr"}), encoding="utf-8")
    assert load_settings().language == ""


def test_camera_settings_round_trip_and_bad_values_fall_back():
    save_settings(
        StationSettings(
            station_name="DOCK-2",
            camera="1",
            camera_resolution="1920x1080",
            camera_focus="fixed",
            wedge_gap_ms=50,
        )
    )
    loaded = load_settings()
    assert (loaded.camera, loaded.camera_resolution, loaded.camera_focus, loaded.wedge_gap_ms) == (
        "1",
        "1920x1080",
        "fixed",
        50,
    )
    path = settings_path()
    path.write_text(
        json.dumps(
            {
                "station_name": "X",
                "camera_resolution": "8k",
                "camera_focus": "blurry",
                "wedge_gap_ms": "fast",
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings()
    assert (loaded.camera_resolution, loaded.camera_focus, loaded.wedge_gap_ms) == (
        "1280x720",
        "auto",
        35,
    )
    with pytest.raises(InspectorError, match="camera resolution"):
        save_settings(StationSettings(station_name="X", camera_resolution="10x10"))


def test_a_printer_address_is_checked_when_saved_and_kept_when_good(tmp_path):
    path = tmp_path / "station.json"
    with pytest.raises(InspectorError, match="is not a printer address"):
        save_settings(StationSettings(station_name="B1", printer="lpt1"), path)
    assert not path.exists()  # nothing half written
    with pytest.raises(InspectorError, match="the printer profile is one of"):
        save_settings(StationSettings(station_name="B1", printer_profile="99mm"), path)
    save_settings(
        StationSettings(station_name="B1", printer="tcp://10.0.0.9:9100", printer_profile="58mm"),
        path,
    )
    loaded = load_settings(path)
    assert (loaded.printer, loaded.printer_profile) == ("tcp://10.0.0.9:9100", "58mm")
    raw = json.loads(path.read_text())
    raw["printer_profile"] = "99mm"
    path.write_text(json.dumps(raw))
    assert load_settings(path).printer_profile == "80mm-576"  # a bad file value falls back
