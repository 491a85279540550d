"""The shop's states and event kinds in the station's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector.shop.status import ShopStatus


def state(code: str) -> str:
    words = {
        "PENDING": QCoreApplication.translate("Shop", "waiting"),
        "SENT": QCoreApplication.translate("Shop", "sent"),
        "ATTENTION": QCoreApplication.translate("Shop", "needs attention"),
        "SKIPPED": QCoreApplication.translate("Shop", "skipped"),
    }
    return words.get(code, code)


def kind(code: str) -> str:
    words = {
        "return.received": QCoreApplication.translate("Shop", "Parcel received"),
        "return.unit_dispositioned": QCoreApplication.translate("Shop", "Unit decided"),
        "return.completed": QCoreApplication.translate("Shop", "Return complete"),
        "return.request_approved": QCoreApplication.translate("Shop", "Request approved"),
        "return.request_declined": QCoreApplication.translate("Shop", "Request declined"),
    }
    return words.get(code, code)


def summary(status: ShopStatus | None) -> tuple[str, bool]:
    """The status bar's words for the shop, and whether they need a person (red)."""
    if status is None or status.connector is None:
        return QCoreApplication.translate("Shop", "Shop: not connected"), False
    if status.disabled:
        return QCoreApplication.translate("Shop", "Shop: endpoint retired"), True
    if status.attention:
        text = QCoreApplication.translate("Shop", "Shop: needs attention ({count})")
        return text.format(count=status.attention), True
    if status.last_pull_error:
        return QCoreApplication.translate("Shop", "Shop: not reachable"), True
    if status.waiting:
        text = QCoreApplication.translate("Shop", "Shop: {count} waiting")
        return text.format(count=status.waiting), False
    return QCoreApplication.translate("Shop", "Shop: connected"), False
