"""Photos from the station's camera: kept as files beside the database, listed in it."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from db import models as m
from db.engine import explained_errors
from inspector.core.errors import InspectorError
from inspector.core.paths import data_dir
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require


def keep_photo(jpeg: bytes, name: str, taken_at: dt.datetime) -> tuple[Path, str]:
    """Write a JPEG to the day's photo folder; return its path and SHA-256."""
    if not is_whole_jpeg(jpeg):
        raise InspectorError("the photo is not a whole JPEG image: take it again")
    digest = hashlib.sha256(jpeg).hexdigest()
    folder = data_dir() / "photos" / f"{taken_at:%Y-%m-%d}"
    path = folder / f"{name}-{digest[:12]}.jpg"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(jpeg)
    except OSError as exc:
        raise InspectorError(f"cannot keep the photo in {folder}: {exc.strerror}") from None
    return path, digest


PICTURE_LIMIT = 30 * 1024 * 1024  # a photo from a phone is a few MB; past this, not a photo


def picture_from_file(path: Path) -> bytes:
    """A picture file the grader chose (no camera at the bench), as a JPEG: the file must
    really decode as an image, whatever its name or first bytes say."""
    import cv2  # OpenCV loads when a picture is read, not on the way to sign-in
    import numpy as np

    try:
        size = path.stat().st_size
        if size > PICTURE_LIMIT:
            raise InspectorError(
                f"{path.name} is {size // (1024 * 1024)} MB: choose a picture under "
                f"{PICTURE_LIMIT // (1024 * 1024)} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InspectorError(f"cannot read {path.name}: {exc.strerror}") from None
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR) if data else None
    if image is None:
        raise InspectorError(
            f"{path.name} is not a picture this app can read: choose a JPEG, PNG, BMP or WebP"
        )
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        raise InspectorError(f"{path.name} could not be kept as a JPEG")
    return encoded.tobytes()


def is_whole_jpeg(data: bytes) -> bool:
    """True if the bytes are a JPEG that decodes to a picture, to its end (a truncated or
    garbled file, or another kind of image, is not)."""
    if not data.startswith(b"\xff\xd8"):
        return False
    import cv2  # OpenCV loads with the first photo, not on the way to sign-in
    import numpy as np

    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    return image is not None and image.size > 0


def attach_parcel_photo(
    warehouse: Warehouse,
    actor: Actor | None,
    parcel_id: int,
    jpeg: bytes,
    taken_at: dt.datetime | None = None,
) -> str:
    """Keep a photo of a parcel (an unknown one, say); return the file's path."""
    require(actor, Action.RECEIVE)
    taken_at = taken_at or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        parcel = session.get(m.Parcel, parcel_id)
        if parcel is None:
            raise InspectorError(f"no parcel {parcel_id} to attach a photo to")
        path, digest = keep_photo(jpeg, f"parcel-{parcel_id}", taken_at)
        session.add(m.Photo(parcel_id=parcel_id, path=str(path), sha256=digest, taken_at=taken_at))
        record(
            session,
            actor,
            "photo_taken",
            "parcel",
            parcel.tracking_number or f"parcel-{parcel_id}",
            after={"sha256": digest, "file": path.name},
            at=taken_at,
        )
    return str(path)
