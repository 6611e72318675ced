"""The learned category filter: a logistic regression that would keep or drop each category
the rules found in one entry (issue 13). Measured, not shipped: see README, "The learned
category filter" (leave-one-writer-out, it changed no category of round 7).

The resolver (resolve.py) proposes the categories with their evidence; a filter could only
remove some of them. Weights are data, written by `scripts/train_category_filter.py` from
the pooled labelled sets, which the file names. Each candidate (entry, category) is
described by named binary features (`features`): the category, how its evidence was found
(a phrase hit, a weak word, a case-sensitive form, a `near` pair; an ambiguous head kept by
its context), the words of the evidence, the lemmas of its clause (uni- and bigrams) and of
the entry's title line, the kinds of the cues the entry holds (negation, hypothetical,
partner...: cues that did not cancel it), the language, whether a law-enforcement employer
was found, the other categories found and the entry's length. p(keep) = sigmoid(sum of the
weights of its features, "bias" included); the category is dropped when p(keep) < threshold,
and `Decision.explain` names the features that pulled it down most.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLAUSE_ENDS = frozenset(".;:!?\u2022")
TITLE_ENDS = frozenset(".!?\u2022")
REACH = 25  # most tokens read on each side of the evidence (a bounded cost per match)
TITLE_TOKENS = 30
EMPLOYER = "law_enforcement"

# What the resolver says about each chosen category (Resolver.explained):
# (first token, end token, how: "hit" | "weak" | "cased" | "near", ambiguous head kept by its context)
Note = tuple[int, int, str, bool]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _ends(token) -> bool:
    return "\n" in token.text or (len(token.text) == 1 and token.text in CLAUSE_ENDS)


def _words(tokens) -> list[str]:
    return [t.norm_ for t in tokens if t.is_alpha]


def title_end(doc) -> int:
    """The token that ends the entry's title line (its first line or sentence)."""
    for i, token in enumerate(doc[:TITLE_TOKENS]):
        if "\n" in token.text or (len(token.text) == 1 and token.text in TITLE_ENDS):
            return i
    return min(len(doc), TITLE_TOKENS)


def clause(doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the clause around [start, end), at most REACH on each side."""
    lo = start
    while lo > 0 and start - lo < REACH and not _ends(doc[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(doc) and hi - end < REACH and not _ends(doc[hi]):
        hi += 1
    return lo, hi


def features(doc, lang: str, notes: dict[str, Note], cue_kinds: frozenset[str]) -> dict[str, list[str]]:
    """The named features of each category the resolver chose in `doc`."""
    found = frozenset(notes)
    employer = "1" if EMPLOYER in found else "0"
    length = _bucket(len(doc), (12, 30, 70))
    title_stop = title_end(doc)
    title = sorted(set(_words(doc[:title_stop])))
    out: dict[str, list[str]] = {}
    for cid, (start, end, how, ambiguous) in notes.items():
        c = f"{cid}|"
        evidence = "_".join(_words(doc[start:end])) or doc[start:end].text.lower()
        lo, hi = clause(doc, start, end)
        around = _words(doc[lo:start]) + ["<E>"] + _words(doc[end:hi])
        feats = [
            "bias",
            c + "cat",
            c + "how=" + how,
            c + "ev=" + evidence,
            c + "lang=" + lang,
            c + "employer=" + (employer if cid != EMPLOYER else "self"),
            c + "in_title=" + ("1" if start < title_stop else "0"),
            "length=" + length,
            c + "length=" + length,
            "found=" + str(min(len(found), 4)),
        ]
        if ambiguous:
            feats.append(c + "ambiguous")
        feats += [c + "cue=" + kind for kind in sorted(cue_kinds)]
        feats += [c + "with=" + other for other in sorted(found - {cid})]
        words = sorted(set(around) - {"<E>"})
        feats += ["w=" + w for w in words]
        feats += [c + "w=" + w for w in words]
        feats += sorted({c + "b=" + a + "_" + b for a, b in zip(around, around[1:], strict=False)})
        feats += [c + "t=" + w for w in title]
        out[cid] = feats
    return out


@dataclass(frozen=True)
class Decision:
    category: str
    p_keep: float
    kept: bool
    reasons: tuple[tuple[str, float], ...]  # the features that pulled p(keep) down most, with their weights

    def explain(self) -> str:
        strongest = ", ".join(f"{name} ({weight:+.2f})" for name, weight in self.reasons)
        return f"kept out by the learned filter (p(keep) {self.p_keep:.2f}): strongest features {strongest}"


class CategoryFilter:
    """Weights and threshold of one trained filter."""

    def __init__(self, weights: dict[str, float], threshold: float, meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> CategoryFilter:
        return cls.load_text(path.read_text(encoding="utf-8"))

    @classmethod
    def load_text(cls, text: str) -> CategoryFilter:
        """A filter from the JSON text scripts/train_category_filter.py writes."""
        data = json.loads(text)
        return cls(data["weights"], data["threshold"], {k: v for k, v in data.items() if k != "weights"})

    def decide(self, cid: str, feats: list[str], top: int = 3) -> Decision:
        """Keep or drop `cid`, given its features; the `top` features with the most negative weights are the reasons."""
        w = self.weights
        parts = [(f, w[f]) for f in dict.fromkeys(feats) if f in w]
        z = sum(v for _, v in parts)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        reasons = tuple(sorted((x for x in parts if x[1] < 0), key=lambda x: x[1])[:top])
        return Decision(cid, p, p >= self.threshold, reasons)
