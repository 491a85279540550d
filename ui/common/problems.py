"""Known problems said in the station's language; the service's own words follow as detail.
`say` shows a message on a page's message line: a problem large and red, a result large."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from inspector.core.errors import DatabaseBusy, DatabaseUnavailable, InspectorError, SchemaTooNew
from inspector.people.operators import Locked, SignInRefused, WrongPin
from inspector.people.roles import NotAllowed
from inspector.receiving.labels import NotALabel
from inspector.tags.printers import PrinterNotReady, State
from ui.common import words
from ui.common.particles import fit_particles

UNREACHABLE = "the database cannot be reached"  # how db.engine says a server out of reach

# How a message line looks, set on the label itself so it holds with or without the theme.
LOOKS = {
    "note": "",  # the label's own look
    "done": "color: #13512a; font-size: 22px; font-weight: 600;",
    "problem": "color: #b3261e; font-size: 24px; font-weight: 700;",
}


class Problems(QObject):
    """The translation context of the problems said here. Its tr() is what lupdate reads as
    a plural form ('%n'); it skips QCoreApplication.translate with a count given as anything
    but a bare name, and never marks one as plural."""


def say(label: QLabel, text: str, kind: str = "note") -> None:
    """Show `text` on a message line: "problem" large and red, "done" large, "note" plain."""
    label.setStyleSheet(LOOKS[kind])
    label.setProperty("kind", kind)
    label.setText(text)


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
    if isinstance(exc, DatabaseUnavailable) and str(exc).startswith(UNREACHABLE):
        return QCoreApplication.translate(
            "Problems",
            "The database cannot be reached. Nothing was saved: check the network and the "
            "database server, then try again.",
        )
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate(
            "Problems", "The database cannot be reached: {detail}"
        ).format(detail=exc)
    if isinstance(exc, NotAllowed):
        what, role = words.action(exc.action), words.role(exc.needed)
        if exc.actor is None:
            return QCoreApplication.translate("Problems", "Sign in to {what}.").format(what=what)
        return fit_particles(
            QCoreApplication.translate(
                "Problems", "{name} may not {what}: that needs the {role} role."
            ).format(name=exc.actor.display_name, what=what, role=role)
        )
    if isinstance(exc, WrongPin):
        return Problems.tr("Wrong PIN, %n tries left.", "", exc.tries_left)
    if isinstance(exc, Locked):
        return QCoreApplication.translate(
            "Problems",
            "Too many wrong PINs: locked until {time}. Scan your badge or ask a supervisor.",
        ).format(time=exc.until.strftime("%H:%M"))
    if isinstance(exc, SignInRefused):
        return QCoreApplication.translate("Problems", "Sign-in refused: {detail}").format(
            detail=exc
        )
    if isinstance(exc, PrinterNotReady) and exc.status.state is State.NOT_ESCPOS:
        return QCoreApplication.translate(
            "Problems",
            "{uri} answers, but it is not an ESC/POS printer (another service is at that "
            "address or port). Check the printer's address and port.",
        ).format(uri=exc.uri)
    if isinstance(exc, PrinterNotReady):
        return QCoreApplication.translate(
            "Problems", "The printer at {uri} cannot print now: {state}."
        ).format(uri=exc.uri, state=printer_state(exc.status.state.value))
    if isinstance(exc, NotALabel):
        return not_a_label(exc)
    if isinstance(exc, InspectorError):
        return str(exc)
    return QCoreApplication.translate("Problems", "Unexpected error: {detail}").format(detail=exc)


def not_a_label(exc: NotALabel) -> str:
    """Why a scan was refused, and what to do; nothing was recorded for it."""
    words = {
        "check_character": QCoreApplication.translate(
            "Problems", "Check character wrong: scan again or retype. Nothing was recorded."
        ),
        "too_long": QCoreApplication.translate(
            "Problems",
            "Too long for a label ({length} characters): scan the return label. Nothing was "
            "recorded.",
        ),
        "unreadable": QCoreApplication.translate(
            "Problems",
            "The scan holds characters no label has (a misread): scan again. Nothing was recorded.",
        ),
        "no_number": QCoreApplication.translate(
            "Problems",
            "This cannot be a parcel's label: no RMA, tracking or order number is in it. Scan "
            "the return label. Nothing was recorded.",
        ),
    }
    return words.get(exc.why, str(exc)).format(length=len(exc.code))


def file_problem(errno: int | None, reason: str) -> str:
    """Why a file could not be written, in words; the system's own words when not known."""
    words = {
        2: QCoreApplication.translate("Problems", "that folder cannot hold files"),  # ENOENT
        13: QCoreApplication.translate("Problems", "this station may not write there"),  # EACCES
        1: QCoreApplication.translate("Problems", "this station may not write there"),  # EPERM
        28: QCoreApplication.translate("Problems", "the disk is full"),  # ENOSPC
        30: QCoreApplication.translate("Problems", "the disk is read-only"),  # EROFS
        17: QCoreApplication.translate("Problems", "a file of that name is in the way"),  # EEXIST
        20: QCoreApplication.translate("Problems", "a file of that name is in the way"),  # ENOTDIR
    }
    return words.get(errno, reason) if errno is not None else reason


def printer_state(code: str) -> str:
    words = {
        "ready": QCoreApplication.translate("Problems", "ready"),
        "unknown": QCoreApplication.translate("Problems", "ready"),
        "paper_out": QCoreApplication.translate("Problems", "out of paper"),
        "cover_open": QCoreApplication.translate("Problems", "cover open"),
        "offline": QCoreApplication.translate("Problems", "offline"),
        "unreachable": QCoreApplication.translate("Problems", "not reachable"),
        "no_answer": QCoreApplication.translate("Problems", "not answering"),
        "not_escpos": QCoreApplication.translate(
            "Problems", "not an ESC/POS printer: check the address and port"
        ),
    }
    return words.get(code, code)
