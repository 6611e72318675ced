"""Experience working with countries of a region ("Working experience with African
countries") or with named countries ("experience in Nigeria"). An entry counts if its
country or a country it worked with belongs to one of the regions, as defined in
matcher/reference/data/regions.yaml, or is one of `countries`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .. import reference
from ..engine.context import Context
from ..engine.duration import evaluate_duration
from ..engine.evidence import ExperienceEvidence
from ..engine.periods import format_years
from ..engine.results import Outcome
from ..models.profile import Experience
from . import CountryCodes, Example, Kind, Years, register
from .experience import experience_stem


class RegionParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    regions: list[str] = Field(
        default_factory=list, description="Region ids from matcher/reference/data/regions.yaml (any of)."
    )
    countries: CountryCodes = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes of countries that count too (any of)."
    )
    min_years: Years | None = Field(None)

    @model_validator(mode="after")
    def _some(self) -> RegionParams:
        if not self.regions and not self.countries:
            raise ValueError("give `regions` (region ids) or `countries` (ISO codes), or both")
        return self

    @field_validator("regions")
    @classmethod
    def _known(cls, regions: list[str]) -> list[str]:
        unknown = [r for r in regions if r not in reference.regions()]
        if unknown:
            raise ValueError(f"unknown region {unknown[0]!r}; known: {', '.join(sorted(reference.regions()))}")
        return regions


def _labels(p: RegionParams) -> str:
    names = [reference.regions()[r]["label"] for r in p.regions]
    names += [reference.country_name(c) for c in p.countries]
    return " or ".join(names)


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
        codes = [str(c).lower() for c in entry.get("countries") or []]  # ids are lower case
        return experience_stem({**entry, "countries": codes}, ("regions", "countries"))

    def describe(self, p: RegionParams) -> str:
        span = f"at least {format_years(p.min_years)} of " if p.min_years else ""
        return f"{span}experience working with countries in {_labels(p)}"

    def evaluate(self, req, p: RegionParams, ctx: Context) -> Outcome:
        members = set(p.countries).union(*(reference.regions()[r]["countries"] for r in p.regions))

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
            f"experience with countries in {_labels(p)}",
            qualifies,
            hint="give the country the job was based in or the countries it worked with",
        )
