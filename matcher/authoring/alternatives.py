"""Sentences that offer routes: "a degree, or N years of experience", "in lieu of", "soit ... soit".

Each gives an `any_of` (a degree plus more years is an `all_of` inside it), never an extra
required rule beside the degree: that would turn the notice's OR into an AND.
"""

from __future__ import annotations

import re

from .patterns import Patterns
from .sections import Item
from .subjects import EXPERIENCE_WORD, Entry, education_entry, experience_entry
from .values import years

_OR_ROUTE = re.compile(
    r",?\s+\b(?:or|ou)\s+(?=(?:have|hold|has|possess|be|avoir|être|posséder|justifier)\b)", re.IGNORECASE
)


def education_routes(sentence: str, importance: str, pats: Patterns) -> Entry | None:
    """ "hold a university-level diploma ..., or have completed at least four semesters of university
    study" -> any_of of the two educations (each route a level or years of study)."""
    parts = _OR_ROUTE.split(sentence)
    if len(parts) < 2 or any(EXPERIENCE_WORD.search(_REDUCED.sub(" ", part)) for part in parts):
        return None  # "... ou justifier d'au moins 3 ans d'activité": years of work, not of study
    routes = [education_entry(part, importance, pats) for part in parts]
    if any(r.get("review") or not (r.get("min_level") or r.get("min_years")) for r in routes):
        return None  # a part that is no education of its own: not routes
    for route in routes:
        route.pop("importance")
        route["source"] = sentence
    return {"kind": "any_of", "importance": importance, "source": sentence, "children": routes, "cue": "or (routes)"}


_REPLACED = re.compile(
    r"\b(?:in lieu of|instead of|in place of|as a substitute for|en lieu et place|à la place|au lieu)\b", re.IGNORECASE
)


_EITHER = re.compile(
    r"(?:^|[\s:;,(-])(?:soit|either)\s+|;\s*[-–]?\s*(?:or|ou)\s+"
    r"|,\s*(?:or|ou)\s+(?=(?:an?|une?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:level of education|niveau d.enseignement|degree|diploma|diplôme)\b)"
    r"|\s(?-i:OR|OU)\s+(?=(?:an?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:degree|diploma|diplôme|doctorate|doctorat|ph\.?d|master|bachelor|licence)\w*)",
    re.IGNORECASE,
)  # ", or a level of education which ...": routes after a comma; "... 15 years OR Advanced University
# Degree and 10 years OR Doctorate's Degree ...": an OR in capitals before a degree separates routes


def alternatives_entry(sentence: str, importance: str, lang: str, pats: Patterns) -> Entry | None:
    """ "... either a degree when the studies last four years or more; or a degree and one year of
    experience when they last three years" (EU notices; "soit ... soit" in French) -> any_of of
    the routes, each an education (years of study or level), with its experience in an all_of."""
    found = list(_EITHER.finditer(sentence))
    cuts = [m.end() for m in found]
    if found and not re.match(r"\W*(?:soit|either)\b", found[0].group(0), re.IGNORECASE):
        cuts = [0, *cuts]  # "a master's degree with five years ...; or a bachelor's degree with seven years ..."
    if len(cuts) < 2:
        return None
    parts = [sentence[a:b] for a, b in zip(cuts, cuts[1:] + [len(sentence)], strict=True)]
    if not pats.education_cues.search(parts[0]):  # "a degree, either when ...; or ...": the degree comes first
        parts[0] = sentence[: cuts[0]] + parts[0]
    routes: list[Entry] = []
    for part in parts:
        if not (pats.education_cues.search(part) or any(p.search(part) for p, _ in pats.education_levels)):
            return None
        exp = EXPERIENCE_WORD.search(part)
        study = part
        lead = pats.years.search(part)
        if exp and lead and lead.start() < exp.start() and exp.start() - lead.end() < 80:
            study = part[: lead.start()]  # "a master's degree with a minimum of five years of ... experience"
        elif exp:  # the experience phrase runs to its years: those are not years of study
            span = pats.years.search(part, exp.start())
            end = span.end() if span else part.find(",", exp.end())
            study = part[: exp.start()] + " " + (part[end:] if end >= 0 else "")
        degree: Entry = {"kind": "education", "source": sentence}
        n = years(study, pats)
        level = pats.education_level(study)
        if n:
            degree["min_years"] = n
        elif level:
            degree["min_level"] = level
        else:
            return None
        if exp:
            worked = years(part[exp.start() :], pats) or years(part, pats)
            if not worked:
                return None
            experience = experience_entry(sentence, "required", lang, pats, part[len(study) :] or part)
            if experience["kind"] != "experience":
                experience = {"kind": "experience", "source": sentence}
            experience.pop("importance", None)
            experience["min_years"] = worked
            routes.append({"kind": "all_of", "source": sentence, "children": [degree, experience]})
        else:
            routes.append(degree)
    return {
        "kind": "any_of",
        "importance": importance,
        "source": sentence,
        "children": routes,
        "cue": "either ... or (routes to eligibility)",
        "confidence": 0.7,
    }


def degree_level(text: str, pats: Patterns) -> int | None:
    """The education level a text names; "first-level degree" reads as "first-level university degree"."""
    level = pats.education_level(text)
    if level is None:
        level = pats.education_level(re.sub(r"(level|cycle)[\s-]+(degree|diplôme)", r"\1 university \2", text))
    return level


def substitution_entry(
    sentence: str,
    item: Item,
    lang: str,
    pats: Patterns,
    base_years: float | None = None,
    alternative: str | None = None,
) -> Entry:
    """What may replace the education: "Ten years' experience is required if ..." -> experience;
    "A first-level university degree in combination with two additional years of
    qualifying experience may be accepted in lieu of ..." -> all_of(degree, experience) whose
    years are the notice's required years (`base_years`) plus the additional ones.
    `alternative`: the part of the sentence to read (the sentence also names the main degree)."""
    cue = pats.substitution.search(sentence)
    text = alternative or sentence
    replaced = _REPLACED.search(text)
    head = text[: replaced.start()] if replaced else text
    level = degree_level(head, pats)
    additional = bool(
        re.search(
            r"\b(additional|further|more|supplémentaires?)\s+(years?|ans|années)\b|\byears? of (additional|further)\b",
            text,
            re.IGNORECASE,
        )
    )
    entry = experience_entry(sentence, "required", lang, pats, head if level else alternative)
    if entry["kind"] != "experience" or "min_years" not in entry:
        entry = {
            "kind": "experience",
            "importance": "required",
            "source": sentence,
            "review": "no number of years found for the experience that replaces education",
        }
    entry["cue"] = cue.group(0) if cue else None
    entry["confidence"] = 0.7
    if level:
        entry.pop("importance", None)
        notes = [entry.get("review")]
        if additional and entry.get("min_years") and base_years:
            notes.append(f"{base_years:g} years asked elsewhere + {entry['min_years']:g} additional years")
            entry["min_years"] = base_years + entry["min_years"]
        elif additional:
            notes.append("these years come in addition to the experience asked elsewhere: check min_years")
            entry["confidence"] = 0.5
        entry["review"] = "; ".join(filter(None, notes)) or None
        degree = {"kind": "education", "source": sentence, "min_level": level}
        return {
            "kind": "all_of",
            "importance": "required",
            "source": sentence,
            "children": [degree, entry],
            "cue": entry["cue"],
        }
    return entry


# Fewer years for the holders of a lesser diploma, said in brackets after the years of work:
# "... au moins 3 ans d'activité (2 ans pour les titulaires du brevet, d'un CAP ou d'un BEP)",
# "... five years of experience (three years for holders of a vocational certificate)".
_REDUCED = re.compile(
    r"\(\s*(?P<n>[\w,.]+)\s+(?:ans|années|years?)\s+(?:pour les|pour|for)\s+(?:titulaires|holders|those holding)\s+"
    r"(?P<what>[^()]+)\)",
    re.IGNORECASE,
)


def reduced_routes(sentence: str, importance: str, lang: str, pats: Patterns) -> Entry | None:
    """The routes of the sentence read without its bracket of fewer years for a lesser diploma,
    and that bracket as one more route: all_of(the lesser diploma, its years of work). The lesser
    diploma's level is read when one is named, else left for review."""
    found = _REDUCED.search(sentence)
    n = pats.number(found.group("n")) if found else None
    if not found or not n:
        return None
    built = switch_routes(_REDUCED.sub(" ", sentence), importance, lang, pats)
    if not built or not any(c["kind"] == "experience" for c in built["children"]):
        return None
    level = pats.education_level(found.group("what"))
    degree: Entry = {"kind": "education", "source": sentence, "cue": found.group(0)}
    if level and level >= 3:
        degree["min_level"] = level
    else:
        degree["review"] = f"the lesser diploma ({found.group('what').strip()}) has no level the drafter knows"
    experience = {**next(c for c in built["children"] if c["kind"] == "experience"), "min_years": n}
    experience.pop("min_months", None)
    for child in built["children"]:
        child["source"] = sentence
    built["source"] = sentence
    built["children"].append({"kind": "all_of", "source": sentence, "children": [degree, experience]})
    return built


_SPLIT_OR = re.compile(
    r"[,;]?\s+\b(?:and/or|or|ou|et/ou)\b\s+|\s*/\s*(?=(?:an?\s+)?(?:university|degree))", re.IGNORECASE
)


# A route to the degree that names no level: "or have an equivalent level of qualification such as
# ...", "or be in the final stages of their studies" (a student about to graduate).
EQUIVALENT_ROUTE = re.compile(
    r"\b(?:or|ou)\s+(?:have|hold|possess|has|avoir|posséder)?\s*(?:an?\s+|un\s+)?equivalent\s+level\s+of\s+"
    r"(?:qualification|education|training)s?\b"
    r"|\b(?:or|ou)\s+(?:be|être)\s+(?:in|en)\s+(?:the\s+)?(?:final|last|dernière)\s+(?:stages?|year|semester|année)\s+"
    r"(?:of|de)\s+(?:their|his or her|his/her|her|his|ses|leurs)?\s*(?:studies|degree|études)\b",
    re.IGNORECASE,
)


def _side(text: str, sentence: str, lang: str, pats: Patterns) -> Entry:
    """One side of "X or Y": an education (a level or years of study), an experience, an education
    with no level ("or have an equivalent level of qualification", "or be in the final stages of
    their studies"), or else an `assessed` route ("professional training of an equivalent level")."""
    if EQUIVALENT_ROUTE.search("or " + text.lstrip()):
        return {
            "kind": "education",
            "source": sentence,
            "cue": "an equivalent route",
            "review": "a route to the degree that names no level (an equivalent qualification, or studies about "
            "to end): set min_level if the notice says which, or check the candidate's education by hand",
        }
    level = pats.education_level(text)
    if level is not None and not EXPERIENCE_WORD.search(text):
        found = education_entry(text, "required", pats)
        found.update(source=sentence, min_level=level)
        found.pop("min_years", None)
        found.pop("review", None)
    elif EXPERIENCE_WORD.search(text) and not pats.education_cues.search(text):
        found = experience_entry(sentence, "required", lang, pats, text)
    else:
        n = years(text, pats) if pats.education_cues.search(text) else None
        found = {"kind": "education", "min_years": n} if n and not EXPERIENCE_WORD.search(text) else {}
    if found.get("kind") not in ("education", "experience"):
        found = {"kind": "assessed", "items": [text.strip(" ,;.")], "review": "a route the drafter cannot encode"}
    found.pop("importance", None)
    found["source"] = sentence
    return found


def switch_routes(sentence: str, importance: str, lang: str, pats: Patterns) -> Entry | None:
    """ "a university degree ... or have equivalent professional experience", "Officer training and/or
    university degree", "a diploma of three years' study or professional training of an equivalent
    level": any_of of the two sides, split at the last "or" that has a degree or experience on one
    side and something else on the other (a side that cannot be encoded is an `assessed` route)."""
    cuts = list(_SPLIT_OR.finditer(sentence))
    same = EQUIVALENT_ROUTE.search(sentence)  # the "or" of an equivalent route, not one inside a list of fields
    if same:
        cuts = [c for c in cuts if c.start() <= same.start() < c.end() + 1] or cuts
    for cut in reversed(cuts):
        left, right = sentence[: cut.start()], sentence[cut.end() :]
        if len(left.split()) < 1 or len(right.split()) < 2:
            continue
        sides = [_side(left, sentence, lang, pats), _side(right, sentence, lang, pats)]
        kinds = [s["kind"] for s in sides]
        equivalent = sides[1].get("cue") == "an equivalent route"  # a degree, or an education of no level
        if (kinds[0] == kinds[1] and not equivalent) or kinds.count("assessed") > 1:
            continue
        if "assessed" in kinds and len(right.split()) > 12:
            continue
        return {
            "kind": "any_of",
            "importance": importance,
            "source": sentence,
            "children": sides,
            "cue": cut.group(0).strip(" ,;"),
            "confidence": 0.5,
            "review": "an alternative read from 'or': check both routes",
        }
    return None
