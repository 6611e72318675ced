"""The matches inside a longer phrase, and the text of a token span (the method and
confidence of a chosen match are confidence.py's)."""

from __future__ import annotations


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
