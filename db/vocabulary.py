"""The closed vocabularies the database enforces with check constraints."""

CATEGORIES = ("electronics", "apparel", "footwear", "home", "other")
CHANNELS = ("web", "marketplace", "store")

# Shopify's ReturnReason enumeration, as the shop platform sends it.
RETURN_REASONS = (
    "COLOR",
    "DEFECTIVE",
    "NOT_AS_DESCRIBED",
    "OTHER",
    "SIZE_TOO_LARGE",
    "SIZE_TOO_SMALL",
    "STYLE",
    "UNKNOWN",
    "UNWANTED",
    "WRONG_ITEM",
)

RMA_STATUSES = ("OPEN", "RECEIVED", "COMPLETE", "CANCELLED")
PARCEL_STATUSES = ("RECEIVED", "UNKNOWN", "RESOLVED", "REJECTED")
UNIT_STATUSES = ("DRAFT", "DECIDED", "PUT_AWAY", "MISSING")
GRADES = ("A", "B", "C", "D")
DISPOSITIONS = ("RESTOCK", "REPACKAGE", "REFURBISH", "DISPOSE")
PRINT_JOB_STATUSES = ("QUEUED", "SENDING", "SENT", "FAILED", "CANCELLED")
# An outbox event waits (PENDING), went out (SENT), was refused and waits for a person
# (ATTENTION), or a supervisor chose not to send it (SKIPPED).
OUTBOX_STATES = ("PENDING", "SENT", "ATTENTION", "SKIPPED")
ROLES = ("dock", "grader", "supervisor", "admin")
# Flags a decision can raise; not a column of their own (units keep a list), but one list.
FLAGS = (
    "WRONG_ITEM",
    "MISSING_PARTS",
    "REASON_MISMATCH",
    "OUTSIDE_WINDOW",
    "HAZARD",
    "HYGIENE",
    "UNEXPECTED",
    "NO_PHOTO",  # a required photo was skipped (no camera at the bench)
)
# A return the customer asked for in the shop: waiting for a verdict's follow-up or a person,
# approved, or declined (the decision goes to the shop through the outbox).
# WITHDRAWN: the customer cancelled it in the shop (or the shop no longer has it);
# SETTLED_IN_SHOP: someone approved or declined it in the shop's own admin meanwhile.
REQUEST_STATES = ("WAITING", "APPROVED", "DECLINED", "WITHDRAWN", "SETTLED_IN_SHOP")
# The policy's verdicts, and the decline reasons Shopify knows (ReturnDeclineReason).
VERDICTS = ("APPROVE", "APPROVE_WITH_FEE", "NOT_RETURNABLE", "REVIEW")
DECLINE_REASONS = ("FINAL_SALE", "OTHER", "RETURN_PERIOD_ENDED")
