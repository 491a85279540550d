"""The dock's vocabulary on screen: codes from the database shown as translated words."""

from __future__ import annotations

from collections.abc import Mapping

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


def role(code: str) -> str:
    words = {
        "dock": QCoreApplication.translate("Words", "dock"),
        "grader": QCoreApplication.translate("Words", "grader"),
        "supervisor": QCoreApplication.translate("Words", "supervisor"),
        "admin": QCoreApplication.translate("Words", "admin"),
    }
    return words.get(code, code)


def action(code: str) -> str:
    """What a guarded action lets a person do, as a phrase after 'may not'."""
    words = {
        "receive": QCoreApplication.translate("Words", "receive parcels"),
        "grade": QCoreApplication.translate("Words", "grade units"),
        "override": QCoreApplication.translate("Words", "override a disposition"),
        "resolve_unknown": QCoreApplication.translate("Words", "resolve unknown parcels"),
        "export": QCoreApplication.translate("Words", "export reports"),
        "import": QCoreApplication.translate("Words", "import RMAs"),
        "configure": QCoreApplication.translate(
            "Words", "change checklists, rules, bins or printers"
        ),
        "manage_operators": QCoreApplication.translate("Words", "manage operators"),
        "manage_stations": QCoreApplication.translate("Words", "manage stations"),
        "backup": QCoreApplication.translate("Words", "back up the database"),
        "connect_shop": QCoreApplication.translate("Words", "connect the shop"),
        "resolve_outbox": QCoreApplication.translate(
            "Words", "retry or skip what goes to the shop"
        ),
    }
    return words.get(code, code)


def event(code: str) -> str:
    """An audit event's action, as the history list shows it."""
    words = {
        "parcel_received": QCoreApplication.translate("Words", "Parcel received"),
        "unit_decided": QCoreApplication.translate("Words", "Unit graded"),
        "disposition_overridden": QCoreApplication.translate("Words", "Disposition overridden"),
        "rma_imported": QCoreApplication.translate("Words", "RMA imported"),
        "rma_updated": QCoreApplication.translate("Words", "RMA updated by an import"),
        "signed_in": QCoreApplication.translate("Words", "Signed in"),
        "operator_added": QCoreApplication.translate("Words", "Operator added"),
        "operator_locked": QCoreApplication.translate("Words", "Locked after wrong PINs"),
        "station_settings_changed": QCoreApplication.translate("Words", "Station settings changed"),
        "unit_started": QCoreApplication.translate("Words", "Grading started"),
        "item_confirmed": QCoreApplication.translate("Words", "Item confirmed"),
        "wrong_item_found": QCoreApplication.translate("Words", "Wrong item found"),
        "unexpected_unit_found": QCoreApplication.translate("Words", "Unit not on the RMA found"),
        "unit_missing": QCoreApplication.translate("Words", "Unit missing from the parcel"),
        "unit_put_away": QCoreApplication.translate("Words", "Put away"),
        "photo_taken": QCoreApplication.translate("Words", "Photo taken"),
        "rma_completed": QCoreApplication.translate("Words", "RMA complete"),
    }
    return words.get(code, code.replace("_", " "))


def disposition(code: str) -> str:
    words = {
        "RESTOCK": QCoreApplication.translate("Words", "Restock"),
        "REPACKAGE": QCoreApplication.translate("Words", "Repackage"),
        "REFURBISH": QCoreApplication.translate("Words", "Refurbish"),
        "DISPOSE": QCoreApplication.translate("Words", "Dispose"),
        "MISSING": QCoreApplication.translate("Words", "Missing"),
    }
    return words.get(code, code)


def flag(code: str) -> str:
    words = {
        "WRONG_ITEM": QCoreApplication.translate("Words", "Wrong item"),
        "MISSING_PARTS": QCoreApplication.translate("Words", "Missing parts"),
        "REASON_MISMATCH": QCoreApplication.translate("Words", "Reason does not match"),
        "OUTSIDE_WINDOW": QCoreApplication.translate("Words", "Outside the return window"),
        "HAZARD": QCoreApplication.translate("Words", "Hazard"),
        "HYGIENE": QCoreApplication.translate("Words", "Hygiene"),
        "UNEXPECTED": QCoreApplication.translate("Words", "Not on the RMA"),
        "POLICY": QCoreApplication.translate("Words", "Return policy"),
        "NO_PHOTO": QCoreApplication.translate("Words", "Photo skipped: no camera"),
    }
    return words.get(code, code)


def verdict(code: str) -> str:
    """The return policy's verdict on a line or a request."""
    words = {
        "APPROVE": QCoreApplication.translate("Words", "Returnable"),
        "APPROVE_WITH_FEE": QCoreApplication.translate("Words", "Returnable with a fee"),
        "NOT_RETURNABLE": QCoreApplication.translate("Words", "Not returnable"),
        "REVIEW": QCoreApplication.translate("Words", "A person must look"),
    }
    return words.get(code, code)


def decline_reason(code: str) -> str:
    """Shopify's reasons for declining a requested return."""
    words = {
        "FINAL_SALE": QCoreApplication.translate("Words", "Final sale"),
        "RETURN_PERIOD_ENDED": QCoreApplication.translate("Words", "Return period ended"),
        "OTHER": QCoreApplication.translate("Words", "Other reason"),
    }
    return words.get(code, code)


# The verdict's chip: green returnable, amber with a fee or to look at, red not returnable.
VERDICT_CHIP = {
    "APPROVE": "chipGood",
    "APPROVE_WITH_FEE": "chipWarn",
    "REVIEW": "chipWarn",
    "NOT_RETURNABLE": "chipBad",
}


def refund(code: str, fee_percent: int = 0) -> str:
    code = code.lower()
    if code == "full":
        return QCoreApplication.translate("Words", "Full refund")
    if code == "partial":
        return QCoreApplication.translate("Words", "Partial refund: {fee}% restocking fee").format(
            fee=fee_percent
        )
    if code == "none":
        return QCoreApplication.translate("Words", "No refund")
    return code


def piece_status(code: str) -> str:
    words = {
        "PENDING": QCoreApplication.translate("Words", "To grade"),
        "DRAFT": QCoreApplication.translate("Words", "Being graded"),
        "DECIDED": QCoreApplication.translate("Words", "Graded"),
        "PUT_AWAY": QCoreApplication.translate("Words", "Put away"),
        "MISSING": QCoreApplication.translate("Words", "Missing"),
    }
    return words.get(code, code)


def language() -> str:
    """The language of the installed translation, for words kept in data files."""
    korean = QCoreApplication.translate("Words", "English") != "English"
    return "ko" if korean else "en"


def from_file(text: Mapping[str, str]) -> str:
    """Words from a data file (a checklist) in the station's language."""
    return text.get(language()) or text.get("en") or ""
