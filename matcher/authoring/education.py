"""Education entries from one requirement sentence: the ISCED level a degree names, or the years of
study a sentence counts ("A minimum of three-to-four years' education at a University" -> min_years 3;
"licence (Bachelor) de trois ans" -> level 6 and 3 years), the fields and "or equivalent"; a vocational
training or certificate asked as the qualification is an education of no level. Level words are in
data/draft_patterns.yaml (`education_levels`, `education_field`, `vocational_education`)."""

from __future__ import annotations

import re
from typing import Any

from .patterns import Patterns
from .values import years

Entry = dict[str, Any]


_SEMESTERS = re.compile(r"\b(\w+)\s+(?:(?:full|complete|completed|complets?)\s+)?semest(?:er|re)s?\b", re.IGNORECASE)


def _semesters(sentence: str, pats: Patterns) -> float | None:
    """'quatre semestres d'études', 'four semesters of university studies': half a year each."""
    m = _SEMESTERS.search(sentence)
    count = pats.number(m.group(1)) if m else None
    return count / 2 if count else None


# A degree named by its kind or framework level ("licence (Bachelor)", "CEC niveau 6", "Bac + 3"): its
# level stands beside the years of study the sentence counts; a generic "university studies" does not.
_NAMED_DEGREE = re.compile(
    r"\b(?:bachelor|licence|master|doctora|ph\.?d|(?:EQF|CEC|QEC)\s+(?:level|niveau)|bac ?\+)", re.IGNORECASE
)


def education_entry(sentence: str, importance: str, pats: Patterns) -> Entry:
    """'A minimum of three-to-four years' education at a University' -> min_years 3."""
    entry: Entry = {"kind": "education", "importance": importance, "source": sentence}
    review = []
    n = years(sentence, pats) or _semesters(sentence, pats)
    if n:
        entry["min_years"] = n
    level = pats.education_level(sentence)
    if level and (not n or level >= 7 or _NAMED_DEGREE.search(sentence)):  # "university" is implied by years
        entry["min_level"] = level
    if not n and not level:
        review.append("no length or level of education found")
    start = pats.field_start.search(sentence)
    if start:
        rest = sentence[start.end() :]
        stop = pats.field_stop.search(rest)
        text = pats.field_drop.sub(" ", rest[: stop.start()] if stop else rest)
        fields = [f.strip(" ,'’") for f in re.split(r",|/|\bor\b|\band\b|\bou\b|\bet\b", text)]
        fields = [re.sub(r"^(?:in|en|dans)\s+", "", f, flags=re.IGNORECASE) for f in fields]  # "en droit ou en ..."
        fields = [f for f in fields if f and len(f) > 2]
        if fields:
            entry["fields"] = fields
    if pats.field_vague.search(sentence) and not entry.get("fields"):
        review.append("asks for a relevant field without naming it: list the acceptable fields")
    if pats.field_equivalent.search(sentence) or pats.field_vague.search(sentence):
        entry["or_equivalent"] = True
    entry["review"] = "; ".join(review) or None
    return entry


_NO_LEVEL = "a training or certificate of no ISCED level: any education in its field counts as written; check it"


def training_entry(sentence: str, importance: str, pats: Patterns) -> Entry | None:
    """'Graduation from a police training program', 'A technical certificate ... in security management',
    'Formation de policier ou de garde-frontière' -> education of no level (an any_of of the two trades
    for the last), or None when the sentence asks no such training."""
    found = pats.vocational_education.search(sentence)
    if not found or pats.education_level(sentence) is not None:  # "a high school diploma ...": its level
        return None
    entry = education_entry(sentence, importance, pats)
    entry.pop("min_level", None)
    entry.pop("min_years", None)
    entry.update(cue=found.group(0), confidence=0.6, review=_NO_LEVEL)
    groups = found.groupdict()
    if not groups.get("trade"):
        return entry
    entry["fields"] = [groups["trade"]]
    if not groups.get("other"):
        return entry
    routes = [{**entry, "fields": [trade], "review": None} for trade in (groups["trade"], groups["other"])]
    for route in routes:
        route.pop("importance")
    entry.pop("fields")
    return {**entry, "kind": "any_of", "children": routes}
