"""A language at a minimum CEFR level ("Professional fluency in English" -> C1).

`level` may be left out when `wording` is given: the level then comes from the
phrase table in matcher/reference/data/language_levels.yaml. `languages` lists alternatives
(any one will do: "French, Spanish or Arabic"). `any_level: true` is a language the notice
names without a level ("Language of Operation, French and English"): listing it in the profile,
at any level or none stated, meets it; a profile without it does not; one without any languages
stays unknown. `any_language: true` (no `languages`) is any language but those in `other_than`
("knowledge of another language is an asset", "additional languages").
"""

from __future__ import annotations

from typing import cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .. import reference
from ..engine.context import Context
from ..engine.evidence import LanguageEvidence
from ..engine.results import Outcome, Status
from ..models.profile import CEFR, CEFR_ORDER, Rating, Skill
from . import Example, Kind, register


class LanguageParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    languages: list[str] = Field(
        default_factory=list, description="ISO 639-1 codes; any one of them will do (none with `any_language`)."
    )
    any_language: bool = Field(
        False, description="Any language but those in `other_than` ('knowledge of another language is an asset')."
    )
    other_than: list[str] = Field(
        default_factory=list, description="With `any_language`: languages that do not count (asked elsewhere)."
    )
    level: CEFR | None = Field(None, description="Least CEFR level; derived from `wording` if left out.")
    wording: str | None = Field(None, description="The notice's words for the level, e.g. 'fluency'.")
    skills: list[Skill] = Field(
        default_factory=list, description="Skills that must reach the level (all given skills if empty)."
    )
    any_level: bool = Field(
        False,
        description="The notice names the language but no level ('Language of Operation, French and English'): "
        "knowing it at any level will do; give no `level` or `wording`.",
    )

    @model_validator(mode="after")
    def _level_known(self) -> LanguageParams:
        unknown = [code for code in self.languages + self.other_than if code not in reference.languages()]
        if self.any_language == bool(self.languages):
            raise ValueError("give `languages` (ISO 639-1 codes), or `any_language: true` without them")
        if self.other_than and not self.any_language:
            raise ValueError("`other_than` goes with `any_language: true` (any language but those)")
        if unknown:
            raise ValueError(f"unknown language code {unknown[0]!r} (expected ISO 639-1, e.g. en, fr)")
        if self.any_level:
            if self.level is not None or self.wording:
                raise ValueError("`any_level: true` takes no `level` or `wording` (the notice states no level)")
            return self
        if self.level is None:
            if not self.wording:
                raise ValueError("give a CEFR `level` or the notice's `wording`")
            self.level = cast(CEFR | None, reference.level_for_wording(self.wording))  # the table's levels are CEFR
            if self.level is None:
                raise ValueError(
                    f"no CEFR level known for wording {self.wording!r}; "
                    "add it to matcher/reference/data/language_levels.yaml or give `level`"
                )
        return self


def _names(codes: list[str], other_than: list[str] | None = None) -> str:
    if not codes:  # any language, but those asked elsewhere
        return "a language" + (f" other than {_names(other_than)}" if other_than else "")
    names = [reference.language_name(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@register("language")
class LanguageKind(Kind[LanguageParams]):
    Params = LanguageParams
    Evidence = LanguageEvidence
    reads = frozenset({"languages"})
    not_compared = frozenset({"wording"})  # it only sets `level`, which is compared
    example = Example(
        "Excellent command of English is required.",
        {"languages": ["en"], "wording": "excellent command"},
        {"languages": [{"language": "en", "level": "C1"}]},
        section="languages",
    )

    def id_stem(self, entry, children) -> str:
        if not entry.get("languages"):
            return "another_language"
        return "_or_".join(reference.language_name(c).split()[0].lower() for c in entry["languages"])

    def describe(self, p: LanguageParams) -> str:
        if p.any_level:
            return f"{_names(p.languages, p.other_than)} (any level)"
        return f"{_names(p.languages, p.other_than)} at level {p.level} or above"

    def evaluate(self, req, p: LanguageParams, ctx: Context) -> Outcome:
        known = ctx.profile.languages
        asked = f" for {' and '.join(p.skills)}" if p.skills else ""
        need = f"{_names(p.languages, p.other_than)} at {p.level}{asked} required"
        if p.any_level:
            need = f"{_names(p.languages, p.other_than)} required (the notice states no level)"
        if not known:
            return Outcome(
                Status.UNKNOWN,
                f"no languages given in the profile; {need}: add the languages you know, each with its CEFR level.",
            )
        evidence, best, unrated = [], None, []
        for entry in known:
            if entry.language not in p.languages if p.languages else entry.language in p.other_than:
                continue
            name = reference.language_name(entry.language)
            rating = entry.rating(p.skills)
            evidence.append(
                LanguageEvidence(
                    entry.language,
                    name,
                    rating.level,
                    bool(entry.mother_tongue),
                    {str(skill): str(level) for skill, level in entry.skills.items()},
                    rating.skill,
                )
            )
            if p.any_level:  # listed at all: the candidate knows it, and any level will do
                level = f" at {rating.level}" if rating.level else ""
                return Outcome(Status.MET, f"{name}{level} listed in the profile, {need}: met.", evidence)
            if rating.level is None:
                unrated.append(_what_to_add(name, entry.has_level, rating.missing))
            elif best is None or CEFR_ORDER.index(rating.level) > CEFR_ORDER.index(best[1]):
                best = (
                    f"{name} as mother tongue (C2)" if entry.mother_tongue else _as_rated(name, rating, entry.level),
                    rating.level,
                )
        if best and CEFR_ORDER.index(best[1]) >= CEFR_ORDER.index(p.level):
            return Outcome(Status.MET, f"{best[0]}, {need}: met.", evidence)
        if unrated:
            short = f"{best[0]}, short of {p.level}; " if best else ""
            return Outcome(Status.UNKNOWN, f"{short}{'; '.join(unrated)}; {need}.", evidence)
        if best:
            return Outcome(
                Status.NOT_MET,
                f"{best[0]}, {need}: {CEFR_ORDER.index(p.level) - CEFR_ORDER.index(best[1])} level(s) short.",
                evidence,
            )
        return Outcome(
            Status.NOT_MET, f"{_names(p.languages, p.other_than)} not among the profile's languages; {need}.", evidence
        )


def _as_rated(name: str, rating: Rating, overall: str | None) -> str:
    """'English writing at B1 (overall B2)': the skill that gives the level, when one does."""
    if rating.skill is None:
        return f"{name} at {rating.level}"
    return f"{name} {rating.skill} at {rating.level}" + (f" (overall {overall})" if overall else "")


def _what_to_add(name: str, has_level: bool, missing: tuple[str, ...]) -> str:
    if not has_level:
        return f"{name} is listed without a level: add your CEFR level (A1-C2)"
    return (
        f"{name} has no level stated for {' or '.join(missing)}: add the level for "
        f"{' and '.join(missing)}, or an overall level"
    )
