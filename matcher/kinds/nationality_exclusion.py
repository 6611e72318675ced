"""Nationality exclusion: "Nationals or permanent residents of the duty-station country are
not eligible" (the duty-station country in `countries`, or a member list). A candidate
holding one of those nationalities (or, with `permanent_residents`, a permanent residence
there) is not eligible; any other nationality is.
"""

from __future__ import annotations

from ..engine.context import Context
from ..engine.evidence import NationalityEvidence
from ..engine.results import Outcome, Status
from . import Example, Kind, register
from .nationality import CountrySetParams, _named, country_stem, holdings, unlisted_outcome


@register("nationality_exclusion")
class NationalityExclusionKind(Kind[CountrySetParams]):
    Params = CountrySetParams
    Evidence = NationalityEvidence
    reads = frozenset({"nationality", "permanent_residence"})  # identifying: hidden in blind mode
    example = Example(
        "Nationals or permanent residents of Austria are not eligible for this post.",
        {"countries": ["AT"], "permanent_residents": True},
        {"nationality": ["FR"], "permanent_residence": []},
    )

    def id_stem(self, entry, children) -> str:
        return country_stem(self.name, entry)

    def describe(self, p: CountrySetParams) -> str:
        return f"not a national{' or permanent resident' if p.permanent_residents else ''} of {p.what()}"

    def evaluate(self, req, p: CountrySetParams, ctx: Context) -> Outcome:
        if p.unlisted:
            return unlisted_outcome(p, "not eligible: nationals of")
        nationality, residence = holdings(ctx, p)
        excluded = p.country_set()
        evidence = [NationalityEvidence(_named(nationality) or None)]
        who = "nationals" + (" and permanent residents" if p.permanent_residents else "")
        hits = [c for c in nationality if c in excluded] + [c for c in residence if c in excluded]
        if hits:
            return Outcome(
                Status.NOT_MET, f"{_named(hits[:1])}: {who} of {p.what()} are not eligible for this post.", evidence
            )
        if not nationality:
            return Outcome(
                Status.UNKNOWN,
                f"nationality not given in the profile; {who} of {p.what()} are not eligible. Add `nationality`.",
            )
        if p.permanent_residents and ctx.profile.permanent_residence is None:
            return Outcome(
                Status.UNKNOWN,
                f"nationality {_named(nationality)} is not excluded, but permanent "
                f"residence is not given; permanent residents of {p.what()} are not eligible either. "
                "Add `permanent_residence` (an empty list if none).",
                evidence,
            )
        return Outcome(
            Status.MET, f"nationality {_named(nationality)}: not among the excluded ({p.what()}): met.", evidence
        )
