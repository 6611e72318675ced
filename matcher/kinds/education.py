"""Completed higher education: years, ISCED level and field.

"A minimum of three-to-four years' education at a University" means at least three
completed years (min_years: 3). Years add up over completed higher-education
entries (a bachelor then a master); a programme without a stated length counts for
the least its ISCED level implies (matcher/reference/data/education_levels.yaml). A field named
"or equivalent" that the profile's field does not obviously match is unknown.
"""

from __future__ import annotations

import math
import re

from pydantic import BaseModel, ConfigDict, Field

from .. import reference
from ..engine.context import Context
from ..engine.evidence import EducationEvidence
from ..engine.results import Outcome, Status
from . import Example, Kind, Years, register


class EducationParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    min_years: Years | None = Field(None, description="Least completed years of higher education.")
    min_level: int | None = Field(None, ge=5, le=8, description="Least ISCED level (7 = master).")
    fields: list[str] = Field(default_factory=list, description="Acceptable fields (words to look for).")
    or_equivalent: bool = Field(False, description="Other fields may be accepted: unknown, not failed.")


def _levels() -> dict[int, dict]:
    return {int(k): v for k, v in reference.load_data("education_levels")["levels"].items()}


def _years_of(entry) -> tuple[float, str]:
    if entry.years is not None:
        return entry.years, f"{entry.years:g} years"
    implied = _levels().get(entry.level, {}).get("min_higher_years", 0)
    return implied, f"{implied} years assumed from ISCED level {entry.level}"


def _field_matches(field: str | None, wanted: list[str]) -> str | None:
    if not field:
        return None
    text = field.lower()
    for word in wanted:
        if re.search(rf"\b{re.escape(word.lower())}", text):
            return word
    return None


@register("education")
class EducationKind(Kind[EducationParams]):
    Params = EducationParams
    Evidence = EducationEvidence
    reads = frozenset({"education"})
    example = Example(
        "A minimum of three-to-four years' education at a University or other specialized higher education "
        "establishment.", {"min_years": 3},
        {"education": [{"title": "Licence en droit", "field": "law", "level": 6, "years": 3}]}, section="education")

    def id_stem(self, entry, children) -> str:
        name = "advanced_degree" if entry.get("min_level", 0) >= 7 else "education"
        return name if entry.get("importance", "required") == "required" else f"{name}_{entry['importance']}"

    def describe(self, p: EducationParams) -> str:
        parts = []
        if p.min_years:
            parts.append(f"at least {p.min_years:g} years of higher education")
        if p.min_level:
            parts.append(f"a degree at ISCED level {p.min_level} or above")
        if p.fields:
            parts.append("in " + ", ".join(p.fields) + (" or equivalent" if p.or_equivalent else ""))
        return " ".join(parts) or "higher education"

    def evaluate(self, req, p: EducationParams, ctx: Context) -> Outcome:
        entries = ctx.profile.education
        if not entries:
            return Outcome(Status.UNKNOWN, "no education given in the profile; "
                           f"{self.describe(p)} required.")
        first_higher = reference.load_data("education_levels")["higher_education_from_level"]
        done = [e for e in entries if e.completed and e.level >= first_higher]
        ongoing = [e for e in entries if not e.completed and e.level >= first_higher]
        evidence = [EducationEvidence(f"education {i + 1}", e.title, e.field, e.level, _years_of(e)[1], e.completed)
                    for i, e in enumerate(entries)]
        problems, unknowns, good = [], [], []
        # Stated lengths add up (a bachelor then a master); a level alone implies a
        # cumulative minimum, so unstated lengths are not added on top of each other.
        # Exactly rounded, then to 9 decimals, so 0.3 + 0.4 + 2.3 years is 3 years in any order.
        total = round(math.fsum(e.years for e in done if e.years is not None), 9)
        implied = max((_levels().get(e.level, {}).get("min_higher_years", 0) for e in done), default=0)
        years = max(total, implied)
        if p.min_years:
            have = f"{years:g} years of completed higher education" if done else \
                "no completed higher education (ISCED level 5 or above)"
            line = f"{have}, {p.min_years:g} years required"
            (good if years >= p.min_years else problems).append(line)
        top = max((e.level for e in done), default=None)
        if p.min_level:
            line = f"highest completed level ISCED {top}, {p.min_level} required" if top else \
                "no completed higher-education degree"
            (good if top and top >= p.min_level else problems).append(line)
        if p.fields and done:
            qualifying = [e for e in done if not p.min_level or e.level >= p.min_level] or done
            hits = [(e, _field_matches(e.field, p.fields)) for e in qualifying]
            matched = [f"'{e.field}' matches {w}" for e, w in hits if w]
            if matched:
                good.append("field " + "; ".join(matched))
            else:
                fields = ", ".join(repr(e.field) for e in qualifying if e.field) or "no field given"
                line = f"field {fields} is not one of {', '.join(p.fields)}"
                if p.or_equivalent or not any(e.field for e in qualifying):
                    unknowns.append(line + " (an equivalent field may be accepted: to be reviewed)")
                else:
                    problems.append(line)
        status = Status.NOT_MET if problems else Status.UNKNOWN if unknowns else Status.MET
        verb = {Status.MET: "met", Status.NOT_MET: "not met", Status.UNKNOWN: "to be reviewed"}[status]
        note = f" ({len(ongoing)} programme(s) still under way, not counted)" if ongoing else ""
        return Outcome(status, "; ".join(problems + unknowns + good) + f": {verb}.{note}", evidence)
