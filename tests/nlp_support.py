"""Shared by the NLP tests: the category ids found in one text."""

from __future__ import annotations


def ids(cat, text: str, lang: str | None = None) -> set[str]:
    return {m.category for m in cat.categorize([text], lang=lang)[0]}
