"""A photo of a label dropped onto the app: the code in it that names the parcel, read by
the same chain as `inspector decode` (inspector.receiving.decoding)."""

from __future__ import annotations

from inspector.core.errors import InspectorError
from inspector.receiving.labels import candidates, is_routing_code

# What names a parcel best first: its tracking number (or SSCC) names the very parcel, an
# RMA number the return it belongs to, an order number the order.
RANK = ("tracking", "sscc", "rma", "order")
# The files read as pictures (a photo dropped on the page, a folder replayed as a camera).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff")


def parcel_code_in_photo(path: str) -> str | None:
    """The text of the code in the photo that best names a parcel (see RANK), or None when
    none does (a routing code or an RMA-less portal link alone never does). InspectorError
    when the file is missing or no image."""
    from inspector.receiving.decoding import decode_file  # the decoders load with a photo

    try:
        symbols = decode_file(path)
    except OSError as exc:
        raise InspectorError(str(exc)) from exc
    best: tuple[int, str] | None = None
    for symbol in symbols:
        if is_routing_code(symbol.text):
            continue
        kinds = {c.kind for c in candidates(symbol.text)}
        rank = next((i for i, kind in enumerate(RANK) if kind in kinds), None)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, symbol.text)
    return best[1] if best else None
