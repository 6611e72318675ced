"""The last check of a draft: no rule outside an any_of may quote an alternative.

`alternative_cue` finds the words that offer one ("in lieu of", "a degree or N years",
"training or a degree"; `rules validate` warns on them too); `guard_alternatives` turns the
rules of such a sentence into the any_of of its routes (built by alternatives.py), else one
`assessed` rule that says what to write.
"""

from __future__ import annotations

import re

from .alternatives import EQUIVALENT_ROUTE, alternatives_entry, education_routes, reduced_routes, switch_routes
from .patterns import Patterns, patterns
from .subjects import Entry

# Words that offer an alternative to a requirement, whatever the kind ("in lieu of", "à défaut").
_STRONG = re.compile(
    r"\b(?:in lieu of|instead of|in place of|may be accepted|may be substituted|(?:may|can) replace|à défaut|"
    r"a défaut|en lieu et place|en l.absence d|à la place d|au lieu d|(?:peut|peuvent) (?:être acceptée?s?|remplacer)|"
    r"à titre exceptionnel|exceptionnellement|or (?:an? )?equivalent combination)",
    re.IGNORECASE,
)
# "or" / "ou" between a degree and years of experience ("a degree or ten years of experience");
# whole words: "Diplomatic experience or experience in X" names no diploma.
_DEGREE = r"\b(?:degrees?|diplomas?|diplômes?|universit\w*|bachelor\w*|master\w*|licence|baccalauréat|studies|études)\b"
_YEARS = r"(?:years?|ans|années|months?|mois|experience|expérience)"
_NEAR = r"\b(?:or|ou)\b,?\s+(?:[\w'’()-]+\s+){0,4}?"
_OR_SWITCH = re.compile(rf"{_DEGREE}[^.;]*{_NEAR}(?:\w+\s+)?{_YEARS}|{_YEARS}[^.;]*{_NEAR}{_DEGREE}", re.IGNORECASE)
# Training instead of a degree: "Officer training and/or university degree", "a degree or professional training".
_TRAINING = r"\b(?:training|formation|certificat\w*)\b"
_OR_TRAINING = re.compile(
    rf"{_TRAINING}[^.;,]{{0,30}}\b(?:and/or|or|ou|et/ou)\s+(?:[\w'’-]+\s+){{0,2}}?{_DEGREE}"
    rf"|{_DEGREE}[^.;,]*\b(?:and/or|or|ou|et/ou)\s+(?:[\w'’-]+\s+){{0,2}}?{_TRAINING}",
    re.IGNORECASE,
)
# "X, Y or a related field" / "ou domaine connexe": a choice of subjects, not of qualifications.
_RELATED_FIELD = re.compile(
    r"\b(?:or|ou)\s+(?:in\s+)?(?:an?\s+|any\s+|un\s+|tout\s+)?(?:other\s+|autre\s+)?(?:closely\s+)?"
    r"(?:related|relevant|similar|connexes?|apparentée?s?|équivalente?s?\s+)?\s*"
    r"(?:fields?|disciplines?|areas?|subjects?|domaines?(?:\s+connexes?)?)\b(?:\s+of\s+study)?",
    re.IGNORECASE,
)


def alternative_cue(text: str, kind: str) -> str | None:
    """The words of a quoted sentence that offer an alternative a rule of `kind` would turn into
    an AND when drafted on its own (`rules validate` warns on them; the drafter never leaves
    one outside an any_of): any kind for "in lieu of" and the like; education and experience
    also for "a degree or N years", "training or a degree"."""
    strong = _STRONG.search(text)
    if strong:
        return strong.group(0)
    if kind not in ("education", "experience"):
        return None
    equivalent = EQUIVALENT_ROUTE.search(text) or patterns().equivalent_experience.search(text)
    if equivalent:  # "a degree, or have an equivalent level of qualification", "...; or equivalent work experience"
        return equivalent.group(0)
    plain = _RELATED_FIELD.sub(" ", text)
    found = _OR_SWITCH.search(plain) or _OR_TRAINING.search(plain)
    return found.group(0) if found else None


def _flagged(entry: Entry) -> str | None:
    if entry["kind"] == "all_of":
        return next(filter(None, (_flagged(c) for c in entry["children"])), None)
    if entry["kind"] in ("any_of", "assessed"):
        return None
    return alternative_cue(" ".join(entry.get("source", "").split()), entry["kind"])


def _routes_kept_assessed(entry: Entry, pats: Patterns) -> bool:
    """An `assessed` rule of a sentence that names a degree and offers an alternative to it (read as
    an ability for a word like "specialisation"): its routes may still be read."""
    source = " ".join(entry.get("source", "").split())
    return (
        entry["kind"] == "assessed"
        and pats.education_level(source) is not None
        and bool(EQUIVALENT_ROUTE.search(source) or _OR_SWITCH.search(_RELATED_FIELD.sub(" ", source)))
    )


def guard_alternatives(entries: list[Entry], lang: str, pats: Patterns) -> list[Entry]:
    """The last check of a draft: no rule outside an any_of may quote an alternative ("in lieu of",
    "or N years", "à défaut") — that would require in addition what the notice offers instead.
    The sentence's rules become the any_of of its routes when they can be read, else one
    `assessed` rule whose review note says what to write."""
    flagged: dict[str, str] = {}
    for entry in entries:
        cue = _flagged(entry)
        if cue:
            flagged.setdefault(entry["source"], cue)
    if not flagged and not any(_routes_kept_assessed(e, pats) for e in entries):
        return entries
    out: list[Entry] = []
    placed: set[str] = set()
    for entry in entries:
        sentence = entry.get("source", "")
        if _routes_kept_assessed(entry, pats):  # "a degree, or have an equivalent level of qualification such as ..."
            routes = switch_routes(sentence, entry["importance"], lang, pats)
            usable = routes is not None and all(c["kind"] != "assessed" for c in routes["children"])
            out.append(routes if routes is not None and usable and sentence not in placed else entry)
            placed.add(sentence)
            continue
        if sentence not in flagged or entry["kind"] not in ("education", "experience", "all_of"):
            out.append(entry)
            continue
        if sentence in placed:
            continue
        placed.add(sentence)
        quoting = [
            e for e in entries if e.get("source") == sentence and e["kind"] in ("education", "experience", "all_of")
        ]
        importance = "required" if any(e.get("importance") == "required" for e in quoting) else entry["importance"]
        built = (
            alternatives_entry(sentence, importance, lang, pats)
            or education_routes(sentence, importance, pats)
            or reduced_routes(sentence, importance, lang, pats)
            or switch_routes(sentence, importance, lang, pats)
        )
        out.append(
            built
            or {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "confidence": 0.3,
                "cue": flagged[sentence],
                "review": f"the sentence offers an alternative ({flagged[sentence]!r}) that the drafter could not "
                "build: write any_of[the requirement, its alternative] (as separate rules it would be an AND)",
            }
        )
    return out
