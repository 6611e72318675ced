"""From raw PhraseMatcher hits to evidence: the rules that decide what counts.

Per text, in this order:

1. the entry frame (entry_frames.py): a title naming a role that is not the work itself
   (student, journalist, novelist...), a course or thesis heading it, or a status in
   brackets ("(withdrawn)") means the entry gives no experience at all; a former role
   before the present one ("Former officer of X Police; since 2021 ...") gives none;
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
from .category_filter import Note
from .confidence import category_matches
from .entry_frames import ContractFrame, FormerRole, title_frame
from .evidence import inner_matches, span_text
from .frames import EmployerFrame
from .near import near_pairs
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
    OTHER,
    PSEUDO,
    TITLE,
    WEAK,
    Key,
)
from .roles import TITLE_SPAN, RoleAttribution, other_role, others_activity, role_modifier
from .sense_rules import SenseRules
from .senses import OtherSenses, choose
from .spans import SpanIndex

# Integer kinds; the first three are category evidence.
_HIT, _WEAK, _CASED, _NEAR, _CUE, _PSEUDO, _EXCLUDE, _LEFT, _RIGHT, _CONTEXT, _CLEFT, _CRIGHT, _TITLE, _OTHER = range(
    14
)
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
    OTHER: _OTHER,
}

_HOW = {_HIT: "hit", _WEAK: "weak", _CASED: "cased", _NEAR: "near"}
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
    if key.kind in (TITLE, OTHER):
        return key.rule  # 1: a heading frame (only as the entry's first word), 2: a status, 3: a status in brackets
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
        cue_data: dict[str, Any] | None = None,
    ) -> None:
        self.matcher, self.context_matcher = matcher
        self.table: dict[int, tuple[int, Any, Any, bool]] = {
            mid: (_CODES[k.kind], k.category, _extra(k), k.ambiguous) for mid, k in keys.items()
        }
        self.exact = exact
        self.with_context = frozenset(k.category for k in keys.values() if k.kind == CONTEXT)
        self.scope = scope
        self.employers = frozenset(cid for cid, e in entries.items() if e.get("employer"))
        self.senses = SenseRules(entries, self.employers)
        self.employer_frame = EmployerFrame(entries)
        self.employer_parent = {
            cid: body for cid in entries if (body := _employer_ancestor(cid, entries, self.employers))
        }
        # plural role nouns of a category: outside the title they are other people's roles
        self.others = {cid: frozenset(w.lower() for w in e["others"]) for cid, e in entries.items() if e.get("others")}
        # activity nouns of a category: someone else's when owned ("member states' investigations")
        self.activities = {
            cid: frozenset(w.lower() for w in e["activities"]) for cid, e in entries.items() if e.get("activities")
        }
        self.fuzzy_scores = fuzzy_scores
        self.roles = roles or RoleAttribution({})
        # entry frames and other senses, from the cue data
        cue_data = cue_data or {}
        self.former, self.contract, self.other_senses = (
            FormerRole(cue_data),
            ContractFrame(cue_data),
            OtherSenses(cue_data),
        )

    def __call__(
        self, doc, text: str, notes: dict[str, Note] | None = None, kinds: set[str] | None = None
    ) -> list[CategoryMatch]:
        """The matches of one doc; `notes` and `kinds`, when given, are filled with how each chosen
        category was found (category_filter.Note) and the kinds of the cues the text holds."""
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
        context: dict[str, list[tuple[int, int]]] = {}  # a category's context words, when a match needs them
        titles: list[tuple[int, int, int]] = []
        other: list[tuple[int, int, int]] = []
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
                if extra.kind != "partner" or not role_modifier(doc, end):  # "IT Support Technician"
                    cues.append((extra, start, end))
            elif code == _EXCLUDE:
                excluded.setdefault(cid, []).append((start, end))
            elif code == _PSEUDO:
                pseudo.append((start, end))
            elif code == _TITLE:
                titles.append((start, end, extra))
            elif code == _OTHER:
                other.append((start, end, extra))
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
        former = self.former.end(doc, text)  # "Former officer of X Police; since 2021 ...": a passing mention
        if former:
            hits = [h for h in hits if h[0] >= former]
        inner = inner_matches(hits, self.employers, _NEAR)
        prepared = self.scope.prepare(cues, pseudo) if cues else None
        exclusions = {cid: SpanIndex(spans) for cid, spans in excluded.items()}
        roles, employers, modified = self.roles, self.employers, self.roles.modified
        # a contractor's client ("ICT Consultant (contractor via Capgemini) to Europol") is not its employer
        client: Any = _UNKNOWN  # worked out on the first employer match
        senses = self.other_senses.near(doc, text, other) if other else None
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
            if code == _CASED and span_text(doc, text, start, end) not in extra:
                continue
            if code == _HIT and extra and not self.employer_frame.holds(doc, text, start, end, cid, extra):
                continue
            if cid in self.others or cid in self.activities:
                said = span_text(doc, text, start, end).lower()
                people = self.others.get(cid, ())
                if people and other_role(doc, start, end, said, people):
                    continue
                acts = self.activities.get(cid, ())
                # the activity noun heads the match or ends it: "for drug supply investigations"
                if (said in acts or doc[start].lower_ in acts or doc[end - 1].lower_ in acts) and others_activity(
                    doc, start, end
                ):
                    continue
            if cid in employers:
                if client is _UNKNOWN:
                    client = self.contract.holds(doc, text)
                if client:
                    continue
            if senses is not None and senses.covers(cid, start, end):
                continue  # "drafted policy wordings" by an underwriter, "delivered sessions to pupils"
            if start < TITLE_SPAN and cid not in employers:
                if support is _UNKNOWN:
                    support = roles.employer_part(doc, text)
                if support is not None and support[0] <= start < support[1] and cid not in roles.kept:
                    # a unit named after a support role is the employer, not the work; a law-enforcement
                    # unit still names a law-enforcement employer ("Greffière, service du renseignement territorial")
                    body = self.employer_parent.get(cid)
                    if body is not None and body not in valid and not self.contract.holds(doc, text):
                        valid[body] = [(start, end, code), None, None, None]
                    continue
            if cid in modified and roles.foreign_compound(doc, start, end, cid):
                continue  # "Airline Liaison Officer", "IT Service Desk Analyst", "Policy Analyst"
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
            near_spans = [(h[0], -h[1], h[3]) for h in hits if h[2] == _NEAR]
            context = self.senses.context(self, doc, text, excluded, cues, prepared, near_spans, needed)
        chosen = choose(valid, context, self.senses.context_categories, _WEAK)
        self.senses.settle(chosen, valid, doc, text, _WEAK)
        items = sorted((s, cid, e, code == _NEAR) for cid, (s, e, code) in chosen.items())
        if notes is not None:
            for cid, (s, e, code) in chosen.items():
                notes[cid] = (s, e, _HOW[code], (s, e, code) in valid[cid][2:])
        if kinds is not None:
            kinds.update(cue[0].kind for cue in cues)
        return category_matches(doc, text, items, self.exact, self.fuzzy_scores)


def _employer_ancestor(cid: str, entries: dict[str, dict[str, Any]], employers: frozenset[str]) -> str | None:
    """The nearest ancestor of `cid` that is an employer category (law_enforcement for intelligence)."""
    parent = entries[cid].get("parent")
    while parent and parent in entries:
        if parent in employers:
            return parent
        parent = entries[parent].get("parent")
    return None
