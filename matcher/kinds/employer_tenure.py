"""Employer tenure: "at least 12 months with the current employer" (seconded posts often ask
it). The profile's `current_employment.experience_entry` points at the experience entry of
the current job (1 = the first entry); the months run from that entry's start to the
as-of date. Without the link, or without an ongoing entry to link to, the result is unknown.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from ..engine.context import Context, entry_ref
from ..engine.evidence import TenureEvidence
from ..engine.results import Outcome, Status
from . import Example, Kind, Months, register


class EmployerTenureParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "12" or true is no number

    min_months: Months = Field(description="Least months of service with the current employer.")


def months_between(start: date, end: date) -> float:
    """Whole calendar months plus the fraction of the last one (1 Jan -> 1 Jul = 6)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
        days = (end.day + 30 - start.day) / 30
    else:
        days = (end.day - start.day) / 30
    return max(0.0, months + min(days, 0.99))


@register("employer_tenure")
class EmployerTenureKind(Kind[EmployerTenureParams]):
    Params = EmployerTenureParams
    Evidence = TenureEvidence
    reads = frozenset({"current_employment", "experience"})
    example = Example(
        "Candidates must have served at least 12 months with their current employer.",
        {"min_months": 12},
        {
            "current_employment": {
                "employer": "Landespolizei",
                "employer_type": "law_enforcement",
                "employer_country": "AT",
                "experience_entry": 1,
            },
            "experience": [
                {
                    "title": "Inspector",
                    "employer": "Landespolizei",
                    "employer_type": "law_enforcement",
                    "country": "AT",
                    "start": "2019-01",
                    "ongoing": True,
                }
            ],
        },
    )

    def describe(self, p: EmployerTenureParams) -> str:
        return f"at least {p.min_months:g} months with the current employer"

    def evaluate(self, req, p: EmployerTenureParams, ctx: Context) -> Outcome:
        job = ctx.profile.current_employment
        need = f"at least {p.min_months:g} months with the current employer required"
        if job is None:
            return Outcome(Status.UNKNOWN, f"current employment not given; {need}. Add `current_employment`.")
        if job.experience_entry is None:
            return Outcome(
                Status.UNKNOWN,
                f"current employment is not linked to an experience entry; {need}. "
                "Set `current_employment.experience_entry` to the number of that job's entry.",
            )
        index = job.experience_entry - 1
        entry = ctx.profile.experience[index]
        since = entry.start_date
        if since is None:
            return Outcome(
                Status.UNKNOWN,
                f"{entry_ref(index)}, linked as the current job: start not stated; {need}. "
                "State when the job began (start).",
            )
        months = months_between(since, ctx.as_of)
        evidence = [
            TenureEvidence(
                entry_ref(index),
                entry.title,
                entry.employer or job.employer,
                str(entry.start),
                round(months, 1),
                str(ctx.as_of),
            )
        ]
        if not entry.is_ongoing:
            return Outcome(
                Status.UNKNOWN, f"{entry_ref(index)}, linked as the current job, has ended; {need}.", evidence
            )
        if months >= p.min_months:
            return Outcome(
                Status.MET, f"{months:.1f} months with the current employer since {entry.start}, {need}: met.", evidence
            )
        return Outcome(
            Status.NOT_MET,
            f"{months:.1f} months with the current employer since {entry.start}, {need}: "
            f"{p.min_months - months:.1f} months short.",
            evidence,
        )
