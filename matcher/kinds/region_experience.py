"""Experience working with countries of a region ("Working experience with African
countries"). An entry counts if its country or a country it worked with belongs to
one of the regions, as defined in matcher/reference/data/regions.yaml."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .. import reference
from ..engine.context import Context
from ..engine.duration import evaluate_duration
from ..engine.evidence import ExperienceEvidence
from ..engine.periods import format_years
from ..engine.results import Outcome
from ..models.profile import Experience
from . import Example, Kind, Years, register
from .experience import experience_stem


class RegionParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    regions: list[str] = Field(
        min_length=1, description="Region ids from matcher/reference/data/regions.yaml (any of)."
    )
    min_years: Years | None = Field(None)

    @field_validator("regions")
    @classmethod
    def _known(cls, regions: list[str]) -> list[str]:
        unknown = [r for r in regions if r not in reference.regions()]
        if unknown:
            raise ValueError(f"unknown region {unknown[0]!r}; known: {', '.join(sorted(reference.regions()))}")
        return regions


def _labels(regions: list[str]) -> str:
    return " or ".join(reference.regions()[r]["label"] for r in regions)


@register("region_experience")
class RegionExperienceKind(Kind[RegionParams]):
    Params = RegionParams
    Evidence = ExperienceEvidence
    reads = frozenset({"experience"})
    example = Example(
        "Working experience with African countries.",
        {"regions": ["africa"]},
        {
            "experience": [
                {
                    "title": "Liaison officer",
                    "employer_type": "law_enforcement",
                    "country": "FR",
                    "countries_worked_with": ["SN", "CI"],
                    "start": "2019-01",
                    "end": "2020-12",
                }
            ]
        },
        section="experience",
    )

    def id_stem(self, entry, children) -> str:
        return experience_stem(entry, ("regions",))

    def describe(self, p: RegionParams) -> str:
        span = f"at least {format_years(p.min_years)} of " if p.min_years else ""
        return f"{span}experience working with countries in {_labels(p.regions)}"

    def evaluate(self, req, p: RegionParams, ctx: Context) -> Outcome:
        members = set().union(*(reference.regions()[r]["countries"] for r in p.regions))

        def qualifies(index: int, entry: Experience) -> tuple[bool | None, list[str]]:
            countries = list(dict.fromkeys(([entry.country] if entry.country else []) + entry.countries_worked_with))
            if not countries:
                return None, ["no country given"]
            hits = [c for c in countries if c in members]
            if not hits:
                return False, []
            return True, [f"{reference.country_name(c)} ({c})" for c in hits]

        return evaluate_duration(
            ctx,
            p.min_years,
            f"experience with countries in {_labels(p.regions)}",
            qualifies,
            hint="give the country the job was based in or the countries it worked with",
        )
