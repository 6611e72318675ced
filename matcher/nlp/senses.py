"""Senses from context: which ambiguous matches count.

An ambiguous head (DNA, safeguarding, liaison officer, investigator, an acronym) counts
only when the entry also holds a context word of its category outside the match, or a valid
match of one of its `context_categories` (an investigator counts for `investigations` only
with a law-enforcement employer). Each category keeps one piece of evidence: its earliest
strong match, else its earliest weak one.
"""

from __future__ import annotations


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
