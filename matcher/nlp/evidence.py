"""Evidence of the resolver's chosen matches, and the matches inside a longer phrase.

Method and confidence: "exact" (a phrase's own words, 1.0), "lemma" (another
inflection, case or accents, 0.9; 0.85 for a `near` pair), "fuzzy" (a misspelt
word, 0.8 x its similarity / 100).
"""

from __future__ import annotations

from ..engine.categories import CategoryMatch

EXACT, LEMMA, NEAR_CONFIDENCE, FUZZY_WEIGHT = 1.0, 0.9, 0.85, 0.8
# Fuzzy-corrected words are alphabetic; everything else separates them.
_SEPARATORS = str.maketrans({c: " " for c in "-'\u2019/().,;:!?\"0123456789_"})
_new = object.__new__  # CategoryMatch is a frozen dataclass: filling __dict__ skips its slow __init__


def inner_matches(hits: list[tuple], employers: frozenset[str], near: int) -> set[tuple[int, int, str]]:
    """Matches starting inside a longer phrase of another category: "investigator" in "crime
    scene investigator", "investigation" in "joint investigation teams", "Criminal
    Investigations" in a unit's name (an `employer` category's phrase: the unit is the
    employer, not the activity). Only ambiguous matches give way to any other category."""
    inner: set[tuple[int, int, str]] = set()
    reach = -1  # the furthest end of the hits before this one: none covers it when <= its start
    for i, (start, neg_end, _, cid, _, ambiguous) in enumerate(hits):
        end = -neg_end
        covered, reach = reach > start, max(reach, end)
        if not covered:
            continue
        j = i - 1  # sorted by (start, -end): longer matches at the same start come first
        while j >= 0 and hits[j][0] >= start - 12:
            o_start, o_neg_end, o_code, o_cid, _, _ = hits[j]
            o_end = -o_neg_end
            # a phrase of another category that starts first (or at the same token and is longer)
            # and covers this match's first token; near pairs span free text and never cover
            if (
                o_cid != cid
                and o_code != near
                and o_start <= start < o_end
                and (o_start < start or o_end > end)
                and (ambiguous or o_cid in employers)
            ):
                inner.add((start, end, cid))
                break
            j -= 1
    return inner


def span_text(doc, text: str, start: int, end: int) -> str:
    last = doc[end - 1]
    return text[doc[start].idx : last.idx + len(last)]


def evidence(
    doc, text: str, items, exact: dict[str, set[str]], scores: dict[str, float], near: int
) -> list[CategoryMatch]:
    """One CategoryMatch per (start, category, end, code) item: character offsets, method, confidence."""
    out = []
    for start, cid, end, code in items:
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
            method, confidence = "lemma", NEAR_CONFIDENCE if code == near else LEMMA
        match = _new(CategoryMatch)
        match.__dict__.update(
            category=cid, start=start_char, end=end_char, text=matched, method=method, confidence=confidence
        )
        out.append(match)
    return out
