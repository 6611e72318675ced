"""Free text -> requirement categories (spaCy blank pipelines + lookup lemmas).

Importing this package is cheap: spaCy is imported when the first categorizer is
built. `shared_categorizer()` is the one instance the engine and CLI use, so each
language's pipeline is built once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.categories import CategoryMatch, Reading
    from .categorizer import SpacyCategorizer

_shared: SpacyCategorizer | None = None


def shared_categorizer() -> SpacyCategorizer:
    """The process-wide categorizer (pipelines are built lazily, per language)."""
    global _shared
    if _shared is None:
        from .categorizer import SpacyCategorizer

        _shared = SpacyCategorizer()
    return _shared


def default_categorizer() -> SpacyCategorizer | None:
    """The shared categorizer, or None where spaCy cannot be imported."""
    try:
        return shared_categorizer()
    except ImportError:
        return None


class LazyCategorizer:
    """A `Categorizer` that builds the shared one on its first call, so a check whose
    entries all declare their categories never imports spaCy."""

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]:
        real = default_categorizer()
        return real.categorize(texts, lang) if real is not None else [[] for _ in texts]

    def read(self, texts: Sequence[str]) -> list[Reading]:
        """Like SpacyCategorizer.read; spaCy is only loaded when a text is in a language it reads."""
        from .language import text_languages, unread_code

        languages = text_languages(texts, _build_models)
        unread = [unread_code(lang) for lang in languages]
        found: list[list[CategoryMatch]] = [[] for _ in texts]
        if any(lang is not None and code is None for lang, code in zip(languages, unread, strict=True)):
            real = default_categorizer()
            if real is not None:
                found = real.categorize_in(texts, languages)
        return list(zip(unread, found, strict=True))

    def unread_language(self, text: str) -> str | None:
        from .language import unread_language  # no spaCy needed to tell a text's language

        return unread_language(text)


def _build_models(languages: set[str]) -> None:
    real = default_categorizer()
    if real is not None:
        real.build_models(languages)


def lazy_categorizer() -> LazyCategorizer:
    return LazyCategorizer()


__all__ = ["LazyCategorizer", "default_categorizer", "lazy_categorizer", "shared_categorizer"]
