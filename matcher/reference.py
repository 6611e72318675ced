"""Where the rules and their shared data files live, and cached access to them.

Shipped data is trusted (it is part of the project), so it is read with PyYAML's
fast C loader; user files go through `matcher.loading` instead.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Data files that sit beside the notice rules but are not rules files themselves.
NON_RULES_FILES = {"categories.yaml"}


def rules_dir() -> Path:
    """$MATCHER_RULES_DIR, else the `rules/` folder of this checkout."""
    env = os.environ.get("MATCHER_RULES_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "rules"


def data_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "rules" / "data"


def discover_rules(directory: Path | None = None) -> list[Path]:
    """The notice rules files directly under `directory` (default: rules_dir())."""
    directory = directory or rules_dir()
    return sorted(p for p in directory.glob("*.y*ml") if p.name not in NON_RULES_FILES)


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """A shipped data file by name, e.g. load_data('regions') -> rules/data/regions.yaml."""
    return load_trusted_yaml(data_dir() / f"{name}.yaml")


def load_trusted_yaml(path: Path) -> Any:
    """Parse a shipped YAML file, through a JSON cache beside it (like .pyc files).

    Parsing the country and region tables costs more than the rest of a `check`;
    `json` reads the same data several times faster. The cache is keyed by the
    file's size and modification time, is JSON (never pickle: loading it cannot run
    code), and is only written when the data survives a JSON round trip unchanged
    (no dates, no integer keys). A cache that cannot be read or written is ignored.
    """
    stat = path.stat()
    cache = path.parent / "__pycache__" / f"{path.name}.{stat.st_size}.{stat.st_mtime_ns}.json"
    try:
        return json.loads(cache.read_bytes())
    except (OSError, ValueError):
        pass
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    _write_cache(cache, path.name, data)
    return data


def _write_cache(cache: Path, name: str, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:
            return
        cache.parent.mkdir(exist_ok=True)
        for stale in cache.parent.glob(f"{name}.*.json"):
            stale.unlink(missing_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, cache)
    except (OSError, TypeError, ValueError):
        pass


def countries() -> dict[str, dict[str, Any]]:
    return load_data("countries")["countries"]


def regions() -> dict[str, dict[str, Any]]:
    return load_data("regions")["regions"]


@lru_cache(maxsize=None)
def member_countries(name: str = "interpol_members") -> frozenset[str]:
    """The country codes of a member-country list in rules/data/ (e.g. INTERPOL's)."""
    return frozenset(load_data(name)["members"])


def languages() -> dict[str, dict[str, Any]]:
    return load_data("languages")["languages"]


def language_name(code: str) -> str:
    return languages().get(code, {}).get("name", code)


def country_name(code: str) -> str:
    return countries().get(code, {}).get("name", code)


@lru_cache(maxsize=1)
def language_levels() -> list[tuple[str, str]]:
    """(phrase, CEFR level) pairs, longest phrase first so the most specific wins."""
    table = load_data("language_levels")["phrases"]
    return sorted(((phrase.lower(), level) for phrase, level in table.items()), key=lambda x: -len(x[0]))


def level_for_wording(wording: str) -> str | None:
    """The minimum CEFR level that a notice's wording ('professional fluency') means."""
    text = " ".join(wording.lower().split())
    for phrase, level in language_levels():
        if phrase in text:
            return level
    return None
