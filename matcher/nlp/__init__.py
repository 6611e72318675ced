"""Free text -> requirement categories (spaCy blank pipelines + lookup lemmas).

Importing this package is cheap: spaCy is imported when the first categorizer is
built. `shared_categorizer()` is the one instance the engine and CLI use, so each
language's pipeline is built once per process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .categorizer import SpacyCategorizer

_shared: "SpacyCategorizer | None" = None


def shared_categorizer() -> "SpacyCategorizer":
    """The process-wide categorizer (pipelines are built lazily, per language)."""
    global _shared
    if _shared is None:
        from .categorizer import SpacyCategorizer

        _shared = SpacyCategorizer()
    return _shared


__all__ = ["shared_categorizer"]
