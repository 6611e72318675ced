"""Scoring the categorizer against the labelled corpus (tests/data/categories_corpus.jsonl).

Each corpus line: {"id", "text", "lang", "gold": [category ids], "split": "dev"|"test",
"note"}. Gold and predicted sets are both expanded with their ancestors (experience
in `fingerprints` is experience in `biometrics`), then counted per text and category:
a category predicted and in gold is a true positive, predicted only a false
positive, in gold only a false negative. Micro figures sum the counts over all
categories.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine.categories import Categorizer
from ..reference.taxonomy import Taxonomy
from ..reference.taxonomy import taxonomy as shipped_taxonomy


def load_corpus(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in (None, "all") or r["split"] == split]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_category: dict[str, Counts]
    micro: Counts
    errors: list[dict[str, Any]] = field(default_factory=list)  # rows with a FP or FN


def extensions_unused(rows: list[dict[str, Any]], tax: Taxonomy) -> set[str]:
    """Ids marked `extension` (not in DESIGN.md's table: biometric_matching, the categories
    of issue 14) that no gold label of `rows` uses. A set labelled with DESIGN.md's ids
    scores them as their parent, which every match carries anyway (ancestors are
    expanded), and leaves out a parentless one: it was never labelled there."""
    used = {g for row in rows for g in row["gold"]}
    return {cid for cid, entry in tax.entries.items() if entry.get("extension") and cid not in used}


def evaluate(
    rows: Iterable[dict[str, Any]], categorizer: Categorizer, tax: Taxonomy | None = None, use_lang: bool = False
) -> Report:
    """Score `categorizer` on `rows`; `use_lang` passes each row's language instead of detecting it."""
    tax = tax or shipped_taxonomy()
    rows = list(rows)
    if use_lang:
        found: list[list] = [[] for _ in rows]
        for lang in {r["lang"] for r in rows}:
            idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
            for i, matches in zip(idx, categorizer.categorize([rows[i]["text"] for i in idx], lang=lang), strict=True):
                found[i] = matches
    else:
        found = categorizer.categorize([r["text"] for r in rows])
    collapse = extensions_unused(rows, tax)
    per = {cid: Counts() for cid in tax.ids if cid not in collapse}
    micro = Counts()
    errors = []
    for row, matches in zip(rows, found, strict=True):
        gold = tax.expand(row["gold"])
        predicted = tax.expand({m.category for m in matches}) - collapse
        for cid in gold | predicted:
            counts = per.setdefault(cid, Counts())
            if cid in gold and cid in predicted:
                counts.tp += 1
                micro.tp += 1
            elif cid in predicted:
                counts.fp += 1
                micro.fp += 1
            else:
                counts.fn += 1
                micro.fn += 1
        if gold != predicted:
            errors.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "fp": sorted(predicted - gold),
                    "fn": sorted(gold - predicted),
                    "matches": [m.to_dict() for m in matches],
                }
            )
    return Report(per, micro, errors)


def format_report(report: Report, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'category':34s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for cid, c in report.per_category.items():
        lines.append(f"{cid:34s} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}")
    m = report.micro
    lines.append(f"{'micro':34s} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {m.tp:4d} {m.fp:4d} {m.fn:4d}")
    return "\n".join(lines)


class NaiveMatcher:
    """The baseline the resolver must beat: a category whose phrase (any language,
    lowercased) occurs in the lowercased text as whole words, and nothing else (no
    cues, senses, near pairs or exclusions)."""

    def __init__(self, tax: Taxonomy | None = None) -> None:
        import re

        tax = tax or shipped_taxonomy()
        self.patterns = []
        for cid, entry in tax.entries.items():
            phrases = [p for lang in ("en", "fr") for p in (entry.get("phrases") or {}).get(lang, [])]
            phrases += list(entry.get("case_sensitive") or [])
            alternatives = "|".join(re.escape(p.lower()) for p in sorted(set(phrases), key=len, reverse=True))
            if alternatives:
                self.patterns.append((cid, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")))

    def categorize(self, texts, lang=None) -> list[list]:
        from ..engine.categories import CategoryMatch

        out = []
        for text in texts:
            low = text.lower()
            found = []
            for cid, pattern in self.patterns:
                m = pattern.search(low)
                if m:
                    found.append(CategoryMatch(cid, m.start(), m.end(), text[m.start() : m.end()], "exact", 1.0))
            out.append(found)
        return out
