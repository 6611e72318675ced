"""Experience categories: the taxonomy and what each experience entry is about.

The taxonomy (rules/categories.yaml) is hierarchical: experience in a child counts
for its parent. An entry's categories are the ones it declares; an entry that
declares none has them inferred from its free text by a `Categorizer` (the NLP
component in `matcher.nlp`), loaded only when such an entry is actually looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, Sequence

import yaml

from .errors import InputError
from .reference import load_trusted_yaml, rules_dir

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
        return {"id": self.category, "span": [self.start, self.end], "match": self.text,
                "method": self.method, "confidence": round(self.confidence, 3)}


class Categorizer(Protocol):
    """Maps texts onto category matches (one list per text)."""

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]: ...


class Taxonomy:
    def __init__(self, data: dict[str, Any], source: str | None = None) -> None:
        self.source = source
        self.entries: dict[str, dict[str, Any]] = data["categories"]
        for cid, entry in self.entries.items():
            parent = entry.get("parent")
            if parent is not None and parent not in self.entries:
                raise ValueError(f"category {cid!r} has unknown parent {parent!r}")

    @classmethod
    def load(cls, path: Path | None = None) -> Taxonomy:
        path = path or rules_dir() / "categories.yaml"
        if not path.exists():  # a custom rules dir may not carry its own taxonomy
            path = Path(__file__).resolve().parent.parent / "rules" / "categories.yaml"
        try:
            return cls(load_trusted_yaml(path), str(path))
        except (yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # only a custom rules folder can bring a broken taxonomy: say so in one line
            raise InputError(f"invalid category taxonomy: {exc}".splitlines()[0], file=path) from None

    @property
    def ids(self) -> list[str]:
        return list(self.entries)

    def label(self, cid: str) -> str:
        return self.entries.get(cid, {}).get("label", cid)

    def ancestors(self, cid: str) -> list[str]:
        """The category and every parent above it."""
        chain = []
        while cid is not None and cid not in chain:
            chain.append(cid)
            cid = self.entries.get(cid, {}).get("parent")
        return chain

    def expand(self, ids: set[str] | list[str]) -> set[str]:
        return {a for cid in ids for a in self.ancestors(cid)}

    def phrases(self, cid: str, lang: str) -> list[str]:
        return list(self.entries[cid].get("phrases", {}).get(lang, []))


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


@dataclass
class EntryCategories:
    """What one experience entry is about, and why we think so."""

    ids: set[str] = field(default_factory=set)  # with ancestors
    matches: list[CategoryMatch] = field(default_factory=list)
    declared: bool = False
    determined: bool = True  # False: no declared categories and no text (or inference off)


def default_categorizer() -> Categorizer | None:
    """The spaCy-based categorizer, imported on first use; None if it is not available."""
    try:
        from .nlp import shared_categorizer
    except ImportError:
        return None
    return shared_categorizer()


def entry_text(entry: Any) -> str:
    """The free text an entry is categorized from: its title and description."""
    return ". ".join(part for part in (entry.title, entry.description) if part and part.strip())


def categorize_entries(entries: Sequence[Any], infer: bool,
                       categorizer: Categorizer | None = None) -> list[EntryCategories]:
    """Declared categories win; the rest are inferred in one batch if `infer` is on."""
    tax = taxonomy()
    results = [EntryCategories() for _ in entries]
    pending: list[int] = []
    for i, entry in enumerate(entries):
        if entry.categories:
            results[i] = EntryCategories(ids=tax.expand(entry.categories), declared=True,
                                         matches=[CategoryMatch(c, 0, 0, c, "declared", 1.0)
                                                  for c in entry.categories])
        elif infer and entry_text(entry):
            pending.append(i)
        else:
            results[i].determined = False
    if pending:
        categorizer = categorizer or default_categorizer()
        if categorizer is None:
            for i in pending:
                results[i].determined = False
        else:
            found = categorizer.categorize([entry_text(entries[i]) for i in pending])
            for i, matches in zip(pending, found):
                results[i] = EntryCategories(ids=tax.expand({m.category for m in matches}), matches=matches)
    return results
