"""An experience entry whose start is not stated (an import could not read its dates): its
length is unknown, so it may add any time. It never meets a duration requirement and never
fails one; a requirement that is not met without it is unknown, with the advice to state the
dates (DESIGN.md, "Not stated is unknown")."""

from __future__ import annotations

from datetime import date

import pytest
from builders import job, profile, requirement, result

from matcher.engine.results import Status
from matcher.models.profile import Experience

AS_OF = date(2025, 1, 1)
FP = ["fingerprints"]
THREE_YEARS_FP = requirement("experience", "fp", min_years=3, categories=FP)


def undated(title: str = "Examiner", **extra: object) -> dict[str, object]:
    return {"title": title, "employer_type": "law_enforcement", "country": "FR", **extra}


def test_undated_entry_makes_an_unmet_requirement_unknown():
    candidate = profile(experience=[job("Examiner", "2023-01", "2023-12", categories=FP), undated(categories=FP)])
    outcome = result(THREE_YEARS_FP, candidate, AS_OF)
    assert outcome.status is Status.UNKNOWN, outcome.explanation
    assert "1 year" in outcome.explanation and "experience 2" in outcome.explanation
    assert "start not stated" in outcome.explanation and "state when the job began" in outcome.explanation
    second = next(e for e in outcome.evidence if e.entry == "experience 2")
    assert second.start == "start not stated" and second.status.startswith("undetermined")


def test_without_the_undated_entry_the_same_profile_is_not_met():
    # the control: what the undated entry turns from not met into unknown
    candidate = profile(experience=[job("Examiner", "2023-01", "2023-12", categories=FP)])
    assert result(THREE_YEARS_FP, candidate, AS_OF).status is Status.NOT_MET


def test_undated_entry_leaves_a_met_requirement_met():
    candidate = profile(experience=[job("Examiner", "2015-01", "2020-12", categories=FP), undated(categories=FP)])
    outcome = result(THREE_YEARS_FP, candidate, AS_OF)
    assert outcome.status is Status.MET, outcome.explanation
    assert "6 years" in outcome.explanation


def test_undated_entry_alone_never_meets_any_proven_period():
    # "proven experience in": any time would do, yet an unknown length is not proof of any
    outcome = result(
        requirement("experience", "any", categories=FP), profile(experience=[undated(categories=FP)]), AS_OF
    )
    assert outcome.status is Status.UNKNOWN, outcome.explanation


def test_undated_entry_that_does_not_qualify_changes_nothing():
    candidate = profile(
        experience=[job("Examiner", "2023-01", "2023-12", categories=FP), undated("Clerk", categories=["dna"])]
    )
    assert result(THREE_YEARS_FP, candidate, AS_OF).status is Status.NOT_MET


def test_undated_entry_without_proof_is_not_counted_where_proof_is_required():
    candidate = profile(
        experience=[
            job("Examiner", "2023-01", "2023-12", categories=FP),
            undated(categories=FP, proof_of_employment=False),
        ]
    )
    outcome = result(THREE_YEARS_FP, candidate, AS_OF, proof_of_employment_required=True)
    assert outcome.status is Status.NOT_MET, outcome.explanation


def test_employer_tenure_of_an_undated_current_job_is_unknown():
    candidate = profile(
        experience=[undated(ongoing=True)],
        current_employment={"employer_type": "law_enforcement", "experience_entry": 1},
    )
    outcome = result(requirement("employer_tenure", "tenure", min_months=12), candidate, AS_OF)
    assert outcome.status is Status.UNKNOWN and "start not stated" in outcome.explanation


def test_model_accepts_an_entry_without_start_and_still_checks_the_rest():
    assert Experience.model_validate({"title": "Analyst", "start": None, "end": "2020-05"}).start_date is None
    with pytest.raises(ValueError, match="before start"):
        Experience.model_validate({"title": "Analyst", "start": "2021-01", "end": "2020-05"})
