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

from ..kinds import all_kinds
from .alternatives import alternatives_entry, education_routes
from .asides import CONDITIONAL, aside_entry, conditional
from .education import training_entry
from .eligibility import countries_named, country_patterns
from .equivalent_routes import equivalent_experience_routes
from .language_names import find_groups, find_languages, find_levels
from .languages import ANOTHER_LANGUAGE, NAMED_NO_LEVEL, language_requirements, preferred_languages
from .patterns import Patterns, patterns
from .sections import Item
from .subjects import EXPERIENCE_WORD, Entry, education_entry, experience_entries, study_part
from .values import years


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


def _country_list(sentence: str) -> bool:
    """A line that only lists countries (three or more, and little else)."""
    named = len(countries_named(sentence))
    if named < 3:
        return False
    rest = sentence
    for pattern, _ in country_patterns():
        rest = pattern.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{3,}", rest)
    return len([w for w in words if w.lower() not in ("and", "the", "des", "les")]) <= named // 5  # a name unknown


# Where a sentence's asset part starts: "...; knowledge of X is desirable", "..., preferably in an IO".
_ASSET_PART = re.compile(
    r";\s*|,\s*(?=(?:and\s+|et\s+)?(?:preferably|ideally|de préférence|idéalement)\b)"
    # "un CFC ... avec idéalement au minimum une année d'expérience" (Polouest, round 8)
    r"|\s+(?:avec|with)\s+(?=(?:preferably|ideally|de préférence|idéalement)\b)",
    re.IGNORECASE,
)
_PREFERABLY = re.compile(r"^(?:and\s+|et\s+)?(?:preferably|ideally|de préférence|idéalement)\b", re.IGNORECASE)


def _quoted(entries: list[Entry], sentence: str) -> list[Entry]:
    for entry in entries:
        entry["source"] = sentence
        _quoted(entry.get("children", []), sentence)
    return entries


def importance_parts(sentence: str, item: Item, lang: str, pats: Patterns) -> list[Entry] | None:
    """A sentence whose last part alone is an asset ("Law school education ...; knowledge of public
    international law is desirable", "five years' experience ..., preferably in an international
    organisation"): the required part and the asset part each give their rules, quoting the sentence."""
    cuts = [m for m in _ASSET_PART.finditer(sentence)]
    if not cuts or preferred_languages(sentence):  # languages.py reads "..., preferably English or French"
        return None
    cut = cuts[-1]
    head, tail = sentence[: cut.start()].strip(), sentence[cut.end() :].strip()
    if len(head.split()) < 3 or len(tail.split()) < 2 or pats.importance(head):
        return None
    tail_importance = pats.importance(tail)
    if tail_importance not in ("asset", "strong_asset") or (item.importance or "required") != "required":
        return None
    first = sentence_entries(head, item, lang, pats)
    if _PREFERABLY.match(tail) and first and first[0]["kind"] == "experience":
        # "..., preferably in X": the same experience, in X, is the asset (any length of it)
        worked = EXPERIENCE_WORD.search(head)
        phrase = head[worked.start() : worked.end()] if worked else "experience"
        second = experience_entries(f"{phrase} {_PREFERABLY.sub('', tail)}", tail_importance, lang, pats, None)
    else:
        part = Item(tail, item.section, tail_importance, item.line, item.heading, [tail])
        second = sentence_entries(tail, part, lang, pats)
    named = list(dict.fromkeys(code for _, _, code in find_languages(head)))
    for rule in second:  # "...(French or English); knowledge of another language an asset": not those two
        if rule.get("any_language") and named and not rule.get("other_than"):
            rule["other_than"] = named
    return _quoted(first, sentence) + _quoted(second, sentence)


def _conditional(sentence: str, importance: str, pats: Patterns) -> list[Entry]:
    """A requirement asked only in some cases ("may be required", "if employed in ..."): set aside
    with the cue (asides.py), never a rule every candidate must pass."""
    cue = conditional(sentence, pats)
    if not cue:
        return []
    return [aside_entry(sentence, f"{CONDITIONAL} ({cue!r})", importance)]


def personal_entry(sentence: str, importance: str, cue: str) -> Entry:
    """A condition on the person that no kind checks ("enjoy full rights as a citizen", a licence)."""
    return {
        "kind": "assessed",
        "importance": importance,
        "source": sentence,
        "cue": cue,
        "confidence": 0.6,
        "review": "a condition on the person (age, rights, fitness, licence, papers, availability, record) "
        "that no rule kind checks: confirm it by hand",
    }


def sentence_entries(sentence: str, item: Item, lang: str, pats: Patterns | None = None) -> list[Entry]:
    """The entries one requirement sentence gives (most give one)."""
    pats = pats or patterns()
    if _country_list(sentence):  # "Australie, Autriche, Azerbaïdjan, ...": the donors, no requirement
        return []
    equivalent = equivalent_experience_routes(
        sentence, pats.importance(sentence) or item.importance or "required", pats
    )
    if equivalent:  # "a degree ...; or equivalent work experience": one any_of, the rest its own rules
        either, rest = equivalent
        if pats.importance(rest):  # "...: security qualification ... are desirable"
            either["importance"] = item.importance or "required"
            part = Item(rest, item.section, pats.importance(rest), item.line, item.heading, [rest])
            return [either, *_quoted(sentence_entries(rest, part, lang, pats), sentence)]
        return [either]
    if not pats.substitution.search(sentence):
        split = importance_parts(sentence, item, lang, pats)
        if split:
            return split
    importance = pats.importance(sentence) or item.importance or "required"
    hooked = hooked_entry(sentence, importance)
    if hooked:
        return [hooked]
    named = find_languages(sentence) or find_groups(sentence)
    languages = named or item.section == "languages" or ANOTHER_LANGUAGE.search(sentence)
    if languages and conditional(sentence, pats):  # "... English or French if employed in an office where ..."
        return _conditional(sentence, importance, pats)
    if (
        item.section == "languages"
        or (named and (find_levels(sentence) or NAMED_NO_LEVEL.search(sentence)))
        or (ANOTHER_LANGUAGE.search(sentence) and (find_levels(sentence) or pats.importance(sentence)))
    ):
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
    rest = pats.personal.sub(" ", sentence)  # "driving experience" is no experience rule
    if personal and not (pats.education_level(rest) or pats.experience_cues.search(rest)):
        return [personal_entry(sentence, importance, personal.group(0))]
    basis = _SELECTION_BASIS.search(sentence)
    if basis and not years(sentence, pats):  # "chosen on the basis of skills, experience and knowledge ..."
        return [
            {
                "kind": "assessed",
                "importance": importance,
                "source": sentence,
                "cue": basis.group(0),
                "confidence": 0.6,
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
    some_cases = _conditional(sentence, importance, pats)
    if some_cases:
        return some_cases
    experience_cue = pats.experience_cues.search(sentence)
    n = years(sentence, pats)
    level = any(p.search(sentence) for p, _ in pats.education_levels)
    trained = None if experience_cue or n else training_entry(sentence, importance, pats)
    if trained:  # "Graduation from a police training program": an education of no level
        return [trained]
    if item.section == "skills" and not n and not level:  # abilities and aptitudes are for the interview
        return [{"kind": "assessed", "importance": importance, "source": sentence}]
    if pats.education_cues.search(sentence) and (not experience_cue or (item.section == "education" and (n or level))):
        return [education_routes(sentence, importance, pats) or education_entry(sentence, importance, pats)]
    if not experience_cue and not n and _COURSE.search(sentence):  # "Completion of a ... training course"
        return [{"kind": "assessed", "importance": importance, "source": sentence, "cue": "course or certificate"}]
    plain = re.sub(r"\([^)]*\)", " ", sentence)  # "Good drafting capabilities (... publication experience)"
    ability = (pats.ability_cues.search(plain) or pats.software.search(plain)) and not (
        pats.experience_cues.search(plain) and not pats.software.search(plain)
    )
    if not ability and (experience_cue or item.section in ("experience", "general")):
        worked = EXPERIENCE_WORD.search(sentence)
        head = sentence[: worked.start()] if worked and n else ""
        degree = pats.education_level(head) if head else None
        if degree is not None:  # "Holders of a degree giving access to ..., they will have 12 years' experience"
            education = education_entry(head, importance, pats)
            education["source"] = sentence
            education.pop("min_years", None)
            education["min_level"] = degree
            return [education, *experience_entries(sentence, importance, lang, pats, n)]
        study = study_part(head, pats) if head else None
        if study:  # "A three (3) year Diploma/Degree in X, with three (3) years relevant experience ..."
            education = education_entry(study, importance, pats)
            education["source"] = sentence
            rest = sentence[len(study) :]
            return [education, *experience_entries(sentence, importance, lang, pats, years(rest, pats), rest)]
        return experience_entries(sentence, importance, lang, pats, n)
    note = "in the education section but names no degree or length of study" if item.section == "education" else None
    return [{"kind": "assessed", "importance": importance, "source": sentence, "review": note}]


# How the selection weighs candidates, not a condition they pass or fail.
_SELECTION_BASIS = re.compile(
    r"\b(?:chosen|selected|assessed|evaluated|ranked|choisie?s?|sélectionnée?s?|évaluée?s?)"
    r" (?:on the basis of|sur la base d)",
    re.IGNORECASE,
)


# A condition stated in the negative: what the candidate must not have (done).
_NEGATED = re.compile(
    r"^\W*(?:(?:the\s+)?(?:applicants?|candidates?)\s+)?(?:ne pas|n.avoir|n.ont|n.être|must not|should not|have not|"
    r"not have|no previous|no prior)\b|\b(?:aucune expérience|no (?:previous|prior) (?:experience|traineeship)|"
    r"not (?:already )?(?:have )?(?:benefited|completed|done|undertaken) (?:a|an|any)\b)",
    re.IGNORECASE,
)


# A course or certificate asked without experience: assessed, never experience in its subject.
_COURSE = re.compile(
    r"\b(?:courses?|cours (?:de|technique|d.introduction)|certificat(?:e|ion)s?|formations? (?:de|en)|"
    r"stage de formation)\b",
    re.IGNORECASE,
)
