"""Dates, years and durations written in words or digits, in English or French.

"13 February 2025", "2025-02-13", "6 juin 2025", "Mar 26, 2025", "1er juillet 2025",
"13/02/2025" (day first); "three to five years'", "3 to 4 years", "trois ans",
"five (5) years"; "36.00", "27 months", "2 years" (24 months). Month and number
words come from matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re
from datetime import date

from .patterns import Patterns, patterns

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, pats: Patterns | None = None, last: bool = False) -> tuple[date | None, bool]:
    """The first date written in `text` (the latest with `last`: "03 March - 01 April 2025"
    is a period whose end is the deadline), and whether its day and month could be swapped."""
    found = find_dates(text, pats)
    if not found:
        return None, False
    _, when, ambiguous = max(found, key=lambda x: x[1]) if last else min(found, key=lambda x: x[0])
    return when, ambiguous


def find_dates(text: str, pats: Patterns | None = None) -> list[tuple[int, date, bool]]:
    """(position, date, day and month could be swapped) for every date in `text`."""
    pats = pats or patterns()
    found: list[tuple[int, date, bool]] = []
    for m in _ISO.finditer(text):
        if d := _make(int(m[1]), int(m[2]), int(m[3])):
            found.append((m.start(), d, False))
    for m in _DAY_MONTH.finditer(text):
        month = pats.months.get(m[2].lower())
        if month and (d := _make(int(m[3]), month, int(m[1]))):
            found.append((m.start(), d, False))
    for m in _MONTH_DAY.finditer(text):
        month = pats.months.get(m[1].lower())
        if month and (d := _make(int(m[3]), month, int(m[2]))):
            found.append((m.start(), d, False))
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        day, month = (a, b) if pats.day_first else (b, a)
        if d := _make(year, month, day):
            found.append((m.start(), d, a <= 12 and b <= 12 and a != b))
    return found


def years(text: str, pats: Patterns | None = None) -> float | None:
    """The least number of years a phrase asks for: 'three to five years' -> 3; months count
    as parts of a year ('18 months' -> 1.5), whichever comes first in the phrase."""
    pats = pats or patterns()
    match = pats.years.search(text)
    month = pats.months_span.search(text)
    if month and (not match or month.start() < match.start()):
        n = pats.number(month.group(1))
        return round(n / 12, 4) if n else None
    if not match:
        return None
    return pats.number(match.group(1))


def duration_months(text: str, pats: Patterns | None = None) -> float | None:
    """'36.00' (a field already in months), '27 months', '24 mois', '2 years' -> months."""
    pats = pats or patterns()
    match = re.search(r"\d+(?:[.,]\d+)?", text) or pats.number_word.search(text)
    if not match:
        return None
    value = pats.number(match.group(match.lastindex or 0))
    if value is None or value <= 0:
        return None
    after = text[match.end() :]
    if pats.duration_units["years"].match(after.strip()) and not pats.duration_units["months"].search(
        text[: match.start()]
    ):
        value *= 12
    return value


def counts_years(sentence: str, pats: Patterns) -> bool:
    """Years of experience or of study: a minimum stated, even with no requirement word."""
    cue = pats.experience_cues.search(sentence) or pats.education_cues.search(sentence)
    return bool(cue and years(sentence, pats))
