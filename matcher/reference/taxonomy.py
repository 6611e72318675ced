"""The category taxonomy (reference/data/categories.yaml): hierarchical ids with
labels and English and French phrases. Experience in a child counts for its parent.

A rules folder may bring its own `categories.yaml`; otherwise the shipped one is used.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from . import data_path, load_trusted_yaml, rules_dir


class Taxonomy:
    def __init__(self, data: dict[str, Any], source: str | None = None) -> None:
        self.source = source
        self.entries: dict[str, dict[str, Any]] = data["categories"]
        self._ancestors: dict[str, tuple[str, ...]] = {}  # asked once per entry and requirement
        for cid, entry in self.entries.items():
            parent = entry.get("parent")
            if parent is not None and parent not in self.entries:
                raise ValueError(f"category {cid!r} has unknown parent {parent!r}")

    @classmethod
    def load(cls, path: Path | None = None) -> Taxonomy:
        path = path or rules_dir() / "categories.yaml"
        if not path.exists():  # a custom rules dir may not carry its own taxonomy
            path = data_path("categories")
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
        known = self._ancestors.get(cid)
        if known is None:
            chain: list[str] = []
            here: str | None = cid
            while here is not None and here not in chain:
                chain.append(here)
                here = self.entries.get(here, {}).get("parent")
            known = self._ancestors[cid] = tuple(chain)
        return list(known)

    def expand(self, ids: set[str] | list[str]) -> set[str]:
        return {a for cid in ids for a in self.ancestors(cid)}

    def phrases(self, cid: str, lang: str) -> list[str]:
        return list(self.entries[cid].get("phrases", {}).get(lang, []))


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy.load()
