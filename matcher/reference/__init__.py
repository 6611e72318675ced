"""Reference data (countries, regions, languages, member lists, levels, the category
taxonomy) and where the notices' rules files are found.

Data files are package data, read with `importlib.resources` from the `data/` folder
of the package that uses them (`matcher/reference/data/`, `matcher/nlp/data/`, ...).
Shipped data is trusted (it is part of the project), so it is read with PyYAML's
fast C loader; user files go through `matcher.files.documents` instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Data files that may sit beside the notice rules but are not rules files themselves.
NON_RULES_FILES = {"categories.yaml"}
_CHECKOUT = Path(__file__).resolve().parents[2]


def shipped_dir(name: str) -> Path:
    """The shipped `rules` or `profiles` folder: copied into the wheel as
    `matcher/examples/<name>`, or the checkout's own folder in a development install."""
    packaged = Path(str(resources.files("matcher"))) / "examples" / name
    return packaged if packaged.is_dir() else _CHECKOUT / name


def rules_dir() -> Path:
    """Where notices are discovered: $MATCHER_RULES_DIR, else `./rules` when the
    current folder has rules files there, else the notices shipped with matcher."""
    env = os.environ.get("MATCHER_RULES_DIR")
    if env:
        return Path(env)
    local = Path("rules")
    if local.is_dir() and discover_rules(local):
        return local
    return shipped_dir("rules")


def data_path(name: str, package: str = __name__) -> Path:
    """A data file shipped in `package`'s data folder, e.g. data_path('regions')."""
    return Path(str(resources.files(package))) / "data" / f"{name}.yaml"


def discover_rules(directory: Path | None = None) -> list[Path]:
    """The notice rules files directly under `directory` (default: rules_dir())."""
    directory = directory or rules_dir()
    return sorted(
        p
        for p in directory.glob("*.y*ml")  # <notice>.expected.yaml: evaluation data, not rules
        if p.name not in NON_RULES_FILES and not p.name.endswith(".expected.yaml")
    )


@cache
def load_data(name: str, package: str = __name__) -> Any:
    """A shipped data file by name, e.g. load_data('regions') -> reference/data/regions.yaml."""
    return load_trusted_yaml(data_path(name, package))


def cache_dir() -> Path:
    """The user's cache folder for parsed data ($MATCHER_CACHE_DIR, else the platform's)."""
    env = os.environ.get("MATCHER_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "matcher"


def load_trusted_yaml(path: Path) -> Any:
    """Parse a shipped YAML file, through a JSON cache in the user's cache folder.

    Parsing the country and region tables costs more than the rest of a `check`;
    `json` reads the same data several times faster. The cache is keyed by the
    file's path, size and modification time, is JSON (never pickle: loading it cannot
    run code), and is only written when the data survives a JSON round trip unchanged
    (no dates, no integer keys). Nothing is written beside the data: an installed
    package and a checkout stay as they are. A cache that cannot be read or written
    is ignored.

    The name holds one hash of the source path and one of its size and time: a new
    version of a file replaces its own stale entry only, so two installations (or
    checkouts) sharing the user's cache folder do not evict each other's entries.
    """
    stat = path.stat()
    where = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    version = hashlib.sha256(f"{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    cache = cache_dir() / f"{path.stem}.{where}.{version}.json"
    try:
        return json.loads(cache.read_bytes())
    except (OSError, ValueError, RecursionError):
        pass
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    _write_cache(cache, f"{path.stem}.{where}", data)
    return data


def _write_cache(cache: Path, prefix: str, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:
            return
        cache.parent.mkdir(parents=True, exist_ok=True)
        for stale in cache.parent.glob(f"{prefix}.*.json"):  # older versions of this same file
            stale.unlink(missing_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, cache)
        except BaseException:  # a full disk or a signal: no half-written file stays behind
            tmp.unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError):
        pass


def countries() -> dict[str, dict[str, Any]]:
    return load_data("countries")["countries"]


def regions() -> dict[str, dict[str, Any]]:
    return load_data("regions")["regions"]


@cache
def member_countries(name: str = "interpol_members") -> frozenset[str]:
    """The country codes of a member-country list in reference/data/ (e.g. INTERPOL's)."""
    return frozenset(load_data(name)["members"])


MEMBER_LISTS = {
    "interpol_members": "INTERPOL member countries",
    "eu_member_states": "EU member states",
    "osce_participating_states": "OSCE participating States",
    "un_member_states": "UN member states",
    "eea_member_states": "EEA member states",
    "coe_member_states": "Council of Europe member States",
    "au_member_states": "African Union member States",
}


def member_lists() -> list[str]:
    """Names of the shipped member-country lists (files with a `members` list)."""
    return list(MEMBER_LISTS)


def is_member_list(name: str) -> bool:
    """A name, never a path: only the shipped lists are read."""
    return name in MEMBER_LISTS and data_path(name).is_file()


def member_list_label(name: str) -> str:
    return MEMBER_LISTS.get(name, name.replace("_", " "))


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
