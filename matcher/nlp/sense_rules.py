"""Sense rules of the taxonomy: which context words count, and which category gives way.

- Context words (senses.context of a category) are collected once per doc, only when an
  ambiguous match needs them. A word inside another sense's fixed compound is no context
  ("fingerprint unlock" for "biometric login"); nor is a word in a negated, hypothetical or
  non-experience clause ("wrote press releases on joint operations"); nor, for an activity
  category a cue lists, a partner's word ("ateliers de prévention ..., en lien avec la police
  municipale": the partner's police is no police context for crime prevention; it still
  tells an employer's acronym's sense: "NCB Rome ... requests from foreign police"); nor a
  word inside an event organised, for a category with `context_not_inside` ("organised the
  annual Heads of NCB conference").
- A category found only by ambiguous matches gives way to its `yields_to` categories, and
  to its `yields_outside_title` ones when its evidence is outside the entry's title; a
  category matched only by weak words yields to its `weak_yields_to` categories.
"""

from __future__ import annotations

from typing import Any

from .frames import title_end
from .negation import FRAME_KINDS
from .spans import SpanIndex


def _table(entries: dict[str, dict[str, Any]], key: str) -> dict[str, tuple[str, ...]]:
    return {cid: tuple(e["senses"][key]) for cid, e in entries.items() if (e.get("senses") or {}).get(key)}


class SenseRules:
    """The taxonomy's sense tables, and the two steps that read them."""

    def __init__(self, entries: dict[str, dict[str, Any]], employers: frozenset[str]) -> None:
        self.employers = employers
        self.yields = {cid: tuple(e["weak_yields_to"]) for cid, e in entries.items() if e.get("weak_yields_to")}
        self.context_categories = {
            cid: tuple((e.get("senses") or {}).get("context_categories") or ()) for cid, e in entries.items()
        }
        self.context_outside = {cid: frozenset(cats) for cid, cats in _table(entries, "context_not_inside").items()}
        self.event_categories = frozenset(c for cats in self.context_outside.values() for c in cats)
        self.sense_yields = _table(entries, "yields_to")
        self.title_yields = _table(entries, "yields_outside_title")

    def context(self, resolver, doc, text: str, excluded, cues, prepared, near_spans, needed) -> dict[str, list]:
        """The context words in the doc (token spans) of the `needed` categories (those with an
        ambiguous match), see the module docstring."""
        context: dict[str, list[tuple[int, int]]] = {}
        table, scope, employers = resolver.table, resolver.scope, self.employers
        other_sense = SpanIndex([s for spans in excluded.values() for s in spans]) if excluded else None
        # only a frame cue, or a cue limited to some categories, can take a context word away: with
        # none in the doc, none is looked for
        framed = prepared is not None and any(
            (c.kind in FRAME_KINDS and not c.pair) or c.categories for c, _, _ in cues
        )
        events = SpanIndex([(s, e) for s, e, cid in near_spans if cid in self.event_categories])
        for match_id, start, end in resolver.context_matcher(doc):  # ~25 per doc: no list made per call
            cid = table[match_id][1]
            if cid not in needed:
                continue
            if other_sense is not None and other_sense.overlaps(start, end):
                continue
            if cid in self.context_outside and events.starts and events.covers(start, end):
                continue
            if framed:
                cue = scope.cancelling_cue(doc, text, start, end, cid, prepared)
                if cue is not None and (
                    (cue.kind in FRAME_KINDS and not cue.pair) or (cue.categories and cid not in employers)
                ):
                    continue
            spans = context.get(cid)
            if spans is None:
                spans = context[cid] = []
            spans.append((start, end))
        return context

    def settle(
        self, chosen: dict[str, tuple[int, int, int]], valid: dict[str, list], doc, text: str, weak: int
    ) -> None:
        """Drop, in place, the chosen categories that give way to another one."""
        for cid, targets in self.sense_yields.items():
            slots = valid.get(cid)
            if cid in chosen and slots is not None and slots[0] is None and slots[1] is None:
                if any(other in chosen for other in targets):  # its only evidence is ambiguous
                    del chosen[cid]
                elif cid in self.title_yields and any(o in chosen for o in self.title_yields[cid]):
                    if doc[chosen[cid][0]].idx >= title_end(text):  # "CI officer ... ran insider-threat investigations"
                        del chosen[cid]
        if self.yields:
            for cid in [c for c, (_, _, code) in chosen.items() if code == weak and c in self.yields]:
                if any(other in chosen for other in self.yields[cid]):
                    del chosen[cid]
