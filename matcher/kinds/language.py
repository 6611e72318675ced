"""A language at a minimum CEFR level ("Professional fluency in English" -> C1).

`level` may be left out when `wording` is given: the level then comes from the
phrase table in matcher/reference/data/language_levels.yaml. `languages` lists alternatives
(any one will do: "French, Spanish or Arabic").
"""

from __future__ import annotations

from typing import cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .. import reference
from ..engine.context import Context
from ..engine.evidence import LanguageEvidence
from ..engine.results import Outcome, Status
from ..models.profile import CEFR, CEFR_ORDER, Skill
from . import Example, Kind, register


class LanguageParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    languages: list[str] = Field(min_length=1, description="ISO 639-1 codes; any one of them will do.")
    level: CEFR | None = Field(None, description="Least CEFR level; derived from `wording` if left out.")
    wording: str | None = Field(None, description="The notice's words for the level, e.g. 'fluency'.")
    skills: list[Skill] = Field(default_factory=list, description="Skills that must reach the level "
                                                                  "(all given skills if empty).")

    @model_validator(mode="after")
    def _level_known(self) -> LanguageParams:
        unknown = [code for code in self.languages if code not in reference.languages()]
        if unknown:
            raise ValueError(f"unknown language code {unknown[0]!r} (expected ISO 639-1, e.g. en, fr)")
        if self.level is None:
            if not self.wording:
                raise ValueError("give a CEFR `level` or the notice's `wording`")
            self.level = cast(CEFR | None, reference.level_for_wording(self.wording))  # the table's levels are CEFR
            if self.level is None:
                raise ValueError(f"no CEFR level known for wording {self.wording!r}; "
                                 "add it to matcher/reference/data/language_levels.yaml or give `level`")
        return self


def _names(codes: list[str]) -> str:
    names = [reference.language_name(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@register("language")
class LanguageKind(Kind[LanguageParams]):
    Params = LanguageParams
    Evidence = LanguageEvidence
    reads = frozenset({"languages"})
    not_compared = frozenset({"wording"})  # it only sets `level`, which is compared
    example = Example("Excellent command of English is required.",
                      {"languages": ["en"], "wording": "excellent command"},
                      {"languages": [{"language": "en", "level": "C1"}]}, section="languages")

    def id_stem(self, entry, children) -> str:
        return "_or_".join(reference.language_name(c).split()[0].lower() for c in entry["languages"])

    def describe(self, p: LanguageParams) -> str:
        return f"{_names(p.languages)} at level {p.level} or above"

    def evaluate(self, req, p: LanguageParams, ctx: Context) -> Outcome:
        known = ctx.profile.languages
        need = f"{_names(p.languages)} at {p.level} required"
        if not known:
            return Outcome(Status.UNKNOWN, f"no languages given in the profile; {need}.")
        evidence, best, unrated = [], None, []
        for entry in known:
            if entry.language not in p.languages:
                continue
            level = entry.level_for(p.skills)
            evidence.append(LanguageEvidence(entry.language, reference.language_name(entry.language), level,
                                             entry.mother_tongue, dict(entry.skills)))
            if level is None:
                unrated.append(reference.language_name(entry.language))
            elif best is None or CEFR_ORDER.index(level) > CEFR_ORDER.index(best[1]):
                best = (entry.language, level)
        if best and CEFR_ORDER.index(best[1]) >= CEFR_ORDER.index(p.level):
            return Outcome(Status.MET, f"{reference.language_name(best[0])} at {best[1]}, {need}: met.", evidence)
        if unrated:
            return Outcome(Status.UNKNOWN, f"{', '.join(unrated)} without a level for "
                           f"{', '.join(p.skills) or 'the skills'} asked; {need}.", evidence)
        if best:
            return Outcome(Status.NOT_MET, f"{reference.language_name(best[0])} at {best[1]}, {need}: "
                           f"{CEFR_ORDER.index(p.level) - CEFR_ORDER.index(best[1])} level(s) short.", evidence)
        return Outcome(Status.NOT_MET, f"{_names(p.languages)} not among the profile's languages; {need}.", evidence)
