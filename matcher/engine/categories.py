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
    text it has no phrases for: such an entry's categories are then unknown, never inferred."""

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]: ...


@dataclass
class EntryCategories:
    """What one experience entry is about, and why we think so."""

    ids: set[str] = field(default_factory=set)  # with ancestors
    matches: list[CategoryMatch] = field(default_factory=list)
    declared: bool = False
    determined: bool = True  # False: no declared categories and no text (or inference off)
    language: str | None = None  # the text's language, when the categorizer cannot read it


def entry_text(entry: Any) -> str:
    """The free text an entry is categorized from: its title and description."""
    return ". ".join(part for part in (entry.title, entry.description) if part and part.strip())


def categorize_entries(entries: Sequence[Any], categorizer: Categorizer | None) -> list[EntryCategories]:
    """Declared categories win; the rest are inferred in one batch by `categorizer`, if any."""
    tax = taxonomy()
    results = [EntryCategories() for _ in entries]
    pending: list[int] = []
    unread = getattr(categorizer, "unread_language", None)
    for i, entry in enumerate(entries):
        if entry.categories:
            results[i] = EntryCategories(
                ids=tax.expand(entry.categories),
                declared=True,
                matches=[CategoryMatch(c, 0, 0, c, "declared", 1.0) for c in entry.categories],
            )
        elif categorizer is not None and entry_text(entry):
            lang = unread(entry_text(entry)) if unread is not None else None
            if lang is None:
                pending.append(i)
            else:
                results[i] = EntryCategories(determined=False, language=lang)
        else:
            results[i].determined = False
    if pending and categorizer is not None:
        found = categorizer.categorize([entry_text(entries[i]) for i in pending])
        for i, matches in zip(pending, found, strict=True):
            results[i] = EntryCategories(ids=tax.expand({m.category for m in matches}), matches=matches)
    return results
