"""Counting experience time day by day, as DESIGN.md specifies.

Each calendar day counts once, with the sum of the part-time fractions of the jobs
held that day, capped at 1. A day is worth 1/(days in its month) of a month, so a
full calendar month is exactly one month and a full calendar span of N years is
exactly N years, leap years included (2017-01 to 2019-12 is 36 months). Arithmetic
is exact (fractions), so boundaries never wobble.
"""

from __future__ import annotations

import calendar
import functools
import math
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Days `start`..`end` (inclusive) worked at `fraction` of full time."""

    start: date
    end: date
    fraction: Fraction = Fraction(1)
    ongoing: bool = False


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(day: date) -> int:
    # calendar.monthrange also computes a weekday: a cost paid per period in long profiles
    if day.month == 2 and calendar.isleap(day.year):
        return 29
    return _MONTH_DAYS[day.month]


def months_between(first: date, last: date) -> Fraction:
    """Calendar months covered by the days first..last inclusive (0 if empty).

    Constant time (a part of the first month, whole months, a part of the last), so a
    period starting in the year 1000 costs no more than one starting last year."""
    if last < first:
        return Fraction(0)
    if (first.year, first.month) == (last.year, last.month):
        return Fraction((last - first).days + 1, days_in_month(first))
    head = Fraction(days_in_month(first) - first.day + 1, days_in_month(first))
    whole = (last.year * 12 + last.month) - (first.year * 12 + first.month) - 1
    return head + whole + Fraction(last.day, days_in_month(last))


def clip(period: Period, as_of: date) -> Period | None:
    """The part of a period on or before `as_of` (None if it starts later)."""
    if period.start > as_of:
        return None
    return Period(period.start, min(period.end, as_of), period.fraction, period.ongoing)


def counted_months(periods: list[Period], as_of: date) -> Fraction:
    """Months of experience up to `as_of`, overlaps merged and part-time pro rata.

    Exact, but in integers: loads are counted in units of 1/D of full time (D the least
    common multiple of the fractions' denominators) and days per month length, so tens
    of thousands of periods cost integer additions, not Fraction arithmetic."""
    clipped = [p for p in periods if p.start <= as_of]
    if not clipped:
        return Fraction(0)
    unit = math.lcm(*{p.fraction.denominator for p in clipped})
    changes: dict[date, int] = {}
    for period in clipped:
        step = period.fraction.numerator * (unit // period.fraction.denominator)
        changes[period.start] = changes.get(period.start, 0) + step
        after = min(period.end, as_of) + ONE_DAY
        changes[after] = changes.get(after, 0) - step
    whole: dict[int, int] = {}  # capped load -> whole months
    days: dict[tuple[int, int], int] = {}  # (capped load, days in the month) -> days
    load = 0
    points = sorted(changes)
    for here, following in zip(points, points[1:], strict=False):
        load += changes[here]
        if load > 0:
            capped = min(load, unit)
            months, parts = _month_parts(here, following - ONE_DAY)
            whole[capped] = whole.get(capped, 0) + months
            for key in parts:
                days[capped, key[1]] = days.get((capped, key[1]), 0) + key[0]
    total = sum((Fraction(capped * months, unit) for capped, months in whole.items()), Fraction(0))
    return total + sum((Fraction(capped * count, unit * size) for (capped, size), count in days.items()), Fraction(0))


def own_months(period: Period, as_of: date) -> Fraction:
    """One period's months on its own up to `as_of`, part time pro rata (one Fraction)."""
    if period.start > as_of:
        return Fraction(0)
    last = min(period.end, as_of)
    if last < period.start:
        return Fraction(0)
    whole, parts = _month_parts(period.start, last)
    sizes = math.prod(size for _, size in parts)
    numerator = whole * sizes + sum(count * sizes // size for count, size in parts)
    return Fraction(period.fraction.numerator * numerator, period.fraction.denominator * sizes)


def _month_parts(first: date, last: date) -> tuple[int, list[tuple[int, int]]]:
    """`months_between` as whole months plus (days, days in that month) pieces."""
    if (first.year, first.month) == (last.year, last.month):
        return 0, [((last - first).days + 1, days_in_month(first))]
    size = days_in_month(first)
    whole = (last.year * 12 + last.month) - (first.year * 12 + first.month) - 1
    return whole, [(size - first.day + 1, size), (last.day, days_in_month(last))]


def projected_date(required: Fraction, counted: Fraction, periods: list[Period], as_of: date) -> date | None:
    """The first as-of date on which `required` months are reached if the jobs go on as
    stated: ongoing jobs indefinitely, jobs with a later end date until that end."""
    if counted >= required:
        return None
    remaining = required - counted
    ahead = [p for p in periods if p.end > as_of]
    changes: dict[date, Fraction] = {}
    for period in ahead:
        first = max(period.start, as_of + ONE_DAY)
        changes[first] = changes.get(first, Fraction(0)) + period.fraction
        if period.end < date.max:
            changes[period.end + ONE_DAY] = changes.get(period.end + ONE_DAY, Fraction(0)) - period.fraction
    points = sorted(changes)
    load = Fraction(0)
    limit = date(as_of.year + 60, 1, 1)
    for here, following in zip(points, points[1:] + [limit], strict=False):
        load += changes[here]
        if load > 0:
            found = _reach(remaining, min(load, Fraction(1)), here, min(following, limit) - ONE_DAY)
            if isinstance(found, date):
                return found
            remaining = found
    return None


def _reach(remaining: Fraction, load: Fraction, first: date, last: date) -> date | Fraction:
    """The day within first..last on which `remaining` months are worked at `load`,
    or what is still missing after `last`."""
    day = first
    while day <= last:
        size = days_in_month(day)
        stop = min(date(day.year, day.month, size), last)
        gained = load * Fraction((stop - day).days + 1, size)
        if gained >= remaining:
            return day + timedelta(days=math.ceil(remaining * size / load) - 1)
        remaining -= gained
        day = stop + ONE_DAY
    return remaining


def _part_month_days(rest: Fraction) -> tuple[int, bool]:
    """A part of a month in days, and whether that is exact: exact when it is whole days
    of one month length (13 February days are 13/28 of a month: "13 days"); otherwise
    (days of months of different lengths added up) rounded at the average month."""
    for length in (31, 30, 29, 28):
        days = rest * length
        if days.denominator == 1:
            return int(days), True
    return round(rest * Fraction(3044, 100)), False


def format_months(months: Fraction | float) -> str:
    """Months as people say them: '2 years 7 months', '11 months 5 days', '0 days'."""
    return _format_months(Fraction(months))


@functools.lru_cache(maxsize=4096)  # long profiles repeat durations; the words of one never change
def _format_months(months: Fraction) -> str:
    whole = math.floor(months)
    days, exact = _part_month_days(months - whole)
    if days >= 30 and not exact:  # 30.4 average days round up to a month; 30 days of a 31-day month do not
        whole, days = whole + 1, 0
    years, rest = divmod(whole, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    if days or not parts:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " ".join(parts)


def format_years(years: float) -> str:
    """A requirement in years: 3 -> '3 years', 0.5 -> '6 months'."""
    return format_months(Fraction(years).limit_denominator(1200) * 12)
