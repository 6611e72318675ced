"""From raw PhraseMatcher hits to evidence: the rules that decide what counts.

Per text, in this order:

1. the entry frame: a title naming a role that is not the work itself (student,
   journalist, novelist...) means the entry gives no experience at all;
2. `near` pairs and cue pairs ("attended ... course") are joined: a left and a right
   phrase at most `window` content words apart (near.py) (stop words and punctuation are not
   counted), in one clause;
3. case-sensitive abbreviations ("SoM") must appear in one of their listed forms;
4. a match overlapping an exclusion of its category (a fixed compound in another
   sense: "crime scene cleaner") is dropped;
5. a match in the scope of a cue (negation, hypothetical, non-experience, partner,
   cancelled) is dropped (negation.py);
6. role attribution (roles.py): plural role nouns ("to investigators") name other people
   outside the title, an owned activity is someone else's, a unit after a support role's
   title is the employer, a modifier of another trade makes another role ("Airline Liaison
   Officer"), a partner's people in a specialist field are not the candidate's;
7. senses from context (senses.py): an ambiguous head (DNA, safeguarding, liaison officer,
   investigator, an acronym) counts only when the entry also holds a context word of
   its category, or a valid match of one of its `context_categories` (an investigator
   counts for `investigations` only with a law-enforcement employer);
8. one piece of evidence per category: its earliest valid match, a weak one giving way
   to a strong one; a category matched only by weak words yields to the categories in
   its `weak_yields_to` when those matched too.

Each piece of evidence then gets its method and confidence (confidence.py).
"""

from __future__ import annotations

from typing import Any

from ..engine.categories import CategoryMatch
from .confidence import category_matches
from .frames import EmployerFrame, title_frame
from .near import near_pairs
from .negation import FRAME_KINDS
from .phrases import (
    CASED,
    CATEGORY,
    CONTEXT,
    CUE,
    CUE_LEFT,
    CUE_RIGHT,
    EXCLUDE,
    NEAR_LEFT,
    NEAR_RIGHT,
    PSEUDO,
    TITLE,
    WEAK,
    Key,
)
from .roles import TITLE_SPAN, RoleAttribution, other_people, others_activity
from .senses import choose
from .spans import SpanIndex

# Integer kinds; the first three are category evidence.
_HIT, _WEAK, _CASED, _NEAR, _CUE, _PSEUDO, _EXCLUDE, _LEFT, _RIGHT, _CONTEXT, _CLEFT, _CRIGHT, _TITLE = range(13)
_CODES = {
    CATEGORY: _HIT,
    WEAK: _WEAK,
    CASED: _CASED,
    CUE: _CUE,
    PSEUDO: _PSEUDO,
    EXCLUDE: _EXCLUDE,
    NEAR_LEFT: _LEFT,
    NEAR_RIGHT: _RIGHT,
    CONTEXT: _CONTEXT,
    CUE_LEFT: _CLEFT,
    CUE_RIGHT: _CRIGHT,
    TITLE: _TITLE,
}

_UNKNOWN = object()
PARTNER_PROXY = "law_enforcement"  # a category every partner cue lists


def _extra(key: Key) -> Any:
    if key.kind == CATEGORY:
        return key.head or None
    if key.kind == CASED:
        return key.forms
    if key.kind == CUE:
        return key.cue
    if key.kind in (NEAR_LEFT, NEAR_RIGHT):
        return (key.category, key.rule, key.window, key.ambiguous)
    if key.kind in (CUE_LEFT, CUE_RIGHT):
        return (key.cue, key.rule, key.window, key.reverse)
    if key.kind == TITLE:
        return key.rule  # 1: a heading frame, counted only as the entry's first word
    return None


class Resolver:
    """Turns one doc's PhraseMatcher output into `CategoryMatch`es."""

    def __init__(
        self,
        matcher,
        keys: dict[int, Key],
        exact: dict[str, set[str]],
        scope,
        entries: dict[str, dict[str, Any]],
        fuzzy_scores: dict[str, float],
        roles: RoleAttribution | None = None,
    ) -> None:
        self.matcher, self.context_matcher = matcher
        self.table: dict[int, tuple[int, Any, Any, bool]] = {
            mid: (_CODES[k.kind], k.category, _extra(k), k.ambiguous) for mid, k in keys.items()
        }
        self.exact = exact
        self.with_context = frozenset(k.category for k in keys.values() if k.kind == CONTEXT)
        self.scope = scope
        self.yields = {cid: tuple(e["weak_yields_to"]) for cid, e in entries.items() if e.get("weak_yields_to")}
        self.context_categories = {
            cid: tuple((e.get("senses") or {}).get("context_categories") or ()) for cid, e in entries.items()
        }
        self.sense_yields = {
            cid: tuple(e["senses"]["yields_to"])
            for cid, e in entries.items()
            if (e.get("senses") or {}).get("yields_to")
        }
        self.employers = frozenset(cid for cid, e in entries.items() if e.get("employer"))
        self.employer_frame = EmployerFrame(entries)
        # plural role nouns of a category: outside the title they are other people's roles
        self.others = {cid: frozenset(w.lower() for w in e["others"]) for cid, e in entries.items() if e.get("others")}
        # activity nouns of a category: someone else's when owned ("member states' investigations")
        self.activities = {
            cid: frozenset(w.lower() for w in e["activities"]) for cid, e in entries.items() if e.get("activities")
        }
        self.fuzzy_scores = fuzzy_scores
        self.roles = roles or RoleAttribution({})

    def __call__(self, doc, text: str) -> list[CategoryMatch]:
        found = self.matcher(doc)
        if not found:
            return []
        table = self.table
        hits: list[tuple] = []
        cues: list[tuple] = []
        pseudo: list[tuple[int, int]] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        near: dict[Any, tuple[list, list]] = {}
        pairs: dict[Any, tuple[list, list]] = {}
        context: dict[str, list[tuple[int, int]]] = {}
        titles: list[tuple[int, int]] = []
        for match_id, start, end in found:
            code, cid, extra, ambiguous = table[match_id]
            if code <= _CASED:
                hits.append((start, -end, code, cid, extra, ambiguous))
            elif code == _LEFT or code == _RIGHT:  # the most frequent kind: tested first
                sides = near.get(extra)
                if sides is None:
                    sides = near[extra] = ([], [])
                sides[code == _RIGHT].append((start, end))
            elif code == _CUE:
                cues.append((extra, start, end))
            elif code == _EXCLUDE:
                excluded.setdefault(cid, []).append((start, end))
            elif code == _PSEUDO:
                pseudo.append((start, end))
            elif code == _TITLE:
                titles.append((start, extra))
            else:
                pairs.setdefault(extra, ([], []))[code == _CRIGHT].append((start, end))
        if titles and title_frame(doc, text, titles, pseudo):
            return []
        for (cid, _, window, ambiguous), (lefts, rights) in near.items():
            if not rights or not lefts:
                continue  # most rules see one side only
            for l_start, r_end in near_pairs(doc, text, lefts, rights, window, self.scope.near_boundary):
                hits.append((l_start, -r_end, _NEAR, cid, None, ambiguous))
        for (cue, _, window, reverse), (lefts, rights) in pairs.items():
            cues.extend(
                (cue, l_start, r_end)
                for l_start, r_end in near_pairs(doc, text, lefts, rights, window, self.scope.near_boundary)
            )
            if reverse:  # "formation suivie", "course attended"
                cues.extend(
                    (cue, s, e) for s, e in near_pairs(doc, text, rights, lefts, reverse, self.scope.near_boundary)
                )
        if not hits:
            return []
        hits.sort()
        inner = self._inner(hits)
        prepared = self.scope.prepare(cues, pseudo) if cues else None
        exclusions = {cid: SpanIndex(spans) for cid, spans in excluded.items()}
        roles, employers, modified = self.roles, self.employers, self.roles.modified
        support: Any = _UNKNOWN  # "HR Assistant, <Fingerprint Bureau, X Police>": worked out on first need
        # category -> its first valid match per slot: (unambiguous, ambiguous) x (strong, weak)
        valid: dict[str, list[tuple[int, int, int] | None]] = {}
        for start, neg_end, code, cid, extra, ambiguous in hits:
            slots = valid.get(cid)
            slot = 2 * ambiguous + (code == _WEAK)
            if slots is not None and (slots[slot] is not None or slots[0] is not None):
                continue  # hits are in text order: the first of each kind is the evidence
            end = -neg_end
            if inner and (start, end, cid) in inner:
                continue
            if code == _CASED and self._text(doc, text, start, end) not in extra:
                continue
            if code == _HIT and extra and not self.employer_frame.holds(doc, text, start, end, cid, extra):
                continue
            if cid in self.others or cid in self.activities:
                said = self._text(doc, text, start, end).lower()
                if said in self.others.get(cid, ()) and other_people(doc, start):
                    continue
                acts = self.activities.get(cid, ())
                # the activity noun heads the match or ends it: "for drug supply investigations"
                if (said in acts or doc[start].lower_ in acts or doc[end - 1].lower_ in acts) and others_activity(
                    doc, start, end
                ):
                    continue
            if start < TITLE_SPAN and cid not in employers:
                if support is _UNKNOWN:
                    support = roles.employer_part(doc, text)
                if support is not None and support[0] <= start < support[1]:
                    continue  # a unit named after a support role is the employer, not the work
            if cid in modified and roles.foreign_compound(doc, start, end):
                continue  # "Airline Liaison Officer", "IT Service Desk Analyst"
            if cid in exclusions and exclusions[cid].overlaps(start, end):
                continue
            if prepared is not None and self.scope.cancelling_cue(doc, text, start, end, cid, prepared):
                continue
            # a partner's people or unit in another field: "worked alongside DNA analysts", "in coordination
            # with ... witness care units" (partner cues list the law-enforcement family; this extends them)
            if (
                prepared is not None
                and roles.partner_person(doc, start, end, cid)
                and self.scope.cancelling_cue(doc, text, start, end, PARTNER_PROXY, prepared)
            ):
                continue
            if slots is None:
                valid[cid] = slots = [None, None, None, None]
            slots[slot] = (start, end, code)
        # context words are only read for categories with an ambiguous match (senses.choose)
        needed = self.with_context.intersection(
            [cid for cid, slots in valid.items() if slots[2] is not None or slots[3] is not None]
        )
        if needed:
            # a word inside another sense's fixed compound is no context ("fingerprint unlock" for "biometric login")
            other_sense = SpanIndex([s for spans in excluded.values() for s in spans]) if excluded else None
            # only a frame cue can take a context word away: with none in the doc, none is looked for
            framed = prepared is not None and any(c.kind in FRAME_KINDS and not c.pair for c, _, _ in cues)
            for match_id, start, end in self.context_matcher(doc):  # ~25 per doc: no list made per call
                cid = table[match_id][1]
                if cid not in needed:
                    continue
                if other_sense is not None and other_sense.overlaps(start, end):
                    continue
                # a domain word in a negated, hypothetical or non-experience clause is not the candidate's
                # domain ("wrote press releases on joint operations"); a partner's or a pair's scope still is
                if framed:
                    cue = self.scope.cancelling_cue(doc, text, start, end, cid, prepared)
                    if cue is not None and cue.kind in FRAME_KINDS and not cue.pair:
                        continue
                spans = context.get(cid)
                if spans is None:
                    spans = context[cid] = []
                spans.append((start, end))
        chosen = choose(valid, context, self.context_categories, _WEAK)
        for cid, targets in self.sense_yields.items():
            slots = valid.get(cid)
            if cid in chosen and slots is not None and slots[0] is None and slots[1] is None:
                if any(other in chosen for other in targets):  # its only evidence is ambiguous
                    del chosen[cid]
        if self.yields:
            for cid in [c for c, (_, _, code) in chosen.items() if code == _WEAK and c in self.yields]:
                if any(other in chosen for other in self.yields[cid]):
                    del chosen[cid]
        items = sorted((s, cid, e, code == _NEAR) for cid, (s, e, code) in chosen.items())
        return category_matches(doc, text, items, self.exact, self.fuzzy_scores)

    def _inner(self, hits: list[tuple]) -> set[tuple[int, int, str]]:
        """Matches starting inside a longer phrase of another category: "investigator" in "crime
        scene investigator", "investigation" in "joint investigation teams", "Criminal
        Investigations" in a unit's name (an `employer` category's phrase: the unit is the
        employer, not the activity). Only ambiguous matches give way to any other category."""
        inner: set[tuple[int, int, str]] = set()
        employers = self.employers
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
                    and o_code != _NEAR
                    and o_start <= start < o_end
                    and (o_start < start or o_end > end)
                    and (ambiguous or o_cid in employers)
                ):
                    inner.add((start, end, cid))
                    break
                j -= 1
        return inner

    @staticmethod
    def _text(doc, text: str, start: int, end: int) -> str:
        last = doc[end - 1]
        return text[doc[start].idx : last.idx + len(last)]
