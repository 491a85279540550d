"""The dock's vocabulary on screen: codes from the database shown as translated words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason(code: str) -> str:
    words = {
        "COLOR": QCoreApplication.translate("Words", "Colour"),
        "DEFECTIVE": QCoreApplication.translate("Words", "Defective"),
        "NOT_AS_DESCRIBED": QCoreApplication.translate("Words", "Not as described"),
        "OTHER": QCoreApplication.translate("Words", "Other"),
        "SIZE_TOO_LARGE": QCoreApplication.translate("Words", "Size too large"),
        "SIZE_TOO_SMALL": QCoreApplication.translate("Words", "Size too small"),
        "STYLE": QCoreApplication.translate("Words", "Style"),
        "UNKNOWN": QCoreApplication.translate("Words", "Unknown"),
        "UNWANTED": QCoreApplication.translate("Words", "Unwanted"),
        "WRONG_ITEM": QCoreApplication.translate("Words", "Wrong item"),
    }
    return words.get(code, code)


def rma_status(code: str) -> str:
    words = {
        "OPEN": QCoreApplication.translate("Words", "Awaiting parcel"),
        "RECEIVED": QCoreApplication.translate("Words", "Received"),
        "COMPLETE": QCoreApplication.translate("Words", "Complete"),
        "CANCELLED": QCoreApplication.translate("Words", "Cancelled"),
    }
    return words.get(code, code)


def category(code: str) -> str:
    words = {
        "electronics": QCoreApplication.translate("Words", "Electronics"),
        "apparel": QCoreApplication.translate("Words", "Apparel"),
        "footwear": QCoreApplication.translate("Words", "Footwear"),
        "home": QCoreApplication.translate("Words", "Home"),
        "other": QCoreApplication.translate("Words", "Other"),
    }
    return words.get(code, code)


def channel(code: str) -> str:
    words = {
        "web": QCoreApplication.translate("Words", "Web shop"),
        "marketplace": QCoreApplication.translate("Words", "Marketplace"),
        "store": QCoreApplication.translate("Words", "Store"),
    }
    return words.get(code, code)
