"""What a return policy says, as plain values: windows, holiday extensions, final sale,
reasons, conditions the dock confirms, restocking fees and when a person must look."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("en", "ko")
Text = dict[str, str]  # the same words in every language


@dataclass(frozen=True)
class Window:
    """How long items of some categories, sold through some channels, may be asked back."""

    id: str
    line: int
    categories: tuple[str, ...]
    channels: tuple[str, ...]
    days: int  # counted from delivery (from the order date when there is no delivery date)
    arrive_within_days: int  # the shipping allowance after the request
    without_delivery: str  # 'order_date' (count from the order) or 'review' (a person looks)


@dataclass(frozen=True)
class Holiday:
    """Orders placed between two days of the year are returnable until a later day."""

    id: str
    line: int
    ordered_from: tuple[int, int]  # (month, day)
    ordered_to: tuple[int, int]
    returnable_until: tuple[int, int]  # in the year after the order when it falls before it
    categories: tuple[str, ...]

    def covers(self, ordered: dt.date) -> bool:
        start = dt.date(ordered.year, *self.ordered_from)
        end = dt.date(ordered.year, *self.ordered_to)
        return start <= ordered <= end

    def until(self, ordered: dt.date) -> dt.date:
        month, day = self.returnable_until
        year = ordered.year + (1 if (month, day) < self.ordered_to else 0)
        return dt.date(year, month, day)


@dataclass(frozen=True)
class FinalSale:
    id: str
    line: int
    text: Text
    skus: tuple[str, ...] = ()
    sku_prefixes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    except_reasons: tuple[str, ...] = ()  # e.g. DEFECTIVE: a broken item comes back anyway

    def matches(self, sku: str, category: str, tags: frozenset[str]) -> bool:
        return (
            sku in self.skus
            or any(sku.startswith(p) for p in self.sku_prefixes)
            or category in self.categories
            or bool(tags.intersection(self.tags))
        )


@dataclass(frozen=True)
class Reasons:
    id: str
    line: int
    categories: tuple[str, ...]
    accepted: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    """A condition the dock confirms on the unit, e.g. unopened, tags still on."""

    id: str
    line: int
    question: str  # the checklist question it is asked as (yes/no)
    required_answer: bool
    text: Text  # the condition in words, as the verdict says it
    ask: Text  # the question as the grader reads it
    otherwise_refund: str  # what the refund becomes when it is not met: NONE or PARTIAL
    otherwise_fee_percent: int
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def applies(self, category: str, tags: frozenset[str]) -> bool:
        return category in self.categories or bool(tags.intersection(self.tags))


@dataclass(frozen=True)
class Fee:
    id: str
    line: int
    categories: tuple[str, ...]
    reasons: tuple[str, ...]
    percent: int
    minimum_cents: int


@dataclass(frozen=True)
class Review:
    """When a person must look. kind: order_value, customer_returns, return_rate, reason."""

    id: str
    line: int
    kind: str
    text: Text
    over_cents: int = 0  # order_value
    more_than: int = 0  # customer_returns
    days: int = 0  # customer_returns, return_rate
    share: float = 0.0  # return_rate
    minimum_items: int = 0  # return_rate: a rate over fewer items bought says nothing
    reasons: tuple[str, ...] = ()  # reason: the reasons that contradict ...
    when: str = ""  # ... the order, e.g. 'single_sku_order'


@dataclass(frozen=True)
class Policy:
    name: str
    version: str
    source: str
    content_hash: str
    time_zone: str  # the warehouse's: the last day is counted on its calendar
    last_day_counts: bool
    windows: tuple[Window, ...]
    holidays: tuple[Holiday, ...] = ()
    final_sale: tuple[FinalSale, ...] = ()
    reasons: tuple[Reasons, ...] = ()
    conditions: tuple[Condition, ...] = ()
    fees: tuple[Fee, ...] = ()
    reviews: tuple[Review, ...] = ()
    window_index: dict[tuple[str, str], Window] = field(default_factory=dict, compare=False)
    reason_index: dict[str, Reasons] = field(default_factory=dict, compare=False)

    def rule_ids(self) -> list[str]:
        """Every rule the file names, in file order."""
        groups = (
            self.windows,
            self.holidays,
            self.final_sale,
            self.reasons,
            self.conditions,
            self.fees,
            self.reviews,
        )
        return [rule.id for group in groups for rule in group]
