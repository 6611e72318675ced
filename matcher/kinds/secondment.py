"""Secondment: "This vacancy announcement pertains to law enforcement and/or
governmental officials within INTERPOL's member countries only." The candidate must
serve now as such an official of a member country (matcher/reference/data/interpol_members.yaml), or
of another shipped list; `member_countries: any` when the notice names none ("Seconded National Experts
are staff employed by a national, regional or local public administration, or an IGO").
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .. import reference
from ..engine.context import Context
from ..engine.evidence import EmploymentEvidence
from ..engine.results import Outcome, Status
from ..models.profile import EmployerType
from . import Example, Kind, register

_OFFICIALS: list[EmployerType] = ["law_enforcement", "government"]
ANY = "any"  # member_countries when the notice names no list: officials of any country


class SecondmentParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    employer_types: list[EmployerType] = Field(default_factory=lambda: list(_OFFICIALS))
    member_countries: str = Field(
        "interpol_members",
        pattern=r"^[a-z0-9_]+$",
        description="Shipped member-country list (in matcher/reference/data/) of eligible countries, "
        "or `any` when the notice names none.",
    )

    @field_validator("member_countries")
    @classmethod
    def _shipped_list(cls, name: str) -> str:
        # A name, never a path: the file is read (and cached) from the package data only.
        if name == ANY:
            return name
        if not reference.data_path(name).is_file() or not isinstance(reference.load_data(name).get("members"), list):
            raise ValueError(f"no member-country list {name!r} among the shipped lists")
        return name


@register("secondment")
class SecondmentKind(Kind[SecondmentParams]):
    Params = SecondmentParams
    Evidence = EmploymentEvidence
    reads = frozenset({"current_employment"})
    # The drafter finds this sentence among the notice's facts (authoring/facts.py), not in a section.
    example = Example(
        "This vacancy announcement pertains to law enforcement and/or governmental officials within INTERPOL's "
        "member countries only.",
        {},
        {
            "current_employment": {
                "employer": "Police nationale",
                "position": "Commandant",
                "employer_type": "law_enforcement",
                "employer_country": "FR",
            }
        },
        section="notice",
    )

    def describe(self, p: SecondmentParams) -> str:
        return (
            "currently a "
            + " or ".join(t.replace("_", " ") for t in p.employer_types)
            + " official"
            + ("" if p.member_countries == ANY else " of a member country")
        )

    def evaluate(self, req, p: SecondmentParams, ctx: Context) -> Outcome:
        job = ctx.profile.current_employment
        if job is None:
            return Outcome(
                Status.UNKNOWN,
                "current employment not given; the post is open only to "
                "serving law enforcement or government officials of member countries: add "
                "current_employment (employer_type, employer_country).",
            )
        evidence = [EmploymentEvidence(job.employer, job.position, job.employer_type, job.employer_country)]
        at = f" ({job.employer})" if job.employer else ""
        who = f"{employment_words(job.employer_type)}{at}"
        if job.employer_type is None:
            return Outcome(
                Status.UNKNOWN,
                f"{who}: add employer_type to current_employment (law_enforcement "
                "or government for a serving official); the post is open only to serving "
                "law enforcement or government officials of member countries.",
                evidence,
            )
        if job.employer_type not in p.employer_types:
            return Outcome(
                Status.NOT_MET,
                f"currently {who}: not a law enforcement or government official, so not eligible for secondment.",
                evidence,
            )
        if p.member_countries == ANY:  # no member list: a serving official of any country
            return Outcome(
                Status.MET,
                f"currently {who}: a serving official, and the notice names no member list: met. Your home "
                "administration must confirm the secondment in writing.",
                evidence,
            )
        members = reference.member_countries(p.member_countries)
        if job.employer_country is None:
            return Outcome(
                Status.UNKNOWN,
                f"currently {who}, employer country not given: cannot tell whether "
                "it is a member country; add employer_country.",
                evidence,
            )
        country = f"{reference.country_name(job.employer_country)} ({job.employer_country})"
        if job.employer_country not in members:
            listed = f"one of the {reference.MEMBER_LISTS.get(p.member_countries, 'member countries')}"
            if p.member_countries == "interpol_members":
                listed = "an INTERPOL member country"
            return Outcome(Status.NOT_MET, f"currently {who} in {country}, which is not {listed}.", evidence)
        return Outcome(
            Status.MET,
            f"currently {who} in {country}, a member country: met. Your home "
            "administration must confirm the secondment in writing, through the NCB.",
            evidence,
        )


EMPLOYMENT_WORDS = {
    "law_enforcement": "employed by a law enforcement agency",
    "government": "employed by a government administration",
    "international_organization": "employed by an international organization",
    "private": "employed in the private sector",
    "ngo": "employed by a non-governmental organization",
    "academia": "employed by a university or research institute",
    "none": "not employed",
}


def employment_words(employer_type: str | None) -> str:
    """Employment status as a sentence says it ('not employed', not 'a none employer')."""
    if employer_type is None:
        return "type of current employer not stated"
    return EMPLOYMENT_WORDS.get(employer_type, f"employed by a {employer_type.replace('_', ' ')} employer")
