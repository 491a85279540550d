"""Camera scenes of carrier labels: held under a webcam, small, askew, crumpled, dim, JPEG.

A scene is one label in front of the camera for a few frames: its pose (turned any way,
tilted up to 35 degrees), its size (the tracking barcode at 1.3 to about 3.2 pixels a
module), the paper crumpled, the light dim or uneven, the lens a little out of focus, the
sensor noisy and the frame JPEG-compressed at quality 45 to 95. Each frame of a scene moves
the label a few pixels (a hand holding it) and draws new noise. Frames are kept as the JPEG
bytes a camera would give, so a few hundred 1080p frames stay small in memory.

Everything is drawn from a seeded generator: a seed gives the same scenes on every run.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np

from tests.helpers.carrier_labels import BASE_MODULE, Label, carrier_label


@dataclass
class Scene:
    label: Label
    size: tuple[int, int]
    module_px: float  # pixels per module of the tracking barcode, before the tilt
    tilt: float
    quality: int
    frames: list[bytes] = field(default_factory=list)  # JPEG, as a camera gives them

    def frame(self, i: int) -> np.ndarray:
        data = np.frombuffer(self.frames[i], np.uint8)
        return cv2.imdecode(data, cv2.IMREAD_COLOR)


def _crumpled(rng: random.Random, label: np.ndarray) -> np.ndarray:
    """The label's paper creased: a smooth random displacement, shaded along the folds."""
    h, w = label.shape
    amount = rng.uniform(0.0, 0.012) * w
    seed = rng.randrange(2**31)
    field_rng = np.random.default_rng(seed)
    coarse = field_rng.normal(0, 1, (2, 5, 4)).astype(np.float32)
    dx = cv2.resize(coarse[0], (w, h), interpolation=cv2.INTER_CUBIC) * amount
    dy = cv2.resize(coarse[1], (w, h), interpolation=cv2.INTER_CUBIC) * amount
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    bent = cv2.remap(label, xs + dx, ys + dy, cv2.INTER_LINEAR, borderValue=255)
    folds = cv2.Sobel(dx, cv2.CV_32F, 1, 0, ksize=3) + cv2.Sobel(dy, cv2.CV_32F, 0, 1, ksize=3)
    shade = 1.0 - np.clip(np.abs(folds) * rng.uniform(0.3, 1.5), 0, 0.3)
    return (bent.astype(np.float32) * shade).astype(np.float32)


def _pose(
    rng: random.Random, label_size: tuple[int, int], frame: tuple[int, int], scale: float
) -> tuple[np.ndarray, float]:
    """A homography from label pixels to frame pixels: scaled, turned, tilted, placed."""
    lw, lh = label_size
    width, height = frame
    corners = np.float32([[0, 0], [lw, 0], [lw, lh], [0, lh]]) - [lw / 2, lh / 2]
    corners *= scale
    turn = math.radians(rng.uniform(0, 360))
    rot = np.float32([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
    flat = corners @ rot.T
    tilt = math.radians(rng.uniform(0, 35))
    axis = rng.uniform(0, math.pi)
    ax, ay = math.cos(axis), math.sin(axis)
    focal = 1.2 * width
    projected = []
    for x, y in flat:
        along = x * ax + y * ay  # the part along the axis stays; across it leans away
        across = -x * ay + y * ax
        z = across * math.sin(tilt)
        across *= math.cos(tilt)
        px, py = along * ax - across * ay, along * ay + across * ax
        projected.append([px * focal / (focal + z), py * focal / (focal + z)])
    points = np.float32(projected)
    span = points.max(axis=0) - points.min(axis=0)
    room = np.maximum(np.float32([width, height]) - span, 0) / 2
    centre = np.float32([width / 2, height / 2]) + [
        rng.uniform(-1, 1) * min(room[0], width * 0.2),
        rng.uniform(-1, 1) * min(room[1], height * 0.2),
    ]
    source = np.float32([[0, 0], [lw, 0], [lw, lh], [0, lh]])
    placed = (points + centre).astype(np.float32)
    return cv2.getPerspectiveTransform(source, placed), math.degrees(tilt)


def _background(rng: random.Random, size: tuple[int, int]) -> np.ndarray:
    """Cardboard under uneven light: a brownish grey with a coarse texture."""
    width, height = size
    tone = rng.uniform(110, 175)
    texture = np.random.default_rng(rng.randrange(2**31)).normal(0, 1, (height // 16, width // 16))
    coarse = cv2.resize(texture.astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC)
    return np.float32(tone) + coarse * 8


def scene(
    rng: random.Random, size: tuple[int, int], carrier: str | None = None, frames: int = 6
) -> Scene:
    """A label of `carrier` (or any) in front of a camera of `size`, as `frames` JPEGs."""
    label = carrier_label(rng, carrier)
    width, height = size
    lh, lw = label.image.shape
    module_px = math.exp(rng.uniform(math.log(1.3), math.log(3.2)))
    scale = module_px / BASE_MODULE
    scale = min(scale, 1.05 * height / lh)  # the label fills the frame's height at most
    module_px = scale * BASE_MODULE
    homography, tilt = _pose(rng, (lw, lh), size, scale)
    paper = _crumpled(rng, label.image) if rng.random() < 0.6 else label.image.astype(np.float32)
    ground = _background(rng, size)
    mask = cv2.warpPerspective(np.ones_like(paper), homography, size, flags=cv2.INTER_LINEAR)
    warped = cv2.warpPerspective(paper, homography, size, flags=cv2.INTER_AREA)
    clean = warped * mask + ground * (1 - mask)
    # The light: dim (down to a quarter), brighter to one side.
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    lean = math.radians(rng.uniform(0, 360))
    slope = (xx * math.cos(lean) + yy * math.sin(lean)) / max(width, height)
    light = rng.uniform(0.25, 1.0) * (1 + rng.uniform(0, 0.5) * (slope - 0.5))
    clean *= light
    blur = rng.choice((0.0, 0.0, 0.6, 0.9, 1.2))
    noise = rng.uniform(2, 10)
    quality = rng.randint(45, 95)
    tint = np.float32([rng.uniform(0.85, 1.0), rng.uniform(0.95, 1.0), 1.0])
    made = Scene(label, size, module_px, tilt, quality)
    noise_rng = np.random.default_rng(rng.randrange(2**31))
    for _ in range(frames):
        shake = cv2.getRotationMatrix2D(
            (width / 2 + rng.uniform(-3, 3), height / 2 + rng.uniform(-3, 3)),
            rng.uniform(-0.7, 0.7),
            1.0,
        )
        moved = cv2.warpAffine(clean, shake, size, borderMode=cv2.BORDER_REPLICATE)
        if blur:
            moved = cv2.GaussianBlur(moved, (0, 0), blur)
        grain = noise_rng.normal(0, noise, moved.shape).astype(np.float32)
        grey = np.clip(moved + grain, 0, 255)
        colour = np.clip(grey[:, :, None] * tint, 0, 255).astype(np.uint8)
        ok, data = cv2.imencode(".jpg", colour, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        made.frames.append(data.tobytes())
    return made


def held(label: Label, size: tuple[int, int], module_px: float, angle: float) -> np.ndarray:
    """A label flat in the middle of a grey frame (BGR): its tracking barcode at `module_px`
    pixels a module, turned by `angle` degrees; no blur, noise or JPEG."""
    width, height = size
    scale = module_px / BASE_MODULE
    lh, lw = label.image.shape
    turn = cv2.getRotationMatrix2D((lw / 2, lh / 2), angle, scale)
    turn[:, 2] += (width / 2 - lw / 2, height / 2 - lh / 2)
    grey = cv2.warpAffine(
        label.image,
        turn,
        size,
        flags=cv2.INTER_AREA,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=100,
    )
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
