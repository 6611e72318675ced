"""Senses from context: which ambiguous matches count.

An ambiguous head (DNA, safeguarding, liaison officer, investigator, an acronym) counts
only when the entry also holds a context word of its category outside the match, or a valid
match of one of its `context_categories` (an investigator counts for `investigations` only
with a law-enforcement employer). Each category keeps one piece of evidence: its earliest
strong match, else its earliest weak one.

The other way round, a word of another domain in the same sentence (or in the entry's title)
takes a match of the categories it lists away: OtherSenses.
"""

from __future__ import annotations

from typing import Any

from .frames import title_end
from .negation import CUE_PUNCTUATION, Boundaries


def _context(context: dict[str, list[tuple[int, int]]], cid: str, match: tuple[int, int, int]) -> bool:
    """A context word of `cid` outside the match itself ("Europol" is no context for "Europol")."""
    return any(e <= match[0] or s >= match[1] for s, e in context.get(cid, ()))


def choose(
    valid: dict[str, list], context: dict[str, list], context_categories: dict[str, tuple[str, ...]], weak: int
) -> dict[str, tuple[int, int, int]]:
    """Each category's evidence: its first strong match, else its first weak one; an
    ambiguous match only once its context is there (up to three rounds: an acronym
    employer can give the context a role noun needs)."""
    chosen: dict[str, tuple[int, int, int]] = {}
    present: set[str] = set()
    for _ in range(3):
        added = False
        for cid, (strong, weak, amb_strong, amb_weak) in valid.items():
            if cid in chosen and chosen[cid][2] != weak:
                continue
            if amb_strong is not None or amb_weak is not None:
                ok = cid in present or not present.isdisjoint(context_categories[cid])
                if amb_strong is not None and not (ok or _context(context, cid, amb_strong)):
                    amb_strong = None
                if amb_weak is not None and not (ok or _context(context, cid, amb_weak)):
                    amb_weak = None
            # the earliest strong match, else the earliest weak one (min() of the non-None)
            if strong is not None:
                best = amb_strong if amb_strong is not None and amb_strong < strong else strong
            elif amb_strong is not None:
                best = amb_strong
            elif weak is not None:
                best = amb_weak if amb_weak is not None and amb_weak < weak else weak
            else:
                best = amb_weak
            if best is not None and chosen.get(cid) != best:
                chosen[cid] = best
                present.add(cid)  # matched itself: an employer is named, not implied by a child
                added = True
        if not added:
            break
    return chosen


class OtherSenses:
    """Words of another domain (nlp_cues.yaml `other_senses`): a match of one of the listed
    categories in the same sentence as one of them, or in an entry whose title holds one, is
    in that other sense ("drafted policy wordings" by an insurance underwriter, "delivered
    sessions to pupils", "Face ID and Touch ID fingerprint enrolment" in a phone shop)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.categories = [frozenset(group.get("categories") or ()) for group in data.get("other_senses") or []]
        self.listed = frozenset(c for group in self.categories for c in group)
        self.punctuation = Boundaries({}, CUE_PUNCTUATION)

    def near(self, doc, text: str, found: list[tuple[int, int, int]]) -> _Found:
        return _Found(self, doc, text, found)


class _Found:
    """The other-sense words of one doc."""

    def __init__(self, owner: OtherSenses, doc, text: str, found: list[tuple[int, int, int]]) -> None:
        self.owner, self.doc, self.text, self.found = owner, doc, text, found
        self.title = title_end(text)

    def covers(self, cid: str, start: int, end: int) -> bool:
        owner = self.owner
        if cid not in owner.listed:
            return False
        doc, text = self.doc, self.text
        for w_start, w_end, rule in self.found:
            if cid not in owner.categories[rule]:
                continue
            if doc[w_start].idx < self.title:
                return True  # the entry's title is in the other domain: "Insurance underwriter, AXA"
            lo, hi = (doc[end - 1].idx, doc[w_start].idx) if w_start >= end else (doc[w_end - 1].idx, doc[start].idx)
            if not owner.punctuation.search(text, lo, hi):
                return True
        return False
