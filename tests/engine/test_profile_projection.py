""" "From when will I be eligible?": the projected date around its boundaries.

The projected date must be the FIRST as-of date on which the requirement is met:
counting up to that day reaches the requirement, counting up to the day before does
not. Checked on hand-worked cases (start of month, mid-month, leap years, part time),
end to end through the real rules of notice 844, and as a property over random dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from builders import job, profile, rules
from hypothesis import given
from hypothesis import strategies as st

from matcher.engine.evaluate import evaluate
from matcher.engine.periods import Period, counted_months, projected_date
from matcher.engine.results import Status, Verdict

DAY = timedelta(days=1)
THREE_YEARS = Fraction(36)


def ongoing(start: date, fraction: Fraction = Fraction(1)) -> Period:
    return Period(start, date.max, fraction, ongoing=True)


def first_day_met(periods: list[Period], required: Fraction, as_of: date) -> date | None:
    """The projection, computed the slow way: add days until the requirement is met."""
    day = as_of
    for _ in range(366 * 12):
        day += DAY
        if counted_months(periods, day) >= required:
            return day
    return None


@pytest.mark.parametrize(
    "start, as_of, expected",
    [
        # 2 years 10 months on 31 Dec 2024, ongoing: the third year completes on 28 Feb 2025.
        (date(2022, 3, 1), date(2024, 12, 31), date(2025, 2, 28)),
        # mid-month start: three years end the day before the third anniversary
        (date(2022, 3, 15), date(2025, 1, 14), date(2025, 3, 14)),
        # a 29 February inside the span changes nothing
        (date(2021, 3, 1), date(2024, 1, 1), date(2024, 2, 29)),
        (date(2021, 2, 1), date(2023, 12, 1), date(2024, 1, 31)),
        # start on the 31st, next to a short month
        (date(2022, 1, 31), date(2024, 11, 30), date(2025, 1, 30)),
        # one day short
        (date(2022, 3, 1), date(2025, 2, 27), date(2025, 2, 28)),
    ],
)
def test_third_year_completes_on_the_projected_day(start, as_of, expected):
    job_ = ongoing(start)
    counted = counted_months([job_], as_of)
    assert counted < THREE_YEARS
    projected = projected_date(THREE_YEARS, counted, [job_], as_of)
    assert projected == expected
    assert counted_months([job_], projected) == THREE_YEARS  # met that day...
    assert counted_months([job_], projected - DAY) < THREE_YEARS  # ...and not the day before


def test_two_years_ten_months_now_is_two_months_short():
    job_ = ongoing(date(2022, 3, 1))
    assert counted_months([job_], date(2024, 12, 31)) == 34


def test_part_time_doubles_the_remaining_time():
    half = ongoing(date(2021, 1, 1), Fraction(1, 2))
    as_of = date(2023, 12, 31)  # three calendar years at half time: 18 months
    assert counted_months([half], as_of) == 18
    assert projected_date(THREE_YEARS, Fraction(18), [half], as_of) == date(2026, 12, 31)


def test_two_ongoing_jobs_do_not_count_twice_a_day():
    jobs = [ongoing(date(2023, 1, 1)), ongoing(date(2023, 1, 1))]
    counted = counted_months(jobs, date(2024, 12, 31))
    assert counted == 24
    assert projected_date(THREE_YEARS, counted, jobs, date(2024, 12, 31)) == date(2025, 12, 31)


def test_nothing_to_project_when_met_or_when_no_job_continues():
    assert projected_date(THREE_YEARS, THREE_YEARS, [ongoing(date(2020, 1, 1))], date(2024, 1, 1)) is None
    assert projected_date(THREE_YEARS, Fraction(10), [], date(2024, 1, 1)) is None


def test_a_job_that_starts_after_the_as_of_date_counts_only_from_its_start():
    # Evaluated as of a past deadline (13 Feb 2025); the current job began in June 2025.
    later = ongoing(date(2025, 6, 1))
    projected = projected_date(THREE_YEARS, Fraction(0), [later], date(2025, 2, 13))
    assert projected == date(2028, 5, 31)
    assert projected == first_day_met([later], THREE_YEARS, date(2025, 2, 13))


@given(
    start=st.dates(date(2015, 1, 1), date(2024, 12, 31)),
    as_of=st.dates(date(2016, 1, 1), date(2025, 12, 31)),
    fraction=st.sampled_from([Fraction(1), Fraction(1, 2), Fraction(4, 5)]),
    years=st.integers(1, 5),
)
def test_projected_day_is_the_first_day_the_requirement_is_met(start, as_of, fraction, years):
    job_ = ongoing(start, fraction)
    required = Fraction(12 * years)
    counted = counted_months([job_], as_of)
    projected = projected_date(required, counted, [job_], as_of)
    if counted >= required:
        assert projected is None
        return
    assert projected is not None and projected > as_of
    assert counted_months([job_], projected) >= required
    if projected - DAY > as_of:
        assert counted_months([job_], projected - DAY) < required


def test_notice_844_projection_end_to_end():
    """Fingerprints since March 2022, ongoing; as of 31 Dec 2024: 2 years 10 months."""
    candidate = profile(
        experience=[job("Fingerprint examiner", "2022-03", categories=["fingerprints"], countries_worked_with=["SN"])]
    )
    ev = evaluate(candidate, rules("0844"), date(2024, 12, 31))
    fingerprints = next(r for r in ev.results if r.id == "fingerprint_experience")
    assert fingerprints.status is Status.NOT_MET
    assert fingerprints.met_from == date(2025, 2, 28)
    assert "short by 2 months" in fingerprints.explanation
    assert ev.verdict is Verdict.NOT_ELIGIBLE and ev.met_from == date(2025, 2, 28)
    # the day itself: met; the day before: still not
    assert evaluate(candidate, rules("0844"), date(2025, 2, 28)).verdict is Verdict.ELIGIBLE
    assert evaluate(candidate, rules("0844"), date(2025, 2, 27)).verdict is Verdict.NOT_ELIGIBLE
