"""Which files matcher itself wrote, so that a command may replace its own previous
report without `--force` but never a file someone else wrote or edited since.

A small JSON map in the user's cache folder: resolved path -> [size, mtime_ns,
command]. A file counts as "our previous report" only while its size and
modification time are still those recorded after writing it; an edit, a copy over
it or another tool's file all ask for `--force`. A ledger that cannot be read or
written is ignored (the worst case is a `--force` asked for once more).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MAX_ENTRIES = 500  # the oldest are forgotten first


def _ledger() -> Path:
    from ..reference import cache_dir

    return cache_dir() / "written-outputs.json"


def _read() -> dict[str, list]:
    try:
        data = json.loads(_ledger().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def written_by(path: Path, command: str) -> bool:
    """Is `path` the unchanged output of an earlier run of `command`?"""
    try:
        stat = path.stat()
    except OSError:
        return False
    return _read().get(_key(path)) == [stat.st_size, stat.st_mtime_ns, command]


def remember(path: Path, command: str) -> None:
    """Record `path` as just written by `command`."""
    try:
        stat = path.stat()
        entries = _read()
        entries.pop(_key(path), None)
        entries[_key(path)] = [stat.st_size, stat.st_mtime_ns, command]
        kept = dict(list(entries.items())[-MAX_ENTRIES:])
        ledger = _ledger()
        ledger.parent.mkdir(parents=True, exist_ok=True)
        tmp = ledger.with_name(f"{ledger.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(kept), encoding="utf-8")
            os.replace(tmp, ledger)
        except BaseException:  # a full disk or a signal: no half-written file stays behind
            tmp.unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass
