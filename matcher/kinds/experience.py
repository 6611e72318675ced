"""Years of professional experience, optionally in categories, sectors or employer types.

Examples from the notices: "At least three years' experience in the Fingerprint
discipline" (categories: [fingerprints]); "At least three years of experience in Law
Enforcement working in THB and/or SoM crime areas" (categories: [human_trafficking,
migrant_smuggling], sector: [law_enforcement]); "Ten years' experience" (no filter).
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .. import reference
from ..engine.context import Context
from ..engine.duration import CATEGORY_HINT, evaluate_duration
from ..engine.evidence import ExperienceEvidence
from ..engine.periods import format_years
from ..engine.results import Outcome
from ..models.profile import EmployerType, Experience
from ..reference.taxonomy import taxonomy
from . import Example, Kind, Years, register


class ExperienceParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    min_years: Years | None = Field(None, description="Least years; omit for 'proven experience in'.")
    categories: list[str] = Field(
        default_factory=list, description="The work must be in one of these (or a sub-category)."
    )
    sector: list[str] = Field(
        default_factory=list,
        description="...and within one of these categories or employer types, e.g. law_enforcement.",
    )
    employer_types: list[EmployerType] = Field(
        default_factory=list, description="Only jobs with these employer types count."
    )

    @field_validator("categories", "sector")
    @classmethod
    def _known_categories(cls, ids: list[str]) -> list[str]:
        unknown = [c for c in ids if c not in taxonomy().entries]
        if unknown:
            raise ValueError(f"unknown category {unknown[0]!r}; see matcher/reference/data/categories.yaml")
        return ids


EMPLOYER_TYPES = frozenset(get_args(EmployerType))


def _in_categories(ids: set[str], wanted: list[str]) -> list[str]:
    return [c for c in wanted if c in ids]


@register("experience")
class ExperienceKind(Kind[ExperienceParams]):
    Params = ExperienceParams
    Evidence = ExperienceEvidence
    reads = frozenset({"experience", "infer_categories"})
    example = Example(
        "At least three years' experience in the Fingerprint discipline.",
        {"min_years": 3, "categories": ["fingerprints"]},
        {
            "experience": [
                {
                    "title": "Fingerprint examiner",
                    "employer": "Police nationale",
                    "employer_type": "law_enforcement",
                    "country": "FR",
                    "start": "2015-01",
                    "end": "2020-12",
                    "categories": ["fingerprints"],
                }
            ]
        },
        section="experience",
    )

    def id_stem(self, entry, children) -> str:
        return experience_stem(entry, ("categories", "sector", "employer_types"))

    def describe(self, p: ExperienceParams) -> str:
        what = self._what(p)
        return f"at least {format_years(p.min_years)} of {what}" if p.min_years else f"proven {what}"

    @staticmethod
    def _what(p: ExperienceParams) -> str:
        tax = taxonomy()
        what = (
            " or ".join(tax.label(c) for c in p.categories) + " experience"
            if p.categories
            else "professional experience"
        )
        if p.sector:
            what += " in " + " or ".join(tax.label(s).lower() for s in p.sector)
        if p.employer_types:
            what += " with " + " or ".join(t.replace("_", " ") for t in p.employer_types) + " employers"
        return what

    def evaluate(self, req, p: ExperienceParams, ctx: Context) -> Outcome:
        wanted = set(p.categories) | set(p.sector)
        tax = taxonomy()
        relevant: dict[str, bool] = {}  # category -> whether it is or falls under one wanted

        def is_relevant(category: str) -> bool:
            known = relevant.get(category)
            if known is None:
                known = relevant[category] = bool(set(tax.ancestors(category)) & wanted)
            return known

        def about(index: int, ids: list[str]) -> bool | None:  # looks at categories only when needed
            cats = ctx.entry_categories[index]
            return bool(_in_categories(cats.ids, ids)) if cats.determined else None

        def qualifies(index: int, entry: Experience) -> tuple[bool | None, list[str]]:
            employer_ok: bool | None = True
            if p.employer_types:
                employer_ok = None if entry.employer_type is None else entry.employer_type in p.employer_types
            category_ok = about(index, p.categories) if p.categories and employer_ok is not False else True
            sector_ok: bool | None = True
            if p.sector and employer_ok is not False and category_ok is not False:
                sector_ok = True if entry.employer_type in p.sector else about(index, p.sector)
                if sector_ok is False and entry.employer_type is None and set(p.sector) & EMPLOYER_TYPES:
                    sector_ok = None  # the employer type that would say so is not stated
            verdict = kleene_and(employer_ok, category_ok, sector_ok)
            if verdict is False:
                return False, []
            reasons = (
                [f"employer type {entry.employer_type}"]
                if entry.employer_type and (entry.employer_type in p.employer_types or entry.employer_type in p.sector)
                else []
            )
            if wanted and ctx.entry_categories[index].determined:
                reasons += [
                    f"'{m.text}' → {m.category} ({m.method})"
                    for m in ctx.entry_categories[index].matches
                    if is_relevant(m.category)
                ]
            return verdict, reasons

        def why(index: int) -> str | None:
            """What is missing from an entry that cannot be judged, and what to add."""
            entry = ctx.profile.experience[index]
            if p.employer_types and entry.employer_type is None:
                return "employer type not stated: add employer_type"
            cats = ctx.entry_categories[index]
            if not wanted or cats.determined:
                return None
            if cats.language:
                return (
                    f"written in {reference.language_name(cats.language)}, which matcher cannot read for "
                    "categories (English and French only): declare its categories or describe it in English "
                    "or French"
                )
            return CATEGORY_HINT

        return evaluate_duration(ctx, p.min_years, self._what(p), qualifies, hint="", why=why)


def experience_stem(entry: dict[str, Any], keys: tuple[str, ...]) -> str:
    """'experience_fingerprints', 'experience_africa', 'experience_10_years': what it asks, else how long."""
    what: list[str] = next((entry[key] for key in keys if entry.get(key)), [])
    if what:
        return "experience_" + "_".join(what[:2])
    return f"experience_{entry['min_years']:g}_years" if entry.get("min_years") else "experience"


def kleene_and(*values: bool | None) -> bool | None:
    if False in values:  # values are True, False or None only
        return False
    return None if None in values else True
