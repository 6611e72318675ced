"""How a chosen match becomes a `CategoryMatch`: its characters, method and confidence.

"exact" (a phrase's own words, 1.0), "lemma" (another inflection, case or accents, 0.9;
0.85 for a `near` pair), "fuzzy" (a misspelt word, 0.8 x its similarity / 100).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..engine.categories import CategoryMatch

EXACT, LEMMA, NEAR_CONFIDENCE, FUZZY_WEIGHT = 1.0, 0.9, 0.85, 0.8
# Fuzzy-corrected words are alphabetic; everything else separates them.
_SEPARATORS = str.maketrans({c: " " for c in "-'\u2019/().,;:!?\"0123456789_"})
_new = object.__new__  # CategoryMatch is a frozen dataclass: filling __dict__ skips its slow __init__


def category_matches(
    doc, text: str, items: Iterable[tuple[int, str, int, bool]], exact: dict[str, set[str]], scores: dict[str, float]
) -> list[CategoryMatch]:
    """One `CategoryMatch` per (start token, category, end token, is a near pair), in that order;
    `exact` holds each category's lowercase phrases, `scores` the fuzzy matcher's corrected words."""
    out = []
    for start, cid, end, near in items:
        # Character offsets from the two end tokens: a Span per match costs more.
        last = doc[end - 1]
        start_char, end_char = doc[start].idx, last.idx + len(last)
        matched = text[start_char:end_char]
        lowered = matched.lower()
        if lowered in exact[cid]:
            method, confidence = "exact", EXACT
        elif scores and not scores.keys().isdisjoint(lowered.translate(_SEPARATORS).split()):
            # a misspelt word is never a phrase's own form, so only look here
            corrected = [scores[w] for w in lowered.translate(_SEPARATORS).split() if w in scores]
            method, confidence = "fuzzy", FUZZY_WEIGHT * min(corrected) / 100.0
        else:
            method, confidence = "lemma", NEAR_CONFIDENCE if near else LEMMA
        match = _new(CategoryMatch)
        match.__dict__.update(
            category=cid, start=start_char, end=end_char, text=matched, method=method, confidence=confidence
        )
        out.append(match)
    return out
