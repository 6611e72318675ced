"""Completed education: years of higher education, ISCED level and field.

The level may be below higher education ("completion of high school", "Senior Certificate
(Grade 12)": min_level 3, ISCED 2011 levels 2-4); then any completed programme at that
level or above counts, while years of study stay years of higher education (ISCED 5+).

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
from ..engine.results import Outcome, Status, kleene_all
from . import Example, Kind, Years, register


class EducationParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number

    min_years: Years | None = Field(None, description="Least completed years of higher education.")
    min_level: int | None = Field(
        None, ge=2, le=8, description="Least ISCED level (3 = upper secondary, 6 = bachelor, 7 = master)."
    )
    fields: list[str] = Field(default_factory=list, description="Acceptable fields (words to look for).")
    or_equivalent: bool = Field(False, description="Other fields may be accepted: unknown, not failed.")


_SECOND_CYCLE = 7  # ISCED 7 and 8 are entered after a first degree


def _first_higher() -> int:
    return int(reference.load_data("education_levels")["higher_education_from_level"])


def _levels() -> dict[int, dict]:
    return {int(k): v for k, v in reference.load_data("education_levels")["levels"].items()}


def _years_of(entry) -> tuple[float | None, str]:
    """(least years of higher education the entry stands for, how the report says it); None
    if nothing tells. A stated length is the programme's own; a second-cycle degree (ISCED 7
    and up) also stands for the first degree it requires, so its level's cumulative minimum holds."""
    implied = _levels().get(entry.level, {}).get("min_higher_years", 0) if entry.level is not None else None
    if entry.years is not None:
        if implied is not None and entry.level >= _SECOND_CYCLE and implied > entry.years:
            return implied, f"{entry.years:g} years ({implied} years of higher education in all at ISCED {entry.level})"
        return entry.years, f"{entry.years:g} years"
    if implied is None:
        return None, "length not stated"
    return implied, f"{implied} years assumed from ISCED level {entry.level}"


def _could_be(entry) -> float:
    """The most years an open entry may turn out to stand for (any, when its length is not stated)."""
    if entry.years is None:
        return math.inf
    return max(entry.years, _levels().get(entry.level, {}).get("min_higher_years", 0) if entry.level else 0)


def _ref(index: int, entry) -> str:
    return f"education {index + 1}" + (f" ({entry.title})" if entry.title else "")


def _missing(index: int, entry) -> str:
    """What an open entry lacks, and what to add."""
    gaps = []
    if entry.level is None:
        gaps.append("has no ISCED level: add level (5 short-cycle, 6 bachelor, 7 master, 8 doctorate)")
    if entry.completed is None:
        gaps.append("does not say whether it was completed: add completed: true or false")
    return f"{_ref(index, entry)} " + " and ".join(gaps)


def _field_matches(field: str | None, wanted: list[str]) -> str | None:
    if not field:
        return None
    text = field.lower()
    for word in wanted:
        if re.search(rf"\b{re.escape(word.lower())}", text):
            return word
    return None


def _counted(entries, floor: int) -> tuple[list, list]:
    """(completed entries at ISCED `floor` or above, entries that may be: level or completion not stated)."""
    done = [(i, e) for i, e in enumerate(entries) if e.completed and e.level is not None and e.level >= floor]
    open_ = [
        (i, e)
        for i, e in enumerate(entries)
        if e.completed is not False
        and (e.level is None or e.level >= floor)
        and (e.completed is None or e.level is None)
    ]
    return done, open_


@register("education")
class EducationKind(Kind[EducationParams]):
    Params = EducationParams
    Evidence = EducationEvidence
    reads = frozenset({"education"})
    example = Example(
        "A minimum of three-to-four years' education at a University or other specialized higher education "
        "establishment.",
        {"min_years": 3},
        {"education": [{"title": "Licence en droit", "field": "law", "level": 6, "years": 3, "completed": True}]},
        section="education",
    )

    def id_stem(self, entry, children) -> str:
        name = "advanced_degree" if entry.get("min_level", 0) >= 7 else "education"
        return name if entry.get("importance", "required") == "required" else f"{name}_{entry['importance']}"

    def describe(self, p: EducationParams) -> str:
        parts = []
        if p.min_years:
            parts.append(f"at least {p.min_years:g} years of higher education")
        if p.min_level:
            what = "a degree" if p.min_level >= _first_higher() else "completed education"
            parts.append(f"{what} at ISCED level {p.min_level} or above")
        if p.fields:
            parts.append("in " + ", ".join(p.fields) + (" or equivalent" if p.or_equivalent else ""))
        return " ".join(parts) or "higher education"

    def evaluate(self, req, p: EducationParams, ctx: Context) -> Outcome:
        entries = ctx.profile.education
        if not entries:
            return Outcome(
                Status.UNKNOWN,
                f"no education given in the profile; {self.describe(p)} required: add your degrees and diplomas.",
            )
        first_higher = _first_higher()
        # done: a completed higher-education degree; open: it may be one, but its level or
        # completion is not stated; everything else (secondary, unfinished) never counts.
        done, open_ = _counted(entries, first_higher)
        ongoing = [e for e in entries if e.completed is False]
        evidence = [
            EducationEvidence(f"education {i + 1}", e.title, e.field, e.level, _years_of(e)[1], e.completed)
            for i, e in enumerate(entries)
        ]
        parts: list[tuple[Status, str, str]] = []  # (status, the fact, what to do about it)
        if p.min_years:
            parts.append(self._years(p.min_years, done, open_))
        if p.min_level:  # "completion of high school": a secondary programme counts as well
            parts.append(self._level(p.min_level, *_counted(entries, min(p.min_level, first_higher))))
        if p.fields and (done or open_):
            parts.append(self._field(p, done, open_))
        return Outcome(*_sentence(parts, ongoing), evidence)

    @staticmethod
    def _years(required: float, done, open_) -> tuple[Status, str, str]:
        # Stated lengths add up (a bachelor then a master); a level alone implies a
        # cumulative minimum, so unstated lengths are not added on top of each other.
        # Exactly rounded, then to 9 decimals, so 0.3 + 0.4 + 2.3 years is 3 years in any order.
        total = round(math.fsum(e.years for _, e in done if e.years is not None), 9)
        implied = max((_years_of(e)[0] or 0 for _, e in done), default=0)
        years = max(total, implied)
        have = (
            f"{years:g} year{'' if years == 1 else 's'} of completed higher education"
            if done
            else "no completed higher education (ISCED level 5 or above)"
        )
        line = f"{have}, {required:g} years required"
        if years >= required:
            return Status.MET, line, ""
        # A degree whose level stands for more years than its stated length: the two facts
        # disagree (an accelerated programme, or dates that are not the official length).
        short = [
            (i, e)
            for i, e in done
            if e.years is not None
            and e.level < _SECOND_CYCLE
            and _levels().get(e.level, {}).get("min_higher_years", 0) >= required > years
        ]
        if short:
            return (
                Status.UNKNOWN,
                line,
                "; ".join(
                    f"{_ref(i, e)} is an ISCED {e.level} degree, usually at least "
                    f"{_levels()[e.level]['min_higher_years']} years, but is stated as {e.years:g} years: "
                    "to be reviewed (give the programme's official length as years)"
                    for i, e in short
                ),
            )
        # Could the entries whose length, level or completion is not stated make up the rest?
        unsized = [(i, e) for i, e in done if e.years is None]
        if open_ and years + math.fsum(_could_be(e) for _, e in open_) >= required:
            return Status.UNKNOWN, line, "; ".join(_missing(i, e) for i, e in open_)
        if unsized:
            return (
                Status.UNKNOWN,
                line,
                "; ".join(f"{_ref(i, e)} does not state its length: add years" for i, e in unsized),
            )
        return Status.NOT_MET, line, ""

    @staticmethod
    def _level(required: int, done, open_) -> tuple[Status, str, str]:
        top = max((e.level for _, e in done), default=None)
        line = (
            f"highest completed level ISCED {top}, {required} required"
            if top
            else f"no completed higher-education degree, ISCED {required} required"
            if required >= _first_higher()
            else f"no completed education at ISCED {required} or above, ISCED {required} required"
        )
        if top and top >= required:
            return Status.MET, line, ""
        could = [(i, e) for i, e in open_ if e.level is None or e.level >= required]
        if could:
            return Status.UNKNOWN, line, "; ".join(_missing(i, e) for i, e in could)
        return Status.NOT_MET, line, ""

    @staticmethod
    def _field(p: EducationParams, done, open_) -> tuple[Status, str, str]:
        def fits(entries):
            return [(i, e) for i, e in entries if not p.min_level or e.level is None or e.level >= p.min_level]

        qualifying = fits(done) or ([] if fits(open_) else done)
        possible = fits(open_)
        hits = [(i, e, _field_matches(e.field, p.fields)) for i, e in qualifying + possible]
        sure = [f"'{e.field}' matches {w}" for i, e, w in hits if w and (i, e) in qualifying]
        if sure:
            return Status.MET, "field " + "; ".join(sure), ""
        maybe = [f"'{e.field}' ({_ref(i, e)}) matches {w}" for i, e, w in hits if w]
        if maybe:
            return Status.UNKNOWN, "field " + "; ".join(maybe), "it counts once that entry is complete"
        unstated = [_ref(i, e) for i, e, _ in hits if not e.field]
        fields = ", ".join(repr(e.field) for _, e, _ in hits if e.field)
        line = f"field {fields} is not one of {', '.join(p.fields)}" if fields else "field not stated"
        if unstated:
            return Status.UNKNOWN, line, f"{', '.join(unstated)} does not state its field: add field"
        if p.or_equivalent:
            return Status.UNKNOWN, line, "an equivalent field may be accepted: to be reviewed"
        return Status.NOT_MET, line, ""


def _sentence(parts: list[tuple[Status, str, str]], ongoing: list) -> tuple[Status, str]:
    """The status and one sentence: what decides first; advice only where it can change the result."""
    status = kleene_all(s for s, _, _ in parts)
    note = f" ({len(ongoing)} programme(s) not completed, not counted)" if ongoing else ""
    if status is Status.NOT_MET:
        failed = [fact for s, fact, _ in parts if s is Status.NOT_MET]
        others = [fact for s, fact, _ in parts if s is not Status.NOT_MET]
        also = f" (also: {'; '.join(others)})" if others else ""
        return status, f"{'; '.join(failed)}: not met{also}.{note}"
    if status is Status.UNKNOWN:
        open_parts = [f"{fact} ({advice})" if advice else fact for s, fact, advice in parts if s is Status.UNKNOWN]
        good = [fact for s, fact, _ in parts if s is Status.MET]
        return status, "; ".join(open_parts + good) + f": to be reviewed.{note}"
    return status, "; ".join(fact for _, fact, _ in parts) + f": met.{note}"
