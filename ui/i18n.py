"""Choosing and loading the interface language (English or Korean)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector.core.resources import shipped

log = logging.getLogger(__name__)

TRANSLATIONS = shipped("translations")
SUPPORTED = ("en", "ko")


def choose_language(setting: str) -> str:
    """The station's setting if it names a language, else the machine's locale, else English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations; keep the returned objects alive."""
    translators = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"inspector_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    elif language != "en":
        log.warning("no translation file for %s in %s", language, TRANSLATIONS)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    QLocale.setDefault(QLocale(language))
    return translators
