"""What a requirement kind sees while it evaluates: the profile, the notice, the date."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from .categories import Categorizer, EntryCategories, SharedCategories, categorize_entries
from .periods import Period, format_months, own_months

if TYPE_CHECKING:
    from ..models.profile import Experience, Profile
    from ..models.rules import Notice, Requirement
    from .results import Result


class EntryTime(NamedTuple):
    period: Period
    own: Fraction  # months
    duration: str  # the months as people say them
    months: float  # rounded, for JSON


@dataclass
class Context:
    profile: Profile
    notice: Notice
    as_of: date
    categorizer: Categorizer | None = None  # None: free text is not read
    evaluate: Callable[[Requirement], Result] | None = None  # set by the engine, for combinators
    shared: SharedCategories | None = None  # the categories other notices' evaluations of the profile found
    _categories: list[EntryCategories] | None = field(default=None, repr=False)
    # Each entry's period and own months, computed once per evaluation rather than once
    # per requirement: a profile may hold tens of thousands of entries.
    _periods: dict[int, EntryTime] = field(default_factory=dict, repr=False)
    # Entries with the same dates and load have the same months and words: long
    # profiles repeat them, and Fraction arithmetic is what a period costs.
    _times: dict[tuple[date | None, date | None, float], EntryTime] = field(default_factory=dict, repr=False)

    def entry_time(self, index: int, entry: Experience) -> EntryTime:
        """The entry's period and its own months (part time pro rata) up to the as-of date.
        Only for an entry whose start is stated (`has_start`): otherwise its length is unknown."""
        known = self._periods.get(index)
        if known is None:
            key = (entry.start_date, entry.end_date, entry.fraction)
            known = self._times.get(key)
            if known is None:
                period = self.period_of(entry)
                own = own_months(period, self.as_of)
                known = self._times[key] = EntryTime(period, own, format_months(own), round(float(own), 2))
            self._periods[index] = known
        return known

    @property
    def entry_categories(self) -> list[EntryCategories]:
        """Categories of every experience entry, computed (and NLP loaded) on first use."""
        if self._categories is None and self.shared is not None:
            self._categories = self.shared.value
        if self._categories is None:
            infer = self.categorizer if self.profile.infer_categories else None
            self._categories = categorize_entries(self.profile.experience, infer)
            if self.shared is not None:
                self.shared.value = self._categories
        return self._categories

    def counts_as_proven(self, entry: Experience) -> bool:
        """Notices that ask for official proof of employment ignore experience stated to have
        none; a job that does not say counts (the application steps ask for the proof)."""
        return entry.proof_of_employment is not False or not self.notice.proof_of_employment_required

    @staticmethod
    def period_of(entry: Experience) -> Period:
        start = entry.start_date
        if start is None:
            raise ValueError(f"{entry.title!r} has no start date: its period is unknown")
        end = entry.end_date or date.max
        return Period(start, end, _load(entry.fraction), ongoing=entry.end_date is None)


@functools.lru_cache(maxsize=1024)
def _load(fraction: float) -> Fraction:
    """A part-time fraction as an exact Fraction (profiles repeat a few values)."""
    return Fraction(fraction).limit_denominator(1000)


def entry_ref(index: int) -> str:
    """How reports point at an experience entry: 'experience 2' (1-based)."""
    return f"experience {index + 1}"
