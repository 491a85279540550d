"""python-escpos, imported without its side effect: its capabilities module calls
`logging.basicConfig()` on import, which would send every library's INFO lines (Alembic's,
say) to stderr. The handler it adds is taken off again here."""

from __future__ import annotations

import logging
from types import ModuleType


def printer_module() -> ModuleType:
    """`escpos.printer`, with the root logger's handlers as they were before the import."""
    root = logging.getLogger()
    had, level = list(root.handlers), root.level
    import escpos.printer

    for handler in [h for h in root.handlers if h not in had]:
        root.removeHandler(handler)
    root.setLevel(level)
    return escpos.printer
