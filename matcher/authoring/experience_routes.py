"""Two kinds of experience offered as alternatives: "Diplomatic experience or experience working in
political affairs with international organizations". Each side names its own experience, so the
sentence is an `any_of` of two experience rules, never one rule whose subjects mix both sides."""

from __future__ import annotations

import re

from .patterns import Patterns
from .subjects import EXPERIENCE_WORD, Entry, experience_entries
from .values import years

# An "or" that starts another experience: "... or experience in", "... or relevant work experience".
_OR_EXPERIENCE = re.compile(
    r",?\s+\b(?:or|ou|and/or|et/ou)\s+(?=(?:[^\W\d_][\w-]*\s+){0,3}?(?:experience|expérience)\b)", re.IGNORECASE
)


def _subject(entry: Entry) -> tuple[str, ...]:
    return tuple(sorted({*(entry.get("categories") or []), *(entry.get("employer_types") or [])}))


def experience_routes(sentence: str, importance: str, lang: str, pats: Patterns) -> Entry | None:
    """any_of of the experiences a sentence offers in turn, when each side of an "or" names
    experience, no length is stated (a length belongs to the whole), and the sides differ."""
    if years(sentence, pats) is not None:
        return None
    parts = [p for p in _OR_EXPERIENCE.split(sentence) if p.strip()]
    if len(parts) < 2 or not all(EXPERIENCE_WORD.search(p) for p in parts):
        return None
    children: list[Entry] = []
    for part in parts:
        found = experience_entries(part, importance, lang, pats, None)
        if len(found) != 1 or found[0]["kind"] != "experience":
            return None
        child = found[0]
        child.pop("importance", None)
        child["source"] = sentence
        children.append(child)
    if len({_subject(c) for c in children}) < len(children):  # the same experience said twice
        return None
    return {
        "kind": "any_of",
        "importance": importance,
        "source": sentence,
        "children": children,
        "cue": "or (experience)",
        "confidence": 0.6,
    }
