"""The notices the app serves: every rules file of the rules folder, loaded once and
reloaded when a file changes (a rules author may edit them while the app runs)."""

from __future__ import annotations

import threading
from pathlib import Path

from ..models.load import load_rules
from ..models.rules import RulesFile
from ..reference import discover_rules, rules_dir

_lock = threading.Lock()
_cache: dict[Path, tuple[int, RulesFile]] = {}


def rules_paths(folder: Path | None) -> list[Path]:
    return discover_rules(folder or rules_dir())


def load(path: Path) -> RulesFile:
    stamp = path.stat().st_mtime_ns
    with _lock:
        cached = _cache.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
    rules = load_rules(path)
    with _lock:
        _cache[path] = (stamp, rules)
    return rules


def all_rules(folder: Path | None) -> list[RulesFile]:
    return [load(path) for path in rules_paths(folder)]


def by_id(folder: Path | None, notice_id: str) -> tuple[Path, RulesFile] | None:
    for path in rules_paths(folder):
        rules = load(path)
        if rules.notice.id == notice_id:
            return path, rules
    return None
