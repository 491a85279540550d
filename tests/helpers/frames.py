"""Synthetic dock frames: a real barcode rendered by zxing-cpp onto a 720p 'bench'."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import zxingcpp


def label_frame(
    text: str,
    angle: float = 0.0,
    fmt=zxingcpp.BarcodeFormat.Code128,
    size=(1280, 720),
    **options: object,
) -> np.ndarray:
    """A grey bench with a white label holding the barcode, turned by `angle` degrees
    (`options` go to zxing-cpp's writer: gs1=True makes a GS1-128)."""
    width, height = size
    frame = np.full((height, width, 3), 90, np.uint8)
    code = np.asarray(zxingcpp.create_barcode(text, fmt, **options).to_image(scale=3))
    label = np.full((code.shape[0] + 80, code.shape[1] + 80), 255, np.uint8)
    label[40 : 40 + code.shape[0], 40 : 40 + code.shape[1]] = code
    canvas = np.full((height, width), 90, np.uint8)
    y, x = (height - label.shape[0]) // 2, (width - label.shape[1]) // 2
    canvas[y : y + label.shape[0], x : x + label.shape[1]] = label
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, turn, (width, height), borderValue=90)
    frame[:] = canvas[:, :, None]
    return frame


def write_video(path: Path, frames: list[np.ndarray], fps: float = 15.0) -> Path:
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path
