"""Dates as people write them in CVs: `2017`, `2017-03`, `2017-03-15`.

A month-only (or year-only) start means its first day; as an end, its last day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial(value: object) -> tuple[date, date]:
    """The first and last day that a (partial) date can mean.

    >>> parse_partial("2020-02")
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    """
    if isinstance(value, date):
        return value, value
    text = str(value).strip()
    match = _PARTIAL.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r}: month {month} is not between 1 and 12")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        raise ValueError(f"{text!r}: day {day} is not between 1 and {last} for that month")
    return date(year, month, day), date(year, month, day)


def parse_date(value: object) -> date:
    """A full date; partial dates mean their first day."""
    return parse_partial(value)[0]
