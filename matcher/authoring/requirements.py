"""Requirement sentences -> requirement entries of a rules file.

Each sentence of a requirements section becomes one entry (or a few, for several
languages), chosen by the section it sits in and the cue words it uses:
education, experience (years, categories, sector, employer types), region
experience, language, or `assessed` (left to the interview). A sentence saying
that experience may replace education joins the education entry in an `any_of`.
A kind that declares `draft_cues` gets its sentences first, through its own `draft()`
hook (matcher/kinds/). Entries carry their sentence as `source` and a `review` note
where the draft is unsure. Cue words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re
from typing import Any

from .. import reference
from ..kinds import all_kinds
from .categorize import sentence_categories
from .languages import find_groups, find_languages, find_levels, language_requirements
from .patterns import Patterns, patterns
from .sections import Item
from .values import years

Entry = dict[str, Any]


def _regions(text: str, pats: Patterns) -> list[str]:
    """Region ids named in `text` (labels, French labels and adjectives), in order."""
    text = pats.region_exclusions.sub(lambda m: " " * len(m.group(0)), text)
    names = [(r["label"], rid) for rid, r in reference.regions().items()]
    names += [(r["label_fr"], rid) for rid, r in reference.regions().items() if r.get("label_fr")]
    names += list(pats.region_names.items())
    taken: list[tuple[int, int, str]] = []
    for name, rid in sorted(names, key=lambda x: -len(x[0])):
        flags = 0 if name[:1].isupper() else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), rid))
    return list(dict.fromkeys(rid for _, _, rid in sorted(taken)))


def _listed_sectors(found, text: str) -> None:
    """ "crime prevention, criminal justice or law enforcement": a sector named in one list with
    categories is one of the alternatives (a category), not a restriction on the others."""
    if not (found.categories and found.sector):
        return
    spans = sorted((m.start, m.end, m.category) for m in found.matches)
    for sector in list(found.sector):
        for (_, e1, c1), (s2, _, c2) in zip(spans, spans[1:], strict=False):
            if sector in (c1, c2) and re.fullmatch(r"\s*(?:,|\bor\b|\bou\b|\band/or\b|,\s*or\b)\s*", text[e1:s2]):
                found.sector.remove(sector)
                found.categories.append(sector)
                break


def _one_alternative_among_others(found, text: str) -> bool:
    """A sector named as one item of an 'or' list whose other items match no category ("in security
    management, military or police", "security (military, police or private)"): not a restriction."""
    if not found.sector or found.categories:
        return False
    for m in found.matches:
        if m.category not in found.sector:
            continue
        before, after = text[: m.start], text[m.end :]
        joined_before = re.search(r"(?:,|\(|\bor\b|\band/or\b)\s*$", before)
        joined_after = re.match(
            r"\s*(?:\bor\b|\band/or\b|,(?!\s*(?:including|in particular|notably|such as|e\.g|i\.e)\b))\s*\w", after
        )  # "policing, including investigations ...": what follows details it, it is no alternative
        if (joined_before or joined_after) and re.search(r"\bor\b|\band/or\b", text[max(0, m.start - 60) : m.end + 60]):
            return True
    return False


def _employer_types(text: str, pats: Patterns) -> list[str]:
    return [kind for kind, pattern in pats.employer_types.items() if pattern.search(text)]


_SEMESTERS = re.compile(r"\b(\w+)\s+(?:(?:full|complete|completed|complets?)\s+)?semest(?:er|re)s?\b", re.IGNORECASE)


def _semesters(sentence: str, pats: Patterns) -> float | None:
    """'quatre semestres d'études', 'four semesters of university studies': half a year each."""
    m = _SEMESTERS.search(sentence)
    count = pats.number(m.group(1)) if m else None
    return count / 2 if count else None


def education_entry(sentence: str, importance: str, pats: Patterns) -> Entry:
    """'A minimum of three-to-four years' education at a University' -> min_years 3."""
    entry: Entry = {"kind": "education", "importance": importance, "source": sentence}
    review = []
    n = years(sentence, pats) or _semesters(sentence, pats)
    if n:
        entry["min_years"] = n
    level = pats.education_level(sentence)
    if level and (not n or level >= 7):  # "university degree" is implied by years; a master's is not
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


def experience_entry(sentence: str, importance: str, lang: str, pats: Patterns, text: str | None = None) -> Entry:
    """Experience (years, categories), region experience, or `assessed` when nothing is countable.

    `text` is the part of the sentence to read (default: all of it); `source` is the sentence.
    """
    base: Entry = {"importance": importance, "source": sentence}
    sentence = text or sentence
    n = years(sentence, pats)
    regions = _regions(sentence, pats)
    found = sentence_categories(sentence, lang, pats)
    review = [f"uncertain match {u}" for u in found.uncertain]
    if not regions and not (found.categories or found.sector):  # "Experience in Nigeria preferred"
        from .eligibility import countries_named

        places = countries_named(sentence)
        if places and re.search(
            r"\b(?:in|with|across|within|en|au|aux|dans)\s+(?:the\s+)?$",
            sentence[: sentence.find(reference.country_name(places[0]))]
            if reference.country_name(places[0]) in sentence
            else "",
        ):
            names = ", ".join(reference.country_name(c) for c in places)
            entry = {"kind": "region_experience", **base, "countries": places, "cue": names, "review": None}
            if n:
                entry["min_years"] = n
            return entry
    if regions and pats.region_context.search(sentence):
        entry = {"kind": "region_experience", **base, "regions": regions}
        if n:
            entry["min_years"] = n
        if found.categories or found.sector:
            review.append(
                "also names "
                + ", ".join(found.categories + found.sector)
                + ": region experience cannot check both; consider all_of"
            )
        return {**entry, "review": "; ".join(review) or None}
    _listed_sectors(found, sentence)
    if _one_alternative_among_others(found, sentence):  # "security management, military or police"
        review.append(
            f"{', '.join(found.sector)} is one of several fields named, the others without a taxonomy id: "
            "any experience counts as written; add `categories` if the notice means fewer"
        )
        found.sector = []
    employers = _employer_types(sentence, pats)
    if employers and set(employers) <= set(found.sector):  # "police service": the sector says it already
        employers = []
    if found.sector and employers:  # "policing in national administrations": the police counts too
        employers += [s for s in found.sector if s in pats.employer_types and s not in employers]
    if not (n or found.categories or found.sector or employers):
        if _EXPERIENCE_WORD.search(sentence):  # "Experience in preparing analytical reports": any experience
            review.append(
                "experience asked for, but no category of the taxonomy matched: any professional experience "
                "counts as written; add `categories` if the notice means a field the taxonomy has"
            )
            return {"kind": "experience", **base, "confidence": 0.4, "review": "; ".join(review)}
        return {"kind": "assessed", **base, "review": None}
    entry = {"kind": "experience", **base}
    if n:
        entry["min_years"] = n
    for key, value in (("categories", found.categories), ("sector", found.sector), ("employer_types", employers)):
        if value:
            entry[key] = value
    return {**entry, "review": "; ".join(review) or None}


def _study_part(head: str, pats: Patterns) -> str | None:
    """The years-of-study degree that opens an experience sentence ("A three (3) year Diploma/Degree
    in X, with three years ... experience"): the text before its "with", when it names years."""
    cuts = list(re.finditer(r",?\s*\b(?:with|plus|avec)\b", head, re.IGNORECASE))
    study = head[: cuts[-1].start()] if cuts else ""
    return study if study and pats.education_cues.search(study) and years(study, pats) else None


def _experience_entries(
    sentence: str, importance: str, lang: str, pats: Patterns, n: float | None, text: str | None = None
) -> list[Entry]:
    """One experience rule, or all_of(the whole, the part) for "6 years, of which 3 years in X"
    ("dont au moins six dans un poste d'encadrement": the part's unit is the whole's).
    `text`: the part of the sentence to read (default: all of it); rules quote the sentence."""
    whole = sentence
    sentence = text or sentence
    part = pats.experience_part.search(sentence)
    after = sentence[part.end() :] if part else ""
    bare = re.match(
        r"\s*(?:au moins|at least|a minimum of|minimum|not less than)?\s*(\w+)\b(?!\s*(?:years?|ans|années))", after
    )
    if part and n and not years(after, pats) and bare and pats.number(bare.group(1)):
        after = after[: bare.end()] + " years" + after[bare.end() :]  # the unit the notice left out
    if part and n and years(after, pats):
        children = [
            experience_entry(whole, "required", lang, pats, piece) for piece in (sentence[: part.start()], after)
        ]
        if all(c["kind"] == "experience" for c in children):
            for child in children:
                child.pop("importance")
            return [{"kind": "all_of", "importance": importance, "source": whole, "children": children}]
    route = _OR_YEARS.search(sentence)
    if route and years(sentence[: route.start()], pats) and years(sentence[route.start() :], pats):
        children = [  # "two years with a civilian police force or three years in a military police force"
            experience_entry(whole, "required", lang, pats, piece)
            for piece in (sentence[: route.start()], sentence[route.start(1) :])
        ]
        if all(c["kind"] == "experience" for c in children):
            for child in children:
                child.pop("importance")
            return [{"kind": "any_of", "importance": importance, "source": whole, "children": children}]
    return [experience_entry(whole, importance, lang, pats, text)]


# "N years in X or M years in Y": two routes of experience, either one counts.
_OR_YEARS = re.compile(
    r",?\s+\b(?:or|ou)\s+(?:at least\s+|a minimum of\s+|au moins\s+)?(\w+)\s*(?:\(\d+\)\s*)?(?:years?|ans|années)\b",
    re.IGNORECASE,
)


def _language_note(sentence: str) -> str | None:
    """Why a sentence of the languages section gave no language requirement."""
    if find_languages(sentence):  # "English and French are the working languages of ..."
        return "names languages but no level or importance: information only? delete it if so"
    if find_levels(sentence):  # "Knowledge of another official language"
        return "a language is asked for without naming it"
    return None


def hooked_entry(sentence: str, importance: str) -> Entry | None:
    """The entry of a registered kind whose `draft_cues` match the sentence: its `draft()`
    hook's parameters, or `assessed` with a review note naming the kind when the hook
    cannot encode it (a kind the drafter does not know is never a silent `assessed`)."""
    for name, kind in sorted(all_kinds().items()):
        if not any(re.search(cue, sentence, re.IGNORECASE) for cue in kind.draft_cues):
            continue
        params = kind.draft(sentence)
        if params is not None:
            return {"kind": name, "importance": importance, "source": sentence, **params}
        return {
            "kind": "assessed",
            "importance": importance,
            "source": sentence,
            "review": f"asks for a `{name}` requirement, which the drafter cannot encode: "
            f"write it by hand (`kind: {name}`, see docs/kinds.md)",
        }
    return None


def sentence_entries(sentence: str, item: Item, lang: str, pats: Patterns | None = None) -> list[Entry]:
    """The entries one requirement sentence gives (most give one)."""
    pats = pats or patterns()
    importance = pats.importance(sentence) or item.importance or "required"
    hooked = hooked_entry(sentence, importance)
    if hooked:
        return [hooked]
    if item.section == "languages" or ((find_languages(sentence) or find_groups(sentence)) and find_levels(sentence)):
        found = language_requirements(sentence, item.importance, pats, need_level=item.section != "languages")
        if found:
            names = find_languages(sentence) + find_groups(sentence)
            tail = sentence[max(end for _, end, _ in names) :] if names else ""
            if re.search(r",[^,]*\bskills\b", tail):  # "... command of English, good technical skills, ..."
                found.append(
                    {
                        "kind": "assessed",
                        "importance": importance,
                        "source": sentence,
                        "cue": "skills",
                        "confidence": 0.5,
                    }
                )
            return found
        if item.section == "languages":
            return [
                {"kind": "assessed", "importance": importance, "source": sentence, "review": _language_note(sentence)}
            ]
    personal = pats.personal.search(sentence)
    if personal and not (pats.education_level(sentence) or pats.experience_cues.search(sentence)):
        return [
            {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "cue": personal.group(0),
                "confidence": 0.6,
                "review": "a condition on the person (age, rights, fitness, licence, papers) "
                "that no rule kind checks: confirm it by hand",
            }
        ]
    negated = _NEGATED.search(sentence)
    if negated:  # "Ne pas avoir déjà bénéficié d'un stage ...", "no previous experience of more than six weeks"
        return [
            {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "cue": negated.group(0).strip(),
                "confidence": 0.5,
                "review": "a condition the candidate must NOT meet (an earlier traineeship, experience "
                "beyond a limit, a conviction): no rule kind checks it; confirm it by hand",
            }
        ]
    enrolled = pats.enrolment.search(sentence)
    if enrolled and not pats.experience_cues.search(sentence):
        return [
            {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "cue": enrolled.group(0),
                "confidence": 0.6,
                "review": "enrolment in a programme (a student status), not a completed degree: "
                "no education rule checks it; confirm it by hand",
            }
        ]
    routes = alternatives_entry(sentence, importance, lang, pats)
    if routes:
        return [routes]
    conditional = pats.conditional.search(sentence)
    if conditional:
        return [
            {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "confidence": 0.4,
                "cue": conditional.group(0),
                "review": "asked only in some cases: not a rule every candidate must pass; check the notice",
            }
        ]
    experience_cue = pats.experience_cues.search(sentence)
    n = years(sentence, pats)
    level = any(p.search(sentence) for p, _ in pats.education_levels)
    if item.section == "skills" and not n:  # abilities and aptitudes are for the interview
        return [{"kind": "assessed", "importance": importance, "source": sentence}]
    if pats.education_cues.search(sentence) and (not experience_cue or (item.section == "education" and (n or level))):
        return [_education_routes(sentence, importance, pats) or education_entry(sentence, importance, pats)]
    if not experience_cue and not n and _COURSE.search(sentence):  # "Completion of a ... training course"
        return [{"kind": "assessed", "importance": importance, "source": sentence, "cue": "course or certificate"}]
    ability = pats.ability_cues.search(sentence) and not experience_cue
    if not ability and (experience_cue or item.section in ("experience", "general")):
        worked = _EXPERIENCE_WORD.search(sentence)
        head = sentence[: worked.start()] if worked and n else ""
        degree = pats.education_level(head) if head else None
        if degree is not None:  # "Holders of a degree giving access to ..., they will have 12 years' experience"
            education = education_entry(head, importance, pats)
            education["source"] = sentence
            education.pop("min_years", None)
            education["min_level"] = degree
            return [education, *_experience_entries(sentence, importance, lang, pats, n)]
        study = _study_part(head, pats) if head else None
        if study:  # "A three (3) year Diploma/Degree in X, with three (3) years relevant experience ..."
            education = education_entry(study, importance, pats)
            education["source"] = sentence
            rest = sentence[len(study) :]
            return [education, *_experience_entries(sentence, importance, lang, pats, years(rest, pats), rest)]
        return _experience_entries(sentence, importance, lang, pats, n)
    note = "in the education section but names no degree or length of study" if item.section == "education" else None
    return [{"kind": "assessed", "importance": importance, "source": sentence, "review": note}]


# A condition stated in the negative: what the candidate must not have (done).
_NEGATED = re.compile(
    r"^\W*(?:(?:the\s+)?(?:applicants?|candidates?)\s+)?(?:ne pas|n.avoir|n.ont|n.être|must not|should not|have not|"
    r"not have|no previous|no prior)\b|\b(?:aucune expérience|no (?:previous|prior) (?:experience|traineeship)|"
    r"not (?:already )?(?:have )?(?:benefited|completed|done|undertaken) (?:a|an|any)\b)",
    re.IGNORECASE,
)


# A course or certificate asked without experience: assessed, never experience in its subject.
_COURSE = re.compile(r"\b(?:courses?|certificat(?:e|ion)s?|formations? (?:de|en)|stage de formation)\b", re.IGNORECASE)

_OR_ROUTE = re.compile(
    r",?\s+\b(?:or|ou)\s+(?=(?:have|hold|has|possess|be|avoir|être|posséder|justifier)\b)", re.IGNORECASE
)


def _education_routes(sentence: str, importance: str, pats: Patterns) -> Entry | None:
    """ "hold a university-level diploma ..., or have completed at least four semesters of university
    study" -> any_of of the two educations (each route a level or years of study)."""
    parts = _OR_ROUTE.split(sentence)
    if len(parts) < 2:
        return None
    routes = [education_entry(part, importance, pats) for part in parts]
    if any(r.get("review") or not (r.get("min_level") or r.get("min_years")) for r in routes):
        return None  # a part that is no education of its own: not routes
    for route in routes:
        route.pop("importance")
        route["source"] = sentence
    return {"kind": "any_of", "importance": importance, "source": sentence, "children": routes, "cue": "or (routes)"}


_REPLACED = re.compile(r"\b(?:in lieu of|instead of|in place of|as a substitute for|en lieu et place)\b", re.IGNORECASE)


_EITHER = re.compile(
    r"(?:^|[\s:;,(-])(?:soit|either)\s+|;\s*[-–]?\s*(?:or|ou)\s+"
    r"|,\s*(?:or|ou)\s+(?=(?:an?|une?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:level of education|niveau d.enseignement|degree|diploma|diplôme)\b)",
    re.IGNORECASE,
)  # the last: "A level of education which ... four years or more, or a level of education which ..."
_EXPERIENCE_WORD = re.compile(r"\b(?:professional |relevant |work )?(?:experience|expérience)\b", re.IGNORECASE)


def alternatives_entry(sentence: str, importance: str, lang: str, pats: Patterns) -> Entry | None:
    """ "... either a degree when the studies last four years or more; or a degree and one year of
    experience when they last three years" (EU notices; "soit ... soit" in French) -> any_of of
    the routes, each an education (years of study or level), with its experience in an all_of."""
    found = list(_EITHER.finditer(sentence))
    cuts = [m.end() for m in found]
    if len(found) == 1 and found[0].group(0).lstrip()[:1] in (";", ","):
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
        exp = _EXPERIENCE_WORD.search(part)
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
    level = pats.education_level(head)
    additional = bool(
        re.search(
            r"\b(additional|further|more|supplémentaires?)\s+(years?|ans|années)\b|\byears? of (additional|further)\b",
            text,
            re.IGNORECASE,
        )
    )
    entry = experience_entry(sentence, "required", lang, pats, head if level else None)
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
