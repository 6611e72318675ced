"""Nationality: "Applicants must be nationals of an OSCE participating State", "a national
of one of the EU Member States, Iceland, Liechtenstein or Norway". The candidate's
nationality (any of them, for several) must be in a shipped member list
(matcher/reference/data/<members>.yaml) or in `countries`; with `permanent_residents`,
a permanent residence there counts as well. `unlisted` names a group the notice gives no members
for ("or of a candidate country"): such a rule is unknown until a list replaces it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .. import reference
from ..engine.context import Context
from ..engine.evidence import NationalityEvidence
from ..engine.results import Outcome, Status
from . import CountryCodes, Example, Kind, register


class CountrySetParams(BaseModel):
    """A set of countries: a shipped member list, explicit ISO codes, or both."""

    model_config = ConfigDict(extra="forbid", strict=True)  # "yes" or 1 is no boolean

    members: str | None = Field(
        None,
        pattern=r"^[a-z0-9_]+$",
        description="Shipped member-country list, e.g. eu_member_states, "
        "osce_participating_states, un_member_states, interpol_members.",
    )
    countries: CountryCodes = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes.")
    permanent_residents: bool = Field(False, description="A permanent residence in those countries counts too.")
    unlisted: str | None = Field(
        None,
        max_length=200,
        description="A group the notice names without its members ('a candidate country', 'the duty "
        "station'), when no list is shipped: the rule stays unknown until `members` or `countries` replace it.",
    )

    @field_validator("members")
    @classmethod
    def _shipped(cls, name: str | None) -> str | None:
        if name is not None and not reference.is_member_list(name):
            raise ValueError(
                f"no member-country list {name!r} among the shipped lists ({', '.join(reference.member_lists())})"
            )
        return name

    @model_validator(mode="after")
    def _some(self) -> CountrySetParams:
        if not self.members and not self.countries and not self.unlisted:
            raise ValueError("give `members` (a shipped list) or `countries`")
        if self.unlisted and (self.members or self.countries):
            raise ValueError("`unlisted` stands for a list not given: leave it out when `members` or `countries` is")
        return self

    def country_set(self) -> frozenset[str]:
        return (reference.member_countries(self.members) if self.members else frozenset()) | set(self.countries)

    def what(self) -> str:
        if self.unlisted:
            return f"{self.unlisted} (no list of its countries is given)"
        parts = []
        if self.members:
            parts.append(reference.member_list_label(self.members))
        if self.countries:
            parts.append(", ".join(reference.country_name(c) for c in self.countries))
        return " or ".join(parts)


def holdings(ctx: Context, p: CountrySetParams) -> tuple[list[str], list[str]]:
    """(the profile's nationalities, its permanent residences when they count)."""
    residence = list(ctx.profile.permanent_residence or []) if p.permanent_residents else []
    return list(ctx.profile.nationality), residence


def country_stem(kind: str, entry: dict) -> str:
    """'nationality', or 'nationality_exclusion_at' for a rule naming countries (and no list)."""
    if not entry.get("countries") or entry.get("members"):
        return kind
    return f"{kind}_{'_'.join(entry['countries'][:2]).lower()}"


def unlisted_outcome(p: CountrySetParams, what: str) -> Outcome:
    """A group without its members: nothing to compare the nationality with, so unknown, saying so."""
    return Outcome(
        Status.UNKNOWN,
        f"{what} {p.unlisted}, a group whose countries the rules file does not list: check the nationality "
        "by hand, or give `members` / `countries`.",
    )


def _named(codes: list[str]) -> str:
    """Country names only (no codes): blind screening hides the names of a candidate's countries."""
    return ", ".join(reference.country_name(c) for c in codes)


@register("nationality")
class NationalityKind(Kind[CountrySetParams]):
    Params = CountrySetParams
    Evidence = NationalityEvidence
    # Drafted by matcher/authoring/eligibility.py, from any sentence of the notice.
    example = Example(
        "Applicants must be nationals of an OSCE participating State.",
        {"members": "osce_participating_states"},
        {"nationality": ["FR"]},
    )
    # The profile fields it reads (identifying: blind mode must hide them in its results).
    reads = frozenset({"nationality", "permanent_residence"})

    def id_stem(self, entry, children) -> str:
        return country_stem(self.name, entry)

    def describe(self, p: CountrySetParams) -> str:
        return (
            f"a national{' or permanent resident' if p.permanent_residents else ''} of one of the {p.what()}"
            if p.members and not p.countries
            else f"a national{' or permanent resident' if p.permanent_residents else ''} of {p.what()}"
        )

    def evaluate(self, req, p: CountrySetParams, ctx: Context) -> Outcome:
        if p.unlisted:
            return unlisted_outcome(p, "the post is open to nationals of")
        nationality, residence = holdings(ctx, p)
        eligible = p.country_set()
        evidence = [NationalityEvidence(_named(nationality) or None)]
        need = (
            f"the post is open to nationals{' and permanent residents' if p.permanent_residents else ''} of {p.what()}"
        )
        hits = [c for c in nationality + residence if c in eligible]
        if hits:
            return Outcome(Status.MET, f"{_named(hits[:1])} is among {p.what()}: met.", evidence)
        if not nationality and not residence:
            return Outcome(Status.UNKNOWN, f"nationality not given in the profile; {need}. Add `nationality`.")
        return Outcome(
            Status.NOT_MET,
            f"nationality {_named(nationality) or 'not given'} is not among {p.what()}; {need}.",
            evidence,
        )
