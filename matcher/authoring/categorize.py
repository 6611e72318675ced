"""Experience categories named in a requirement sentence, via the taxonomy.

The NLP categorizer (`matcher.nlp.shared_categorizer`) maps a sentence onto
category ids; where it is not available, an exact lookup of the taxonomy's
phrases stands in so that drafting still works. Then three general rules:
examples ("including investigations and/or intelligence") do not restrict; a
phrase inside a longer phrase of another category is part of it, not a mention;
a parent and its sub-categories are either a specification ("biometrics (DNA,
facial recognition)": the sub-categories) or alternatives ("crime prevention or law
enforcement": the parent, which covers both); and categories that name a sector
(law enforcement) become `sector`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..engine.categories import Categorizer, CategoryMatch
from ..nlp import default_categorizer
from ..reference.taxonomy import taxonomy
from .patterns import Patterns, patterns


class PhraseCategorizer:
    """Whole-word, case-insensitive lookup of the taxonomy phrases (with a plural -s).

    Abbreviations in capitals (THB, SoM) match only when written in capitals or as listed.
    """

    def __init__(self) -> None:
        self.rules: list[tuple[str, re.Pattern[str], str]] = []
        tax = taxonomy()
        for cid in tax.ids:
            for lang, phrases in tax.entries[cid].get("phrases", {}).items():
                for phrase in phrases:
                    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase)]
                    body = r"[\s-]+".join(words) + r"(?:s|es)?"
                    cased = sum(ch.isupper() for ch in phrase) >= 2
                    pattern = re.compile(rf"(?<!\w){body}(?!\w)", 0 if cased else re.IGNORECASE)
                    self.rules.append((cid, pattern, lang))
                    if cased:
                        self.rules.append((cid, re.compile(rf"(?<!\w){body.upper()}(?!\w)"), lang))

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]:
        out = []
        for text in texts:
            found = [
                CategoryMatch(cid, m.start(), m.end(), m.group(0), "exact", 1.0)
                for cid, pattern, phrase_lang in self.rules
                if lang in (None, phrase_lang)
                for m in pattern.finditer(text)
            ]
            out.append(sorted(found, key=lambda m: m.start))
        return out


@lru_cache(maxsize=1)
def categorizer() -> tuple[Categorizer, str]:
    """(the categorizer to use, its name for reports)."""
    try:
        nlp = default_categorizer()
    except Exception:  # a broken or partial NLP install must not stop drafting
        nlp = None
    if nlp is not None:
        return nlp, "nlp"
    return PhraseCategorizer(), "phrases"


@dataclass
class Found:
    categories: list[str] = field(default_factory=list)
    sector: list[str] = field(default_factory=list)
    matches: list[CategoryMatch] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)  # fuzzy / low-confidence matches


def _mask_examples(text: str, pats: Patterns) -> str:
    """Blank out "including ..." up to the end of its clause, keeping offsets."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    pattern = re.compile(rf"(?:{pats.illustrative.pattern})[^;.:]*", re.IGNORECASE)
    return pattern.sub(blank, text)


def _specified(parent: CategoryMatch, child: CategoryMatch, text: str) -> bool:
    """True when `child` is named in brackets right after `parent`: "biometrics (DNA, ...)"."""
    opening = text.find("(", parent.end)
    return (
        opening >= 0
        and not text[parent.end : opening].strip()
        and child.start > opening
        and ")" not in text[opening : child.start]
    )


def _kept(ids: list[str], matches: list[CategoryMatch], text: str, tax) -> list[str]:
    """A parent named with sub-categories in brackets after it is specified by them (keep the
    children); otherwise a sub-category named beside its parent is one of the alternatives
    the parent already covers ("crime prevention ... or law enforcement": keep the parent)."""

    def specified(parent: str, child: str) -> bool:
        return any(
            _specified(p, c, text) for p in matches if p.category == parent for c in matches if c.category == child
        )

    parents = {p for p in ids if any(p != c and p in tax.ancestors(c) and specified(p, c) for c in ids)}
    remaining = [c for c in ids if c not in parents]
    return [c for c in remaining if not any(a != c and a in remaining for a in tax.ancestors(c))]


# The words that qualify "experience" in a requirement ("ten years of police experience"): in a
# notice they name the field asked for, although in a CV the categorizer reads "of police" as
# something the police owns ("a review of police files").
_MODIFIED = re.compile(r"\b((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)\s+(?:experience|background)\b", re.IGNORECASE)


def _modifier_matches(text: str, matches: list[CategoryMatch], lang: str) -> list[CategoryMatch]:
    """Taxonomy phrases in the words right before "experience" that the categorizer did not read,
    each as an exact match at its place in the text."""
    if lang != "en":
        return []
    found = {m.category for m in matches}
    out = []
    for span in _MODIFIED.finditer(text):
        for m in _phrases().categorize([span.group(1)], lang="en")[0]:
            if m.category not in found:
                found.add(m.category)
                start = span.start(1) + m.start
                out.append(CategoryMatch(m.category, start, start + len(m.text), m.text, "exact", 1.0))
    return out


@lru_cache(maxsize=1)
def _phrases() -> PhraseCategorizer:
    return PhraseCategorizer()


def sentence_categories(text: str, lang: str, pats: Patterns | None = None) -> Found:
    """The categories (and sectors) a requirement sentence asks experience in."""
    pats = pats or patterns()
    nlp, _ = categorizer()
    masked = _mask_examples(text, pats)
    try:
        matches = nlp.categorize([masked], lang=lang)[0]
    except Exception:  # a broken or partial NLP install must not stop drafting
        matches = PhraseCategorizer().categorize([masked], lang=lang)[0]
    matches += _modifier_matches(masked, matches, lang)
    # "police" inside "international police co-operation" is part of the longer phrase, not a mention
    matches = [
        m
        for m in matches
        if not any(
            o.category != m.category and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in matches
        )
    ]
    tax = taxonomy()
    ids = list(dict.fromkeys(m.category for m in sorted(matches, key=lambda m: m.start)))
    kept = _kept(ids, matches, masked, tax)
    found = Found(matches=matches)
    for cid in kept:
        (found.sector if cid in pats.sector_categories else found.categories).append(cid)
    found.uncertain = [f"'{m.text}' -> {m.category} ({m.method})" for m in matches if m.confidence < 0.85]
    return found
