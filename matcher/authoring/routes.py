"""Joining a substitution sentence to the rule it offers an alternative to.

"A first-level degree with two additional years of experience may be accepted in lieu of the
advanced degree": the alternative (alternatives.py reads it) takes the education rule's place
as `any_of(education, alternative)`, never a required rule beside it (an OR is not an AND).
"""

from __future__ import annotations

import re

from .alternative_guard import alternative_cue
from .alternatives import degree_level, substitution_entry
from .patterns import Patterns
from .sections import Item
from .subjects import EXPERIENCE_WORD, Entry, education_entry
from .values import years


def _base_years(entries: list[Entry]) -> float | None:
    """The most years of experience a required rule asks (what 'additional years' add to)."""
    found = [e.get("min_years") for e in entries if e["kind"] == "experience" and e.get("importance") == "required"]
    found += [
        c.get("min_years")
        for e in entries
        if e["kind"] == "all_of" and e.get("importance") == "required"
        for c in e["children"]
        if c["kind"] == "experience"
    ]
    years_asked = [float(n) for n in found if n]
    return max(years_asked) if years_asked else None


def substitute(
    entries: list[Entry],
    education: list[tuple[int, Item, str]],
    item: Item,
    sentence: str,
    lang: str,
    pats: Patterns,
    alternative: str | None = None,
) -> None:
    """Experience instead of education: any_of(education, experience) in the education's place,
    never a rule of its own beside the education (that would turn an OR into an AND).
    `alternative`: the part of the sentence that states the alternative, when the sentence
    also names the degree it replaces."""
    experience = substitution_entry(sentence, item, lang, pats, _base_years(entries), alternative)
    experience.pop("importance", None)
    if experience["kind"] == "experience" and not experience.get("min_years"):
        # "or equivalent combination of education and experience", "an outstanding record": no
        # years to check; an assessed route keeps the OR (any experience at all would be too lenient)
        experience = {
            "kind": "assessed",
            "source": sentence,
            "cue": experience.get("cue"),
            "confidence": 0.4,
            "review": "an alternative to the degree with no years the drafter could read: "
            "the candidate's case is assessed by hand",
        }
    same = [e for e in education if e[1] is item]
    at = item.text.find(sentence)
    rival = [  # "2 years with a police force. Holders of a degree with 2 years in security will also be considered"
        i  # the experience rules the item states before the alternative (the one it offers a way around)
        for i, e in enumerate(entries)
        if _experience_rule(e)
        and e.get("source") != sentence
        and 0 <= item.text.find(e.get("source", "")) <= (at if at >= 0 else len(item.text))
    ]
    offers_degree = pats.education_cues.search(alternative or sentence) and not _REPLACED_DEGREE.search(
        alternative or sentence
    )  # "holders of a degree with 2 years ... will also be considered", not "in lieu of a degree"
    if not same and rival and offers_degree:
        base = entries[rival[-1]]
        entries[rival[-1]] = {
            "kind": "any_of",
            "importance": base["importance"],
            "source": sentence,
            "children": [{k: v for k, v in base.items() if k != "importance"}, experience],
            "cue": experience.get("cue"),
            "review": "a degree with experience offered instead of the experience before it: check the alternative",
        }
        return
    before = [e for e in education if e[1].line <= item.line]
    candidates = _replaced_level(same or before or education, entries, alternative or sentence, pats)
    if not candidates:  # nothing to be an alternative to: never a required rule of its own (an OR is not an AND)
        entries.append(
            {
                "kind": "assessed",
                "importance": "required",
                "source": sentence,
                "confidence": 0.3,
                "cue": experience.get("cue"),
                "review": "an alternative to an education requirement "
                "that was not found: write any_of[the education, this alternative]",
            }
        )
        return
    slot = candidates[-1]
    index, edu_item, edu_sentence = slot
    edu = entries[index]
    if edu["kind"] == "any_of":  # a second alternative to the same degree: one more route
        edu["children"].append(experience)
        return
    source = sentence
    if edu_item is item:  # both in one bullet: quote the two sentences together
        start, end = item.text.find(edu_sentence), item.text.find(sentence) + len(sentence)
        if 0 <= start < end:
            source = item.text[start:end]
    importance = pats.importance(sentence)
    choice = {
        "kind": "any_of",
        "importance": importance if importance in ("asset", "strong_asset") else "required",
        "source": source,
        "children": [{k: v for k, v in edu.items() if k != "importance"}, experience],
        "cue": experience.get("cue"),
    }
    entries[index] = choice
    if edu["importance"] != "required" and choice["importance"] == "required":  # desirable still scores
        entries.insert(index + 1, edu)
        for i, slot_ in enumerate(education):
            if slot_[0] > index:
                education[i] = (slot_[0] + 1, slot_[1], slot_[2])
    # the slot stays: a later clause offering another route to the same degree joins this any_of


def _replaced_level(
    candidates: list[tuple[int, Item, str]], entries: list[Entry], text: str, pats: Patterns
) -> list[tuple[int, Item, str]]:
    """The candidates whose degree is the one the clause replaces ("in lieu of a first-level
    degree"), when it names one and a candidate has it; else all of them."""
    named = _REPLACED_DEGREE.search(text)
    level = degree_level(named.group(1), pats) if named else None
    if level is None:
        return candidates

    def degree(entry: Entry) -> int | None:
        entry = entry["children"][0] if entry["kind"] == "any_of" else entry
        return entry.get("min_level") if entry["kind"] == "education" else None

    return [c for c in candidates if degree(entries[c[0]]) == level] or candidates


_REPLACED_DEGREE = re.compile(
    r"\b(?:in lieu of|instead of|in place of|remplacer|au lieu d[eu]|à la place d[eu])\s+((?:the|a|an|le|la|un|une)?\s*"
    r"[\w'’ -]{0,40}?(?:degree|diplôme|licence|master))",
    re.IGNORECASE,
)


def _experience_rule(entry: Entry) -> bool:
    """An experience rule, or routes of experience (any_of of experience rules)."""
    if entry.get("kind") == "any_of":
        return all(c.get("kind") == "experience" for c in entry.get("children", []))
    return entry.get("kind") == "experience"


_ALTERNATIVE = re.compile(
    r"(?:\b(?:or|ou)\b|;|,)\s*(?:(?:alternatively|otherwise|à défaut)\s*,?\s*)?(?:an?\s+|une?\s+)?"
    r"(?=(?:first[- ]level|bachelor|licence|(?:completed\s+)?(?:university\s+)?degree|diplôme)[^.;]*?"
    r"\b(?:with|combined|in combination|additional|supplémentaires?|plus|and)\b)",
    re.IGNORECASE,
)


_COMBINATION = re.compile(
    r",?\s*\b(?:or|ou)\s+(?:an?\s+|une?\s+)?(?:equivalent|équivalente?)\s+(?:combination|combinaison)\b", re.IGNORECASE
)


def split_substitution(sentence: str, pats: Patterns) -> tuple[str, str] | None:
    """ "At least six years of experience, of which two in X; exceptionally, ten years of experience
    may replace the degree": (the required clause, the substitution clause) when the substitution
    cue comes after a clause of its own that asks years of experience (that clause is a required
    rule; only the rest is the alternative to the degree)."""
    cue = pats.substitution.search(sentence)
    if not cue:
        return None
    cuts = [m for m in re.finditer(r"\s*[;,]\s+", sentence[: cue.start()])]
    for cut in reversed(cuts):
        head, tail = sentence[: cut.start()], sentence[cut.end() :]
        if alternative_cue(head, "experience"):  # "...; exceptionally": the cut is earlier
            continue
        if years(head, pats) and EXPERIENCE_WORD.search(head) and pats.education_level(head) is None:
            if pats.substitution.search(tail) and (years(tail, pats) or pats.education_level(tail) is not None):
                return head, tail
    return None


def main_degree(sentence: str, pats: Patterns) -> tuple[Entry | None, str | None]:
    """The degree a substitution sentence names before its alternative ("... or a first-level ...",
    "...; a first-level university degree in combination with ...", "... or equivalent
    combination of education and experience"), and the alternative's text."""
    for alt in [*_ALTERNATIVE.finditer(sentence), *_COMBINATION.finditer(sentence)]:
        head = sentence[: alt.start()]
        level = pats.education_level(head)
        if level is None:
            continue
        entry = education_entry(head, pats.importance(head) or "required", pats)
        entry["source"] = sentence
        entry["min_level"] = level
        entry.pop("min_years", None)
        return entry, sentence[alt.end() :]
    return None, None
