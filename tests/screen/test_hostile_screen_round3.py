"""Third red-team pass of issue 17, row 9 (inputs that cost without bound) in an option:
`screen --workers N` handed N to the process pool, which forks all of them at once, so
`--workers 100000` forked 100,000 copies of matcher for a single profile (on a shared
machine, a fork bomb). The pool now gets at most `max_workers()` processes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from matcher.screen import runner

ROOT = Path(__file__).resolve().parents[2]


class _Stop(Exception):
    pass


def test_a_huge_worker_count_starts_a_bounded_pool(tmp_path: Path, monkeypatch):
    for name in ("a", "b", "c"):
        shutil.copy(ROOT / "profiles" / "marc-lefevre-gendarme-no-degree.yaml", tmp_path / f"{name}.yaml")
    asked: list[int] = []

    def pool(*, max_workers: int, **kwargs: object):
        asked.append(max_workers)
        raise _Stop  # never fork: the number asked for is what this test checks

    monkeypatch.setattr(runner, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(runner, "CHUNK", 1)  # the first chunk is screened inline, the others go to the pool
    with pytest.raises(_Stop):
        runner.screen(str(ROOT / "rules" / "interpol-vn-0844.yaml"), [str(tmp_path)], workers=100_000, details=None)
    assert asked and asked[0] <= max(8, 4 * (os.cpu_count() or 1)), asked
