"""Properties of the engine, on generated profiles against the four real rules files.

Statuses are ordered not_met < unknown < met (Kleene's false < unknown < true). The
engine must be deterministic, ignore the order of profile entries, be monotone in the
experience it is given, never count overlapping time twice, and never count more
time than the calendar allows. Profiles declare their categories and inference is
off, so no NLP is involved and every entry is either categorized or undetermined.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from fractions import Fraction

from fuzzkit import examples
from hypothesis import given, settings
from hypothesis import strategies as st
from profile_strategies import (  # noqa: F401
    AS_OF,
    CATEGORIES,
    COUNTRIES,
    EDUCATION,
    EMPLOYER_TYPES,
    EMPLOYMENT,
    LANGUAGE,
    NOTICES,
    PROFILES,
    RANK,
    TODAY,
    _as_text,
    experience,
    flat,
    run,
)

from matcher.engine.context import Context
from matcher.engine.periods import Period, counted_months, months_between
from matcher.engine.results import Status
from matcher.models.profile import Profile
from matcher.report import render
from matcher.report.view import build


def _unnumbered(evidence) -> str:
    """An evidence record without its position in the profile ('experience 2' -> 'experience #')."""
    item = evidence.to_dict()
    text = json.dumps({k: v for k, v in item.items() if k != "entry"}, sort_keys=True, default=str)
    return re.sub(r"\b(experience|education) \d+\b", r"\1 #", text)


def summary(ev) -> dict:
    """What must not depend on entry order: statuses, dates, and the evidence as a multiset."""
    return {
        "verdict": ev.verdict,
        "score": ev.score,
        "max_score": ev.max_score,
        "met_from": ev.met_from,
        "results": [(r.id, r.status, r.met_from, sorted(_unnumbered(e) for e in r.evidence)) for r in flat(ev.results)],
    }


def assert_not_worse(better, worse) -> None:
    """Every requirement of `better` ranks at least as high as in `worse`, and so does the verdict."""
    for b, w in zip(flat(better.results), flat(worse.results), strict=True):
        assert b.id == w.id
        if b.status is not Status.ASSESSED:
            assert RANK[b.status] >= RANK[w.status], (b.id, b.status, w.status, b.explanation, w.explanation)
    assert better.verdict.severity <= worse.verdict.severity


notices = st.sampled_from(NOTICES)


@settings(max_examples=examples(60))
@given(data=PROFILES, notice=notices, as_of=AS_OF)
def test_verdicts_and_reports_are_deterministic(data, notice, as_of):
    first, second = run(data, notice, as_of), run(data, notice, as_of)
    assert build(first).to_dict() == build(second).to_dict()
    for fmt in ("json", "markdown", "text"):
        assert render([first], fmt) == render([second], fmt)


@settings(max_examples=examples(120))
@given(data=PROFILES, notice=notices, as_of=AS_OF, rnd=st.randoms(use_true_random=False))
def test_entry_order_never_changes_a_result(data, notice, as_of, rnd):
    shuffled = {key: list(value) if isinstance(value, list) else value for key, value in data.items()}
    for key in ("experience", "education", "languages"):
        rnd.shuffle(shuffled[key])
    assert summary(run(shuffled, notice, as_of)) == summary(run(data, notice, as_of))


@settings(max_examples=examples(150))
@given(
    tenths=st.lists(st.integers(1, 25), min_size=1, max_size=4).filter(lambda t: sum(t) < 30),
    rnd=st.randoms(use_true_random=False),
)
def test_years_of_education_add_up_the_same_in_any_order(tenths, rnd):
    """Programmes of 0.3 + 0.4 + 2.3 years are 3 years in any order (in floating point,
    2.3 + 0.4 + 0.3 is 2.9999999999999996)."""
    years = [t / 10 for t in tenths] + [(30 - sum(tenths)) / 10]  # exactly 3 years in decimal
    notice = next(n for n in NOTICES if n.notice.id == "interpol-vn-0844")
    for order in (years, sorted(years), sorted(years, reverse=True), rnd.sample(years, len(years))):
        # level 5 implies 2 years
        ev = run({"education": [{"level": 5, "years": y, "completed": True} for y in order]}, notice, None)
        assert next(r for r in flat(ev.results) if r.id == "higher_education").status is Status.MET, order


@settings(max_examples=examples(120))
@given(
    data=PROFILES,
    extra=experience(full_time_proven=True),
    where=st.integers(0, 6),
    notice=notices,
    as_of=AS_OF,
    relevant=st.booleans(),
)
def test_adding_proven_full_time_experience_never_makes_things_worse(data, extra, where, notice, as_of, relevant):
    if relevant:  # relevant to every experience requirement of every notice
        extra.update(
            categories=CATEGORIES,
            employer_type="law_enforcement",
            country="SN",
            countries_worked_with=["JO", "TH", "FR", "BR"],
        )
    more = {**data, "experience": data["experience"][:where] + [extra] + data["experience"][where:]}
    assert_not_worse(run(more, notice, as_of), run(data, notice, as_of))


@settings(max_examples=examples(120))
@given(data=PROFILES, extra=experience(), notice=notices, as_of=AS_OF)
def test_adding_any_entry_is_monotone_and_removing_one_is_too(data, extra, notice, as_of):
    more = {**data, "experience": data["experience"] + [extra]}
    assert_not_worse(run(more, notice, as_of), run(data, notice, as_of))
    if data["experience"]:
        fewer = {**data, "experience": data["experience"][1:]}
        assert_not_worse(run(data, notice, as_of), run(fewer, notice, as_of))


@settings(max_examples=examples(100))
@given(data=PROFILES, extra=experience(full_time_proven=True), notice=notices, as_of=AS_OF, pick=st.data())
def test_overlapping_duplicates_never_add_time(data, extra, notice, as_of, pick):
    """A copy of a full-time entry, or any part of it at any fraction, changes no status or date."""
    base = {**data, "experience": data["experience"] + [extra]}
    copy = dict(extra)
    if "end" in extra and pick.draw(st.booleans()):  # a sub-period: same start, end no later
        start = Profile.model_validate({"experience": [extra]}).experience[0]
        span = (start.end_date - start.start_date).days
        copy["end"] = (start.start_date + timedelta(days=pick.draw(st.integers(0, span)))).isoformat()
        copy["fraction"] = pick.draw(st.sampled_from([1, 0.5, 0.2]))
    doubled = {**base, "experience": base["experience"] + [copy]}
    one, two = run(base, notice, as_of), run(doubled, notice, as_of)
    assert [(r.id, r.status, r.met_from) for r in flat(two.results)] == [
        (r.id, r.status, r.met_from) for r in flat(one.results)
    ]
    periods = [Context.period_of(e) for e in Profile.model_validate(doubled).experience]
    when = as_of or notice.notice.deadline
    assert counted_months(periods, when) == counted_months(periods[:-1], when)


@settings(max_examples=examples(150))
@given(data=PROFILES, as_of=st.dates(date(1980, 1, 1), date(2040, 12, 31)))
def test_counted_time_never_exceeds_the_calendar(data, as_of):
    entries = Profile.model_validate(data).experience
    periods = [Context.period_of(e) for e in entries]
    counted = counted_months(periods, as_of)
    starts = [p.start for p in periods if p.start <= as_of]
    assert counted <= (months_between(min(starts), as_of) if starts else 0)
    assert counted >= max((counted_months([p], as_of) for p in periods), default=0)
    later = as_of + timedelta(days=400)
    assert counted_months(periods, later) >= counted  # time only ever adds up


@settings(max_examples=examples(100))
@given(data=PROFILES, as_of=AS_OF)
def test_ten_years_met_only_if_the_calendar_allows_it(data, as_of):
    notice = next(n for n in NOTICES if n.notice.id == "interpol-vn-0844")
    ev = run(data, notice, as_of)
    ten = next(r for r in flat(ev.results) if r.id == "ten_years_experience")
    if ten.status is Status.MET:
        first = min(e.start_date for e in Profile.model_validate(data).experience)
        assert months_between(first, as_of or notice.notice.deadline) >= 120


def _months_reference(first: date, last: date) -> Fraction:
    """Day by day, the definition: each day is 1/(days in its month) of a month."""
    total, day = Fraction(0), first
    while day <= last:
        nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        stop = min(nxt - timedelta(days=1), last)
        total += Fraction((stop - day).days + 1, (nxt - date(day.year, day.month, 1)).days)
        day = stop + timedelta(days=1)
    return total


@settings(max_examples=examples(300))
@given(first=st.dates(date(1900, 1, 1), date(2100, 1, 1)), days=st.integers(-40, 20000))
def test_months_between_matches_the_day_by_day_definition(first, days):
    last = first + timedelta(days=days)
    assert months_between(first, last) == _months_reference(first, last)


@settings(max_examples=examples(100))
@given(year=st.integers(1950, 2020), years=st.integers(1, 30))
def test_full_calendar_years_count_exactly(year, years):
    span = Period(date(year, 1, 1), date(year + years - 1, 12, 31))
    assert counted_months([span], date(2100, 1, 1)) == 12 * years


# --- Kleene logic: n-ary all_of / any_of against the two-operand truth tables -------------

M, N, U, A = Status.MET, Status.NOT_MET, Status.UNKNOWN, Status.ASSESSED
AND = {(M, M): M, (M, U): U, (M, N): N, (U, M): U, (U, U): U, (U, N): N, (N, M): N, (N, U): N, (N, N): N}
OR = {(M, M): M, (M, U): M, (M, N): M, (U, M): M, (U, U): U, (U, N): U, (N, M): M, (N, U): U, (N, N): N}
NOT = {M: N, N: M, U: U}
STATUS_LISTS = st.lists(st.sampled_from([M, N, U, A]), max_size=7)


@settings(max_examples=examples(300))
@given(statuses=STATUS_LISTS, rnd=st.randoms(use_true_random=False))
def test_kleene_combinators_fold_their_truth_tables(statuses, rnd):
    from functools import reduce

    from matcher.engine.results import Verdict, kleene_all, kleene_any, verdict_of

    relevant = [s for s in statuses if s is not A]  # assessed items never take part
    assert kleene_all(statuses) == reduce(lambda x, y: AND[x, y], relevant, M)
    assert kleene_any(statuses) == (reduce(lambda x, y: OR[x, y], relevant, N) if relevant else U)
    if relevant:  # De Morgan
        assert kleene_any(statuses) == NOT[kleene_all(NOT[s] for s in relevant)]
    shuffled = list(statuses)
    rnd.shuffle(shuffled)
    assert kleene_all(shuffled) == kleene_all(statuses) and kleene_any(shuffled) == kleene_any(statuses)
    expected = {M: Verdict.ELIGIBLE, N: Verdict.NOT_ELIGIBLE, U: Verdict.NEEDS_REVIEW}[kleene_all(statuses)]
    assert verdict_of(statuses) == expected
