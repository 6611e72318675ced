"""The rules' categories with a learned second opinion (text_classifier.py; issue 13).
Measured by bench/eval_category_classifier.py, not used by `categorize` (README, "The learned
text classifier").

Two moves, each allowed per category only where leave-one-writer-out on the training sets
showed it paying (classifier_training.select):

- veto: a category the rules found is dropped when the classifier gives it p < veto[category];
- add: a category the rules missed (nor any of its descendants) is added when p >= add[category]
  and an evidence span can be shown: the token or token pair adding at least EVIDENCE_MIN to
  its logit (`TextClassifier.evidence`). The match is that span, method "learned", confidence p.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..engine.categories import CategoryMatch
from ..reference.taxonomy import Taxonomy
from .text_classifier import TextClassifier

EVIDENCE_MIN = 1.0
METHOD = "learned"


@dataclass(frozen=True)
class Settings:
    veto: dict[str, float] = field(default_factory=dict)  # category -> drop a rule hit below this p
    add: dict[str, float] = field(default_factory=dict)  # category -> add a missed one at or above this p


def _depth(tax: Taxonomy, cid: str) -> int:
    depth, parent = 0, tax.entries[cid].get("parent")
    while parent:
        depth, parent = depth + 1, tax.entries[parent].get("parent")
    return depth


def combine(
    text: str, matches: Sequence[CategoryMatch], clf: TextClassifier, settings: Settings, tax: Taxonomy
) -> list[CategoryMatch]:
    """`matches` (the rules' on `text`) after the classifier's vetoes and additions."""
    if not settings.veto and not settings.add:
        return list(matches)
    probs = clf.probabilities(text)
    kept = [m for m in matches if probs.get(m.category, 1.0) >= settings.veto.get(m.category, 0.0)]
    have = tax.expand({m.category for m in kept})
    # Deepest first: an added child already implies its parent.
    for cid in sorted(settings.add, key=lambda c: (-_depth(tax, c), c)):
        if cid in have or probs.get(cid, 0.0) < settings.add[cid]:
            continue
        ev = clf.evidence(text, cid)
        if ev is None or ev.weight < EVIDENCE_MIN:
            continue
        kept.append(CategoryMatch(cid, ev.start, ev.end, ev.text, METHOD, probs[cid]))
        have = tax.expand({m.category for m in kept})
    return kept
