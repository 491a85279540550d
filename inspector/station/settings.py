"""This station's own settings (name, language), kept in a small file on the machine.

Configuration that every station shares lives in the database instead.
"""

from __future__ import annotations

import json
import socket
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError
from inspector.core.limits import check_text
from inspector.core.paths import config_dir
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require
from inspector.people.stations import station_in
from inspector.tags.bench_tags import move_waiting_tags, record_moved, stranded
from inspector.tags.bin_tags import PROFILES
from inspector.tags.printers import parse_uri

LANGUAGES = ("", "en", "ko")  # "" follows the machine's locale
RESOLUTIONS = ("640x480", "1280x720", "1920x1080")


def resolution_of(settings: StationSettings) -> tuple[int, int]:
    width, height = settings.camera_resolution.split("x")
    return int(width), int(height)


@dataclass
class StationSettings:
    station_name: str = ""
    language: str = ""
    idle_minutes: int = 5  # sign the operator out after this long without a touch or scan
    camera: str = "0"  # a camera index, a video file or a folder of images; "" for none
    camera_resolution: str = "1280x720"  # asked of the camera; it may give what it has
    camera_focus: str = "auto"  # "auto", or "fixed" for cameras that hunt under dock lights
    wedge_gap_ms: int = 35  # keys closer than this are a scanner's burst, not typing
    printer: str = ""  # the bench's tag printer: tcp://HOST:9100, usb://VID:PID, ...; "" none
    printer_profile: str = "80mm-576"  # 58mm, 80mm-512 or 80mm-576

    def __post_init__(self) -> None:
        if not self.station_name:
            self.station_name = socket.gethostname().split(".")[0].upper() or "STATION"


def settings_path() -> Path:
    return config_dir() / "station.json"


def load_settings(path: Path | None = None) -> StationSettings:
    """Read the station's settings; a missing file gives the defaults."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return StationSettings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InspectorError(
            f"the station settings file {path} cannot be read ({exc}); fix it or delete it "
            "to start from the defaults"
        ) from None
    if not isinstance(raw, dict):
        raise InspectorError(f"the station settings file {path} is not a JSON object")
    known = {f.name for f in fields(StationSettings)}
    values = {k: v for k, v in raw.items() if k in known}
    numbers = {}
    for name, default in (("idle_minutes", 5), ("wedge_gap_ms", 35)):
        try:
            numbers[name] = int(values.pop(name, default))
        except (TypeError, ValueError):
            numbers[name] = default
    texts = {k: str(v) for k, v in values.items()}
    settings = StationSettings(
        station_name=texts.get("station_name", ""),
        language=texts.get("language", ""),
        camera=texts.get("camera", "0"),
        camera_resolution=texts.get("camera_resolution", "1280x720"),
        camera_focus=texts.get("camera_focus", "auto"),
        printer=texts.get("printer", ""),
        printer_profile=texts.get("printer_profile", "80mm-576"),
        idle_minutes=numbers["idle_minutes"],
        wedge_gap_ms=numbers["wedge_gap_ms"],
    )
    if settings.language not in LANGUAGES:
        settings.language = ""
    if not 1 <= settings.idle_minutes <= 240:
        settings.idle_minutes = 5
    if not 5 <= settings.wedge_gap_ms <= 200:
        settings.wedge_gap_ms = 35
    if settings.camera_resolution not in RESOLUTIONS:
        settings.camera_resolution = "1280x720"
    if settings.camera_focus not in ("auto", "fixed"):
        settings.camera_focus = "auto"
    if settings.printer_profile not in PROFILES:
        settings.printer_profile = "80mm-576"
    return settings


def save_settings(settings: StationSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (a crash never leaves half a file)."""
    path = path or settings_path()
    check_settings(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise InspectorError(
            f"cannot save the station settings to {path}: {exc.strerror}"
        ) from None
    return path


def check_settings(settings: StationSettings) -> None:
    """Refuse settings a station cannot work with, in words, before anything is written."""
    if settings.language not in LANGUAGES:
        raise InspectorError(f"unknown language '{settings.language}'")
    if not settings.station_name.strip():
        raise InspectorError("the station needs a name")
    check_text(m.Station.__table__.c.name, settings.station_name, "the station's name")
    if not 1 <= settings.idle_minutes <= 240:
        raise InspectorError("sign-out after idle must be 1 to 240 minutes")
    if not 5 <= settings.wedge_gap_ms <= 200:
        raise InspectorError("the scanner key gap must be 5 to 200 ms")
    if settings.camera_resolution not in RESOLUTIONS:
        raise InspectorError(f"the camera resolution is one of {', '.join(RESOLUTIONS)}")
    if settings.printer.strip():
        parse_uri(settings.printer)  # a wrong address is said now, not at the first tag
    if settings.printer_profile not in PROFILES:
        raise InspectorError(f"the printer profile is one of {', '.join(PROFILES)}")


@dataclass(frozen=True)
class Saved:
    """What a save did: the station's row id, and this bench's waiting tags."""

    station_id: int
    tags_moved: int = 0  # waiting tags that followed the bench to its new printer
    tags_stranded: int = 0  # waiting tags with no printer to go to (the printer was cleared)


def change_station_settings(
    warehouse: Warehouse, actor: Actor | None, old: StationSettings, new: StationSettings
) -> Saved:
    """Save this station's settings (admin only), with the change in the audit trail.

    A new station name is a new station row. A tag belongs to the bench: when the printer (or
    its paper, or the station's name) changes, the bench's waiting tags move to its printer
    in the same transaction, audited.
    """
    require(actor, Action.MANAGE_STATIONS)
    check_settings(new)
    moved: dict[str, list[int]] = {}
    with explained_errors(), warehouse.sessions.begin() as session:
        # In this transaction: refused settings (or a file that cannot be written) leave no
        # station registered under their name.
        station_id = station_in(session, new.station_name)
        stations = [station_id]
        if old.station_name != new.station_name:
            stations.append(station_in(session, old.station_name))
        record(
            session,
            actor,
            "station_settings_changed",
            "station",
            new.station_name,
            before=asdict(old),
            after=asdict(new),
            station_id=station_id,
        )
        if new.printer.strip():
            moved = move_waiting_tags(
                session, stations, new.printer, new.printer_profile, station_id
            )
            record_moved(session, actor, new.station_name, station_id, moved, new.printer)
        save_settings(new)  # if the file cannot be written, the event is rolled back
    left = 0 if new.printer.strip() else sum(s.tags for s in stranded(warehouse, station_id, ""))
    return Saved(station_id, sum(len(ids) for ids in moved.values()), left)
