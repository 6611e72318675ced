"""What each experience entry is about: the categories it declares, or those a
`Categorizer` infers from its free text.

The engine never picks a categorizer itself: the caller passes one (the CLI and
`matcher.api` pass `matcher.nlp.lazy_categorizer()`, which imports spaCy only when an
entry without declared categories is actually looked at). Without one, such an entry's
categories are not determined, and requirements that need them are unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..reference.taxonomy import taxonomy


@dataclass(frozen=True)
class CategoryMatch:
    """One piece of free text that maps onto a category."""

    category: str
    start: int  # character offsets in the text
    end: int
    text: str  # the exact words matched
    method: str  # exact | lemma | fuzzy | declared
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.category,
            "span": [self.start, self.end],
            "match": self.text,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


class Categorizer(Protocol):
    """Maps texts onto category matches (one list per text).

    A categorizer may also have `unread_language(text) -> str | None`, the language of a
    text it has no phrases for: such an entry's categories are then unknown, never inferred.
    One that has `read(texts) -> list[Reading]` answers both questions with one language
    detection per text (detecting twice cost a 28,000-entry profile ~3 s)."""

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]: ...


@dataclass
class EntryCategories:
    """What one experience entry is about, and why we think so."""

    ids: set[str] = field(default_factory=set)  # with ancestors
    matches: list[CategoryMatch] = field(default_factory=list)
    declared: bool = False
    determined: bool = True  # False: no declared categories and no text (or inference off)
    language: str | None = None  # the text's language, when the categorizer cannot read it


# Per text: the language it is in when the categorizer cannot read it (then no matches), and its matches.
Reading = tuple[str | None, list[CategoryMatch]]


def read_texts(categorizer: Any, texts: Sequence[str]) -> list[Reading]:
    """`categorizer.read(texts)`, or the same answer from `unread_language` and `categorize`."""
    read = getattr(categorizer, "read", None)
    if read is not None:
        return list(read(texts))
    unread = getattr(categorizer, "unread_language", None)
    languages = [unread(text) if unread is not None else None for text in texts]
    readable = [text for text, lang in zip(texts, languages, strict=True) if lang is None]
    found = iter(categorizer.categorize(readable) if readable else [])
    return [(lang, []) if lang is not None else (None, next(found)) for lang in languages]


def entry_text(entry: Any) -> str:
    """The free text an entry is categorized from: its title and description."""
    return ". ".join(part for part in (entry.title, entry.description) if part and part.strip())


@dataclass
class SharedCategories:
    """One profile's entry categories, worked out by the first evaluation that needs them and
    reused by the others (`check` of a profile against every notice: the categories depend on
    the entries and the categorizer alone, and reading 28,000 texts again for each of four
    notices tripled such a check's time). One per profile and categorizer."""

    value: list[EntryCategories] | None = None


def categorize_entries(entries: Sequence[Any], categorizer: Categorizer | None) -> list[EntryCategories]:
    """Declared categories win; the rest are inferred in one batch by `categorizer`, if any."""
    tax = taxonomy()
    results = [EntryCategories() for _ in entries]
    pending: list[int] = []
    texts: list[str] = []
    for i, entry in enumerate(entries):
        if entry.categories:
            results[i] = EntryCategories(
                ids=tax.expand(entry.categories),
                declared=True,
                matches=[CategoryMatch(c, 0, 0, c, "declared", 1.0) for c in entry.categories],
            )
        elif categorizer is not None and (text := entry_text(entry)):
            pending.append(i)
            texts.append(text)
        else:
            results[i].determined = False
    if pending and categorizer is not None:
        readings = read_texts(categorizer, texts)
        for i, (lang, matches) in zip(pending, readings, strict=True):
            if lang is not None:
                results[i] = EntryCategories(determined=False, language=lang)
            else:
                results[i] = EntryCategories(ids=tax.expand({m.category for m in matches}), matches=matches)
    return results
