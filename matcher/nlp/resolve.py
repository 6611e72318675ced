"""From raw PhraseMatcher hits to evidence: the rules that decide what counts.

Per text, in this order:

1. case-sensitive abbreviations ("SoM") must appear in one of their listed forms;
2. a match overlapping an exclusion of its category ("browser fingerprinting",
   "business intelligence") is an unrelated sense and dropped;
3. one piece of evidence per category: its earliest (then longest) valid match;
4. a match inside the scope of a negation, hypothetical or topic cue is dropped;
5. a category matched only by its `weak` words ("fingerprints") yields to the
   categories in its `weak_yields_to` (crime-scene recovery of marks, matching
   technology) when those matched too.

Method and confidence: "exact" (a phrase's own words, 1.0), "lemma" (another
inflection, case or accents, 0.9; 0.85 for a `near` pair), "fuzzy" (a misspelt
word, 0.8 x its similarity / 100).

This runs once per text, so it is written for speed: plain tuples, integer kinds
and explicit loops (the blank tokenizer itself takes only ~10 µs a text).
"""

from __future__ import annotations

from typing import Any

from ..engine.categories import CategoryMatch
from .phrases import CASED, CATEGORY, CUE, EXCLUDE, NEAR_LEFT, NEAR_RIGHT, PSEUDO, WEAK, Key

# Integer kinds; the first three are category evidence.
_HIT, _WEAK, _CASED, _NEAR, _CUE, _PSEUDO, _EXCLUDE, _LEFT, _RIGHT = range(9)
_CODES = {CATEGORY: _HIT, WEAK: _WEAK, CASED: _CASED, CUE: _CUE, PSEUDO: _PSEUDO,
          EXCLUDE: _EXCLUDE, NEAR_LEFT: _LEFT, NEAR_RIGHT: _RIGHT}

EXACT, LEMMA, NEAR_CONFIDENCE, FUZZY_WEIGHT = 1.0, 0.9, 0.85, 0.8
# Fuzzy-corrected words are alphabetic; everything else separates them.
_SEPARATORS = str.maketrans({c: " " for c in "-'\u2019/().,;:!?\"0123456789_"})
_new = object.__new__  # CategoryMatch is a frozen dataclass: filling __dict__ skips its slow __init__


class Resolver:
    """Turns one doc's PhraseMatcher output into `CategoryMatch`es."""

    def __init__(self, matcher, keys: dict[int, Key], exact: dict[str, set[str]], scope,
                 yields: dict[str, tuple[str, ...]], fuzzy_scores: dict[str, float]) -> None:
        self.matcher = matcher
        # match id -> (kind code, category, extra): forms for CASED, Cue for CUE,
        # (category, rule, window) for the two sides of a NEAR rule
        self.table: dict[int, tuple[int, Any, Any]] = {
            mid: (_CODES[k.kind], k.category, k.forms if k.kind == CASED else k.cue if k.kind == CUE
                  else (k.category, k.rule, k.window) if k.kind in (NEAR_LEFT, NEAR_RIGHT) else None)
            for mid, k in keys.items()}
        self.exact = exact
        self.scope = scope
        self.yields = {cid: targets for cid, targets in yields.items() if targets}
        self.fuzzy_scores = fuzzy_scores

    def __call__(self, doc, text: str) -> list[CategoryMatch]:
        found = self.matcher(doc)
        if not found:
            return []
        table = self.table
        hits = []
        cues = pseudo = excluded = near = None
        for match_id, start, end in found:
            code, cid, extra = table[match_id]
            if code <= _CASED:
                hits.append((start, -end, code, cid, extra))
            elif code == _CUE:
                if cues is None:
                    cues = []
                cues.append((extra, start, end))
            elif code == _EXCLUDE:
                if excluded is None:
                    excluded = {}
                excluded.setdefault(cid, []).append((start, end))
            elif code == _PSEUDO:
                if pseudo is None:
                    pseudo = []
                pseudo.append((start, end))
            else:
                if near is None:
                    near = {}
                sides = near.get(extra)
                if sides is None:
                    near[extra] = sides = ([], [])
                sides[code == _RIGHT].append((start, end))
        if near is not None:
            self._add_near(doc, text, near, hits)
        if not hits:
            return []
        hits.sort()
        chosen: dict[str, tuple[int, int, int]] = {}  # category -> (start, end, code) of its evidence
        for start, neg_end, code, cid, extra in hits:
            previous = chosen.get(cid)
            if previous is not None and (previous[2] != _WEAK or code == _WEAK):
                continue  # one piece of evidence per category; a weak one gives way to a strong one
            end = -neg_end
            if code == _CASED and self._text(doc, text, start, end) not in extra:
                continue
            if excluded is not None and cid in excluded:
                if any(s < end and start < e for s, e in excluded[cid]):
                    continue
            if cues is not None and self.scope.cancelling_cue(doc, text, start, cues, pseudo or ()):
                continue
            chosen[cid] = (start, end, code)
        if self.yields:
            for cid in [c for c, (_, _, code) in chosen.items() if code == _WEAK and c in self.yields]:
                if any(other in chosen for other in self.yields[cid]):
                    del chosen[cid]
        return self._evidence(doc, text, sorted((s, cid, e, code) for cid, (s, e, code) in chosen.items()))

    def _add_near(self, doc, text: str, near: dict, hits: list) -> None:
        """A left phrase followed within `window` tokens, in the same clause, by a right one."""
        boundary = self.scope.boundary
        for (cid, _, window), (lefts, rights) in near.items():
            if not lefts or not rights:
                continue
            for l_start, l_end in lefts:
                for r_start, r_end in rights:
                    if l_end <= r_start <= l_end + window and (
                            r_start == l_end or not boundary.search(text, doc[l_end].idx, doc[r_start].idx)):
                        hits.append((l_start, -r_end, _NEAR, cid, None))
                        break

    @staticmethod
    def _text(doc, text: str, start: int, end: int) -> str:
        last = doc[end - 1]
        return text[doc[start].idx:last.idx + len(last)]

    def _evidence(self, doc, text: str, items) -> list[CategoryMatch]:
        out = []
        exact, scores = self.exact, self.fuzzy_scores
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
                method, confidence = "lemma", NEAR_CONFIDENCE if code == _NEAR else LEMMA
            match = _new(CategoryMatch)
            match.__dict__.update(category=cid, start=start_char, end=end_char, text=matched,
                                  method=method, confidence=confidence)
            out.append(match)
        return out
