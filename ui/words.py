"""The dock's vocabulary on screen: codes from the database shown as translated words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def reason(code: str) -> str:
    words = {
        "COLOR": _t("Colour"),
        "DEFECTIVE": _t("Defective"),
        "NOT_AS_DESCRIBED": _t("Not as described"),
        "OTHER": _t("Other"),
        "SIZE_TOO_LARGE": _t("Size too large"),
        "SIZE_TOO_SMALL": _t("Size too small"),
        "STYLE": _t("Style"),
        "UNKNOWN": _t("Unknown"),
        "UNWANTED": _t("Unwanted"),
        "WRONG_ITEM": _t("Wrong item"),
    }
    return words.get(code, code)


def rma_status(code: str) -> str:
    words = {
        "OPEN": _t("Awaiting parcel"),
        "RECEIVED": _t("Received"),
        "COMPLETE": _t("Complete"),
        "CANCELLED": _t("Cancelled"),
    }
    return words.get(code, code)


def category(code: str) -> str:
    words = {
        "electronics": _t("Electronics"),
        "apparel": _t("Apparel"),
        "footwear": _t("Footwear"),
        "home": _t("Home"),
        "other": _t("Other"),
    }
    return words.get(code, code)


def channel(code: str) -> str:
    words = {"web": _t("Web shop"), "marketplace": _t("Marketplace"), "store": _t("Store")}
    return words.get(code, code)
