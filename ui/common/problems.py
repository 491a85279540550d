"""Known problems said in the station's language; the service's own words follow as detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector.core.errors import DatabaseBusy, DatabaseUnavailable, InspectorError, SchemaTooNew
from inspector.people.operators import Locked, SignInRefused, WrongPin
from inspector.people.roles import NotAllowed
from inspector.tags.printers import PrinterNotReady
from ui.common import words


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
    if isinstance(exc, NotAllowed):
        what, role = words.action(exc.action), words.role(exc.needed)
        if exc.actor is None:
            return QCoreApplication.translate("Problems", "Sign in to {what}.").format(what=what)
        return QCoreApplication.translate(
            "Problems", "{name} may not {what}: that needs the {role} role."
        ).format(name=exc.actor.display_name, what=what, role=role)
    if isinstance(exc, WrongPin):
        return QCoreApplication.translate(
            "Problems",
            "Wrong PIN. %n more wrong PIN(s) and you are locked out for a while.",
            "",
            exc.tries_left,
        )
    if isinstance(exc, Locked):
        return QCoreApplication.translate(
            "Problems",
            "Too many wrong PINs: locked until {time}. Scan your badge or ask a supervisor.",
        ).format(time=exc.until.strftime("%H:%M"))
    if isinstance(exc, SignInRefused):
        return QCoreApplication.translate("Problems", "Sign-in refused: {detail}").format(
            detail=exc
        )
    if isinstance(exc, PrinterNotReady):
        return QCoreApplication.translate(
            "Problems", "The printer at {uri} cannot print now: {state}."
        ).format(uri=exc.uri, state=printer_state(exc.status.state.value))
    if isinstance(exc, InspectorError):
        return str(exc)
    return QCoreApplication.translate("Problems", "Unexpected error: {detail}").format(detail=exc)


def printer_state(code: str) -> str:
    words = {
        "ready": QCoreApplication.translate("Problems", "ready"),
        "unknown": QCoreApplication.translate("Problems", "ready"),
        "paper_out": QCoreApplication.translate("Problems", "out of paper"),
        "cover_open": QCoreApplication.translate("Problems", "cover open"),
        "offline": QCoreApplication.translate("Problems", "offline"),
        "unreachable": QCoreApplication.translate("Problems", "not reachable"),
        "no_answer": QCoreApplication.translate("Problems", "not answering"),
    }
    return words.get(code, code)
