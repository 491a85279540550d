"""Known problems said in the station's language; the service's own words follow as detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector.errors import DatabaseBusy, DatabaseUnavailable, InspectorError, SchemaTooNew


def describe(exc: BaseException) -> str:
    if isinstance(exc, DatabaseBusy):
        return QCoreApplication.translate(
            "Problems", "The database is busy. Wait a moment and try again."
        )
    if isinstance(exc, SchemaTooNew):
        return QCoreApplication.translate(
            "Problems",
            "The database was set up by a newer version of Returns Inspector. "
            "Update this station before using it.",
        )
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate(
            "Problems", "The database cannot be reached: {detail}"
        ).format(detail=exc)
    if isinstance(exc, InspectorError):
        return str(exc)
    return QCoreApplication.translate("Problems", "Unexpected error: {detail}").format(detail=exc)
