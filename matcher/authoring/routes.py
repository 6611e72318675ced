"""Joining a substitution sentence to the rule it offers an alternative to.

"A first-level degree with two additional years of experience may be accepted in lieu of the
advanced degree": the alternative (alternatives.py reads it) takes the education rule's place
as `any_of(education, alternative)`, never a required rule beside it (an OR is not an AND).
"""

from __future__ import annotations

import re

from .alternatives import substitution_entry
from .patterns import Patterns
from .sections import Item
from .subjects import Entry, education_entry


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
    same = [e for e in education if e[1] is item]
    rival = [  # "2 years with a police force. Holders of a degree with 2 years in security will also be considered"
        i
        for i, e in enumerate(entries)
        if _experience_rule(e) and e.get("source") != sentence and e.get("source", "") in item.text
    ]
    if not same and rival and pats.education_cues.search(alternative or sentence):
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
    candidates = same or before or education
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
    if edu["importance"] != "required":  # desirable education still scores as an asset
        entries.insert(index + 1, edu)
        for i, slot_ in enumerate(education):
            if slot_[0] > index:
                education[i] = (slot_[0] + 1, slot_[1], slot_[2])
    education.remove(slot)


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


def main_degree(sentence: str, pats: Patterns) -> tuple[Entry | None, str | None]:
    """The degree a substitution sentence names before its alternative ("... or a first-level ...",
    "...; a first-level university degree in combination with ..."), and the alternative's text."""
    for alt in _ALTERNATIVE.finditer(sentence):
        head = sentence[: alt.start()]
        level = pats.education_level(head)
        if level is None:
            continue
        entry = education_entry(head, "required", pats)
        entry["source"] = sentence
        entry["min_level"] = level
        entry.pop("min_years", None)
        return entry, sentence[alt.end() :]
    return None, None
