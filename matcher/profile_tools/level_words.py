"""Levels read from words against the profile_tools data tables: fluency words -> a CEFR level
or mother tongue (data/fluency_levels.yaml), a degree name -> an ISCED 2011 level
(data/study_types.yaml). Used by the JSON Resume converter and by the CV importers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import reference
from ..models.profile import CEFR_ORDER
from .lookup import fold


@cache
def _phrases(name: str, section: str) -> list[tuple[str, Any]]:
    """A data table's phrases, folded, longest first (the most specific wins)."""
    table = reference.load_data(name, "matcher.profile_tools")[section]
    pairs = (
        [(fold(p), value) for value, phrases in table.items() for p in phrases]
        if name == "study_types"
        else [(fold(p), v) for p, v in table.items()]
    )
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _match(text: str, pairs: list[tuple[str, Any]]) -> Any:
    for phrase, value in pairs:
        if text == phrase:
            return value
    for phrase, value in pairs:  # a phrase not in the text cannot match: skip its regex
        if phrase in text and _word(phrase).search(text):
            return value
    return None


@cache
def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


def fluency_level(words: str) -> tuple[str | None, str | None]:
    """('mother_tongue' or a CEFR level or None, a note to show or None) for fluency words."""
    table = reference.load_data("fluency_levels", "matcher.profile_tools")
    text = fold(words)
    if set(text.split()) & set(table["negations"]):
        return None, None
    codes = sorted({c.upper() for c in re.findall(r"\b([abc][12])\b", text)}, key=CEFR_ORDER.index)
    if codes:
        return codes[0], (f"{words!r} read as {codes[0]}, the lower level" if len(codes) > 1 else None)
    if _match(text, [(fold(p), "mother_tongue") for p in table["mother_tongue"]]):
        return "mother_tongue", None
    found = _match(text, _phrases("fluency_levels", "levels"))
    if isinstance(found, dict):
        return found["level"], f"{words!r} read as {found['level']}: {found['note']}"
    return found, None


def study_level(study_type: str) -> int | None:
    """ISCED 2011 level for a degree name ('Master of Laws' -> 7), None if unknown."""
    found = _match(fold(study_type), _phrases("study_types", "levels"))
    return int(found) if found is not None else None
