"""Where a frame's bars are: regions of parallel stripes (1D barcodes, PDF417), with their angle.

A barcode is a patch where the image changes strongly, and always across the same
direction; printed text changes as strongly but every way at once, paper and cardboard
hardly at all. So the frame's gradient is measured on a sparse grid at full resolution (a
difference across two pixels still sees bars 1.3 pixels wide, which a downscaled copy has
already averaged away), summed into blocks as a structure tensor, and the blocks whose
gradient is strong and keeps one direction are joined into regions. Each region is given as
a rectangle turned so that its bars stand upright: reading that rectangle at full
resolution finds a small, askew barcode in one try, where turning the whole frame by
guessed angles takes several.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

_BLOCKS_ACROSS = 56  # blocks across the frame's width: a label's barcode covers several
_COHERENT = 0.55  # how much of a block's gradient keeps one direction, at least
_SAME_ANGLE = math.radians(12)  # blocks of one barcode agree on their angle within this
MAX_REGIONS = 2
_STRETCH = 2.0


@dataclass(frozen=True)
class BarRegion:
    """A turned rectangle in frame pixels: its centre, size, and the angle (degrees) by which
    the frame turns so that the bars stand upright in it; `strength` ranks regions."""

    centre: tuple[float, float]
    size: tuple[float, float]
    angle: float
    strength: float

    def upright(self, gray: np.ndarray, max_pixels: int) -> tuple[np.ndarray, np.ndarray]:
        """The region cut out of `gray` with its bars upright, and the affine matrix that
        takes the cut's pixels back to the frame's. A small region is stretched across its
        bars (up to twice: zxing-cpp reads bars of 1.3 pixels poorly, of 2.6 well), a large
        one shrunk to `max_pixels`."""
        width, height = self.size
        fill = math.sqrt(max_pixels / max(1.0, width * height))
        across = min(_STRETCH, fill)
        along = min(1.0, fill)
        out_w, out_h = max(8, int(width * across)), max(8, int(height * along))
        turn = math.radians(self.angle)
        cos, sin = math.cos(turn), math.sin(turn)
        cx, cy = self.centre
        # cut (u, v) -> frame: centre + R(angle) @ ((u - w / 2) / across, (v - h / 2) / along)
        back = np.array(
            [
                [cos / across, -sin / along, 0.0],
                [sin / across, cos / along, 0.0],
            ],
            dtype=np.float64,
        )
        back[:, 2] = np.array([cx, cy]) - back[:, :2] @ np.array([out_w / 2, out_h / 2])
        cut = cv2.warpAffine(
            gray,
            back,
            (out_w, out_h),
            flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        return cut, back


def _tensor(gray: np.ndarray, step: int, block: int) -> tuple[np.ndarray, ...]:
    """The gradient's structure tensor summed over blocks of `block` pixels, sampled every
    `step` pixels with central differences at full resolution."""
    g = gray.astype(np.int16)
    h, w = g.shape
    rows = slice(1, h - 1, step)
    cols = slice(1, w - 1, step)
    gx = (g[rows, 2::step][:, : (w - 2 + step - 1) // step] - g[rows, 0 : w - 2 : step]).astype(
        np.float32
    )
    gy = (g[2::step, cols][: (h - 2 + step - 1) // step] - g[0 : h - 2 : step, cols]).astype(
        np.float32
    )
    n = min(gx.shape[0], gy.shape[0]), min(gx.shape[1], gy.shape[1])
    gx, gy = gx[: n[0], : n[1]], gy[: n[0], : n[1]]
    cells = max(1, block // step)
    size = (max(1, n[1] // cells), max(1, n[0] // cells))
    jxx = cv2.resize(gx * gx, size, interpolation=cv2.INTER_AREA)
    jyy = cv2.resize(gy * gy, size, interpolation=cv2.INTER_AREA)
    jxy = cv2.resize(gx * gy, size, interpolation=cv2.INTER_AREA)
    # Neighbouring blocks together: a barcode spans several, a stroke of text does not.
    return tuple(cv2.blur(j, (3, 3)) for j in (jxx, jyy, jxy))


def bar_regions(gray: np.ndarray, max_regions: int = MAX_REGIONS) -> list[BarRegion]:
    """The regions of `gray` that look like bars, the strongest first (see the module note)."""
    h, w = gray.shape[:2]
    if min(h, w) < 48:
        return []  # too small to hold a region of several blocks: read as it is
    block = max(8, w // _BLOCKS_ACROSS)
    step = 2 if w <= 1400 else 3
    jxx, jyy, jxy = _tensor(gray, step, block)
    energy = jxx + jyy
    spread = np.sqrt((jxx - jyy) ** 2 + 4 * jxy**2)
    coherence = spread / (energy + 1e-3)
    angle = 0.5 * np.arctan2(2 * jxy, jxx - jyy)  # the gradient's direction, across the bars
    loud = energy > 0.25 * float(np.percentile(energy, 99)) if energy.size else energy
    candidate = (coherence > _COHERENT) & loud & (energy > 300)
    found: list[BarRegion] = []
    score = np.where(candidate, energy * coherence, 0)
    for _ in range(max_regions):
        best = np.unravel_index(int(np.argmax(score)), score.shape)
        if score[best] <= 0:
            break
        theta = float(angle[best])
        apart = np.abs(np.angle(np.exp(2j * (angle - theta)))) / 2
        mask = (candidate & (apart < _SAME_ANGLE)).astype(np.uint8)
        _, labels = cv2.connectedComponents(mask, connectivity=8)
        member = labels == labels[best]
        score[member] = 0
        ys, xs = np.nonzero(member)
        if len(xs) < 2:
            continue
        cx, cy = (xs + 0.5) * w / jxx.shape[1], (ys + 0.5) * h / jxx.shape[0]
        bw, bh = w / jxx.shape[1], h / jxx.shape[0]
        cos, sin = math.cos(theta), math.sin(theta)
        along = cx * cos + cy * sin  # across the bars
        across = -cx * sin + cy * cos  # along the bars
        pad_u, pad_v = 2.5 * bw, 1.2 * bh
        u0, u1 = along.min() - pad_u, along.max() + pad_u
        v0, v1 = across.min() - pad_v, across.max() + pad_v
        mu, mv = (u0 + u1) / 2, (v0 + v1) / 2
        centre = (mu * cos - mv * sin, mu * sin + mv * cos)
        found.append(
            BarRegion(
                centre,
                (float(u1 - u0), float(v1 - v0)),
                math.degrees(theta),
                float(member.sum() * np.mean(energy[member])),
            )
        )
    return found
