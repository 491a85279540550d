"""A picture file chosen in place of the camera: it must decode as an image, whatever its
name or first bytes say, and is kept as a JPEG."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.core.errors import InspectorError
from inspector.receiving import photos
from inspector.receiving.photos import picture_from_file


@pytest.mark.parametrize("suffix", [".png", ".bmp", ".webp", ".jpg", ".tiff"])
def test_a_real_picture_of_any_common_kind_is_kept_as_a_jpeg(tmp_path, suffix):
    picture = np.zeros((60, 80, 3), np.uint8)
    picture[:, :40] = (0, 0, 255)
    path = tmp_path / f"unit{suffix}"
    assert cv2.imwrite(str(path), picture)
    jpeg = picture_from_file(path)
    assert jpeg.startswith(b"\xff\xd8")
    back = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert back.shape == (60, 80, 3)
    assert back[30, 10, 2] > 200 and back[30, 70, 2] < 50  # red on the left, black right


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff\xe0" + b"\x00JFIF" + b"junk" * 50,  # a JPEG's first bytes, no picture
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,  # a PNG's signature, nothing after it
        b"%PDF-1.7 a document",
        b"",
    ],
)
def test_a_file_that_only_looks_like_a_picture_is_refused_in_words(tmp_path, data):
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    with pytest.raises(InspectorError, match="photo.jpg is not a picture this app can read"):
        picture_from_file(path)


def test_a_missing_or_huge_file_is_said_in_words(tmp_path, monkeypatch):
    with pytest.raises(InspectorError, match="cannot read gone.png"):
        picture_from_file(tmp_path / "gone.png")
    path = tmp_path / "big.png"
    cv2.imwrite(str(path), np.zeros((400, 400, 3), np.uint8) + 7)
    monkeypatch.setattr(photos, "PICTURE_LIMIT", 100)
    with pytest.raises(InspectorError, match="choose a picture under"):
        picture_from_file(path)
