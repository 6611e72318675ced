"""Dates as people write them in CVs: `2017`, `2017-03`, `2017-03-15`.

A month-only (or year-only) start means its first day; as an end, its last day.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import Annotated

from pydantic import PlainValidator, WithJsonSchema

# The dates the arithmetic supports: projections look up to 60 years past the as-of
# date and periods step a day before a start, so the last years before 9999 and the
# first before 1000 are refused when a file is validated, not when a check crashes.
FIRST_DAY, LAST_DAY = date(1000, 1, 1), date(9899, 12, 31)


def in_range(value: date) -> date:
    """`value`, or a ValueError if the arithmetic could overflow on it."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(
            f"{value.isoformat()} is outside the supported dates {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"
        )
    return value


ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day(value: object) -> date:
    """A full date written YYYY-MM-DD in ASCII digits (or a date already), in range.

    Stricter than `date.fromisoformat` and pydantic's lax dates, which also take
    "20250213", week dates ("2025-W07-4"), other scripts' digits and numbers as Unix
    timestamps (`deadline: 1739404800`): a date in a file or on the command line is
    written one way."""
    if isinstance(value, date):
        return in_range(value)
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        raise ValueError(f"{value!r} is not a valid date; write YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:  # 2025-02-31
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return in_range(day)


SupportedDate = Annotated[date, PlainValidator(iso_day), WithJsonSchema({"type": "string", "format": "date"})]

# ASCII digits only: `\d` would also take "٢٠٢٠" or "２０２０" (int() reads them).
_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$")


def parse_partial(value: object) -> tuple[date, date]:
    """The first and last day that a (partial) date can mean.

    >>> parse_partial("2020-02")
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    """
    if isinstance(value, date):
        return in_range(value), value
    return _parse_text(str(value).strip())


# A profile of thousands of entries repeats the same few hundred month strings, read at
# validation and again by every requirement; the answer of a text never changes.
@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> tuple[date, date]:
    match = _PARTIAL.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise ValueError(f"{text!r}: year {year} is outside the supported years {FIRST_DAY.year} to {LAST_DAY.year}")
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
