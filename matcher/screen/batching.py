"""NLP batched across profiles: `categorize()` calls (`nlp.pipe`) of bounded size per group.

The engine categorizes one profile's entries at a time. In a batch that would be one
small spaCy call per profile; instead the worker tells a `ChunkCategorizer` every
text of the chunk that may need categorizing, and the first time the engine asks
about any of them, all of them are categorized in one call. Nothing is computed
when the rules never look at categories, and spaCy is not even imported then.
Each call gets at most BATCH_TEXTS texts and BATCH_CHARS characters, so a group of
huge profiles costs the memory of one batch, not of all their texts at once.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..engine.categories import Categorizer, CategoryMatch, Reading, entry_text, read_texts
from ..nlp import default_categorizer


@lru_cache(maxsize=1)
def nlp_available() -> bool:
    """Whether the NLP package is installed (checked without importing spaCy)."""
    return importlib.util.find_spec("matcher.nlp") is not None


BATCH_TEXTS = 256
BATCH_CHARS = 200_000


def bounded_batches(
    texts: Sequence[str], max_texts: int = BATCH_TEXTS, max_chars: int = BATCH_CHARS
) -> list[list[str]]:
    """`texts` cut into consecutive batches of at most `max_texts` texts and (unless a
    single text is longer) `max_chars` characters."""
    batches: list[list[str]] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) >= max_texts or size + len(text) > max_chars):
            batches.append(batch)
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        batches.append(batch)
    return batches


class ChunkCategorizer:
    """Serves categories for a chunk of profiles from one batched call."""

    def __init__(self, texts: Sequence[str], real: Categorizer | None = None) -> None:
        self._pending = list(dict.fromkeys(t for t in texts if t))
        self._cache: dict[str, Reading] = {}
        self._real = real

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]:
        if lang is not None:  # a language forced by the caller: not what the batch computed
            return self.real.categorize(texts, lang)
        return [matches for _, matches in self.read(texts)]

    def read(self, texts: Sequence[str]) -> list[Reading]:
        """Per text, its unread language or its matches (engine.categories.Reading), as `check` gets them."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            todo = list(dict.fromkeys(self._pending + missing))
            self._pending = []
            for batch in bounded_batches(todo):
                for text, reading in zip(batch, read_texts(self.real, batch), strict=True):
                    self._cache[text] = reading
        return [self._cache[t] for t in texts]

    @property
    def real(self) -> Categorizer:
        if self._real is None:
            real = default_categorizer()
            if real is None:  # installed (chunk_categorizer checked) but spaCy would not import
                raise ImportError("the NLP categorizer could not be loaded")
            self._real = real
        return self._real


def texts_to_categorize(profiles: Sequence[Any], infer: bool) -> list[str]:
    """The free texts the engine may categorize: entries with no declared categories."""
    if not infer:
        return []
    return [
        entry_text(entry)
        for profile in profiles
        if profile.infer_categories
        for entry in profile.experience
        if not entry.categories and entry_text(entry)
    ]


def chunk_categorizer(profiles: Sequence[Any], infer: bool) -> ChunkCategorizer | None:
    """A batching categorizer for these profiles, or None when there is no NLP
    (the engine then reports categories it cannot tell as unknown)."""
    if not infer or not nlp_available():
        return None
    return ChunkCategorizer(texts_to_categorize(profiles, infer))
