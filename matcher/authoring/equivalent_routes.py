"""A degree, or experience instead of it: "Bachelors degree in a relevant field; or equivalent work
experience", "Licence en droit ou expérience professionnelle jugée équivalente". One any_of of the two
routes (never the degree beside an experience rule: an AND where the notice says OR); the wordings are
data/draft_patterns.yaml `equivalent_experience`."""

from __future__ import annotations

import re

from .patterns import Patterns
from .subjects import Entry, education_entry
from .values import years


def equivalent_experience_routes(sentence: str, importance: str, pats: Patterns) -> tuple[Entry, str] | None:
    """ "Bachelors degree in a relevant field; or equivalent work experience: security qualification ... are
    desirable" -> (any_of[the education, the experience], the rest of the sentence after the routes); the
    experience is offered instead of the degree (data/draft_patterns.yaml `equivalent_experience`)."""
    found = pats.equivalent_experience.search(sentence)
    if not found:
        return None
    degree = sentence[: found.start()]
    if not (pats.education_cues.search(degree) or pats.education_level(degree) is not None):
        return None
    tail = re.split(r"[:;]", sentence[found.start() :].lstrip(",; "), maxsplit=1)
    education = education_entry(degree, importance, pats)
    education.pop("importance", None)
    education["source"] = sentence
    experience: Entry = {"kind": "experience", "source": sentence}
    n = years(tail[0], pats)
    if n:
        experience["min_years"] = n
    routes = {
        "kind": "any_of",
        "importance": importance,
        "source": sentence,
        "children": [education, experience],
        "cue": found.group(0).strip(" ,;"),
        "confidence": 0.6,
        "review": "experience offered instead of the degree: an equivalent experience counts in any field as "
        "written; add `categories` if the notice means the degree's field",
    }
    return routes, tail[1].strip() if len(tail) > 1 else ""
