"""A learned text classifier for the categories: one logistic regression per category over
the words, word pairs and character 4-grams of an entry (issue 13).

Trained on the gold labels of the pooled labelled sets by `classifier_training.py`, never on
the rules' output, so its errors are not the rules' errors. `second_opinion.py` combines it
with the rules. Measured, not shipped: README, "The learned text classifier" (leave-one-writer-out
it left round 8's F1 where it was). Features are binary and named: `w:<word>`, `b:<word>_<word>`, `c:<4 characters
of "<word>">` (the text lowercased and stripped of accents, one character for one, so offsets
are the text's), plus `bias`. Every feature but `bias` belongs to one or two tokens of the
text, so the words that carry a category can be shown: `evidence` is the token or token pair
whose features add the most to the category's score.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

WORD = re.compile(r"[^\W_]+")
CHAR_N = 4
BIAS = "bias"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1] or c
    return base.lower()[:1] or c


def fold(text: str) -> str:
    """`text` lowercased without accents, one character for each of its characters."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of `text`."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(fold(text))]


def token_features(word: str) -> list[str]:
    """The features a single word carries: itself and its character 4-grams (with boundaries)."""
    padded = "<" + word + ">"
    grams = {"c:" + padded[i : i + CHAR_N] for i in range(max(1, len(padded) - CHAR_N + 1))}
    return ["w:" + word, *sorted(grams)]


def features(text: str) -> set[str]:
    """The feature names of `text` (binary: each counted once)."""
    words = [w for _, _, w in tokens(text)]
    out = {BIAS}
    for w in words:
        out.update(token_features(w))
    out.update("b:" + a + "_" + b for a, b in zip(words, words[1:], strict=False))
    return out


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str
    weight: float  # what the span's features add to the category's logit


class TextClassifier:
    """Per-category weights: `weights[category][feature]`, a sparse logistic regression each."""

    def __init__(self, weights: dict[str, dict[str, float]], meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> TextClassifier:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], {k: v for k, v in data.items() if k != "weights"})

    @property
    def categories(self) -> list[str]:
        return list(self.weights)

    def probabilities(self, text: str) -> dict[str, float]:
        """p(category | text) for every category the classifier has."""
        feats = features(text)
        return {cid: sigmoid(sum(w.get(f, 0.0) for f in feats)) for cid, w in self.weights.items()}

    def evidence(self, text: str, cid: str) -> Evidence | None:
        """The token or adjacent token pair whose features add the most to `cid`'s logit (a pair's
        word-pair feature counted with it), or None when no span adds anything."""
        w = self.weights.get(cid, {})
        toks = tokens(text)
        single = [sum(w.get(f, 0.0) for f in token_features(word)) for _, _, word in toks]
        best: tuple[float, int, int] | None = None
        for i, score in enumerate(single):
            if best is None or score > best[0]:
                best = (score, i, i)
            if i + 1 < len(toks):
                pair = score + single[i + 1] + w.get("b:" + toks[i][2] + "_" + toks[i + 1][2], 0.0)
                if pair > best[0] and min(score, single[i + 1]) > 0:
                    best = (pair, i, i + 1)
        if best is None or best[0] <= 0:
            return None
        start, end = toks[best[1]][0], toks[best[2]][1]
        return Evidence(start, end, text[start:end], best[0])
