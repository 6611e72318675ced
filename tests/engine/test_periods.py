"""Day-by-day experience counting (DESIGN.md): overlaps, part time, leap years,
month-only dates, ongoing jobs, and the projection of when a gap closes."""

from datetime import date
from fractions import Fraction

import pytest

from matcher.engine.periods import Period, counted_months, format_months, months_between, projected_date
from matcher.models.dates import parse_partial

AS_OF = date(2030, 1, 1)


def p(start, end, fraction=1, ongoing=False):
    return Period(parse_partial(start)[0], parse_partial(end)[1], Fraction(fraction), ongoing)


def test_full_calendar_span_of_three_years_is_exactly_36_months():
    assert counted_months([p("2017-01", "2019-12")], AS_OF) == 36


def test_leap_years_do_not_change_whole_years():
    assert counted_months([p("2019-01", "2021-12")], AS_OF) == 36  # contains 29 Feb 2020
    assert months_between(date(2020, 2, 1), date(2020, 2, 29)) == 1
    assert months_between(date(2020, 2, 1), date(2020, 2, 28)) == Fraction(28, 29)


def test_month_only_start_means_first_day_and_end_means_last_day():
    assert parse_partial("2021-02") == (date(2021, 2, 1), date(2021, 2, 28))
    assert parse_partial("2024-02")[1] == date(2024, 2, 29)
    assert parse_partial("2020") == (date(2020, 1, 1), date(2020, 12, 31))
    assert counted_months([p("2021-03", "2021-03")], AS_OF) == 1


@pytest.mark.parametrize("bad", ["2023-13-40", "2023-13", "2023-02-30", "March 2020", "20-01-2020"])
def test_impossible_dates_are_refused(bad):
    with pytest.raises(ValueError):
        parse_partial(bad)


def test_overlapping_jobs_are_counted_once():
    both = [p("2018-01", "2019-12"), p("2019-01", "2020-12")]
    assert counted_months(both, AS_OF) == 36
    assert counted_months(both + both, AS_OF) == 36  # duplicates never add time


def test_part_time_counts_pro_rata_and_the_daily_total_is_capped_at_one():
    assert counted_months([p("2018-01", "2019-12", "0.5")], AS_OF) == 12
    two_halves = [p("2018-01", "2018-12", "0.5"), p("2018-01", "2018-12", "0.5")]
    assert counted_months(two_halves, AS_OF) == 12
    over = [p("2018-01", "2018-12", "0.8"), p("2018-01", "2018-12", "0.8")]
    assert counted_months(over, AS_OF) == 12  # 1.6 of a job a day still counts as one day


def test_ongoing_job_counts_up_to_the_as_of_date_and_later_days_do_not_count():
    ongoing = Period(date(2022, 7, 1), date.max, Fraction(1), True)
    assert counted_months([ongoing], date(2025, 6, 30)) == 36
    assert counted_months([ongoing], date(2025, 6, 29)) == 36 - Fraction(1, 30)
    assert counted_months([p("2031-01", "2031-12")], AS_OF) == 0


def test_projection_names_the_day_the_requirement_is_first_met():
    ongoing = Period(date(2022, 7, 1), date.max, Fraction(1), True)
    as_of = date(2025, 4, 30)  # 2 years 10 months done
    counted = counted_months([ongoing], as_of)
    assert counted == 34
    met = projected_date(Fraction(36), counted, [ongoing], as_of)
    assert met == date(2025, 6, 30)
    assert counted_months([ongoing], met) >= 36 > counted_months([ongoing], date(2025, 6, 29))


def test_projection_of_a_half_time_job_takes_twice_as_long():
    half = Period(date(2024, 1, 1), date.max, Fraction(1, 2), True)
    as_of = date(2024, 12, 31)
    counted = counted_months([half], as_of)
    assert counted == 6
    assert projected_date(Fraction(12), counted, [half], as_of) == date(2025, 12, 31)


def test_no_projection_without_an_ongoing_job():
    assert projected_date(Fraction(36), Fraction(10), [], AS_OF) is None


@pytest.mark.parametrize(
    "months,text",
    [
        (Fraction(31), "2 years 7 months"),
        (Fraction(12), "1 year"),
        (Fraction(0), "0 days"),
        (Fraction(5) + Fraction(1, 2), "5 months 15 days"),
        (Fraction(1, 30), "1 day"),
    ],
)
def test_durations_read_as_people_say_them(months, text):
    assert format_months(months) == text


def test_projection_follows_a_job_with_a_later_end_date_until_it_ends():
    contract = Period(date(2023, 2, 14), date(2026, 6, 30), Fraction(1))
    as_of = date(2025, 2, 13)
    counted = counted_months([contract], as_of)
    assert counted == 24
    assert projected_date(Fraction(36), counted, [contract], as_of) == date(2026, 2, 13)
    short_contract = Period(date(2023, 2, 14), date(2025, 6, 30), Fraction(1))
    assert projected_date(Fraction(36), counted, [short_contract], as_of) is None


def test_projection_with_a_future_part_time_change():
    full = Period(date(2024, 1, 1), date(2024, 12, 31), Fraction(1))
    half = Period(date(2025, 1, 1), date.max, Fraction(1, 2), True)
    as_of = date(2024, 6, 30)
    counted = counted_months([full, half], as_of)
    assert counted == 6
    # 6 more full-time months to end 2024, then 6 months at half time = 12 calendar months
    assert projected_date(Fraction(18), counted, [full, half], as_of) == date(2025, 12, 31)
