"""The errors a person at the dock can act on; anything else is a bug."""

from db.errors import DatabaseBusy, DatabaseProblem, DatabaseUnavailable, SchemaTooNew


class InspectorError(Exception):
    """A known condition with a message that says what is wrong and what to do."""


class NotFound(InspectorError):
    """Nothing matches what was asked for."""


__all__ = [
    "DatabaseBusy",
    "DatabaseProblem",
    "DatabaseUnavailable",
    "InspectorError",
    "NotFound",
    "SchemaTooNew",
]
