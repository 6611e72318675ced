"""Three-valued logic of all_of / any_of and the verdict."""

import itertools

import pytest

from matcher.engine.results import Status, Verdict, kleene_all, kleene_any, verdict_of

M, N, U, A = Status.MET, Status.NOT_MET, Status.UNKNOWN, Status.ASSESSED
RANK = {N: 0, U: 1, M: 2}  # Kleene: AND is min, OR is max over not_met < unknown < met


@pytest.mark.parametrize("a,b", list(itertools.product([M, N, U], repeat=2)))
def test_truth_tables_match_min_and_max(a, b):
    assert kleene_all([a, b]) == min(a, b, key=RANK.get)
    assert kleene_any([a, b]) == max(a, b, key=RANK.get)


def test_assessed_items_are_ignored():
    assert kleene_all([M, A]) == M
    assert kleene_any([N, A]) == N
    assert verdict_of([M, A, A]) == Verdict.ELIGIBLE


def test_empty_combinations():
    assert kleene_all([]) == M
    assert kleene_any([]) == U


@pytest.mark.parametrize(
    "statuses,verdict",
    [
        ([M, M], Verdict.ELIGIBLE),
        ([M, N, U], Verdict.NOT_ELIGIBLE),
        ([M, U], Verdict.NEEDS_REVIEW),
    ],
)
def test_verdicts_and_exit_codes(statuses, verdict):
    assert verdict_of(statuses) == verdict
    assert {Verdict.ELIGIBLE: 0, Verdict.NOT_ELIGIBLE: 1, Verdict.NEEDS_REVIEW: 3}[verdict] == verdict.exit_code
