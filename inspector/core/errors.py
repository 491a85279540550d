"""The errors a person at the dock can act on; anything else is a bug."""

from db.errors import DatabaseBusy, DatabaseProblem, DatabaseUnavailable, SchemaTooNew


class InspectorError(Exception):
    """A known condition with a message that says what is wrong and what to do."""


class NotFound(InspectorError):
    """Nothing matches what was asked for."""


def rma_named(number: str) -> str:
    """An RMA as a sentence names it: 'RMA R-1001', but 'RMA000000132' alone (the shop's
    numbers say RMA already; 'RMA RMA000000132' reads as a stutter)."""
    return number if number[:3].upper() == "RMA" else f"RMA {number}"


__all__ = [
    "DatabaseBusy",
    "DatabaseProblem",
    "DatabaseUnavailable",
    "InspectorError",
    "NotFound",
    "SchemaTooNew",
    "rma_named",
]
