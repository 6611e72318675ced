"""Third red-team pass of issue 17, rows 12 and 13 for the files matcher writes besides
reports: the parsed-data cache and the ledger of written outputs. Both were written to
a temporary file and renamed, but a full disk (or a signal) while writing left the
half-written temporary file in the cache folder for good."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from matcher import reference
from matcher.cli import ledger


def _disk_full_after_a_few_bytes(monkeypatch) -> None:
    def write_text(self: Path, text: str, encoding: str | None = None) -> int:
        with open(self, "w", encoding=encoding) as handle:
            handle.write(text[:10])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", write_text)


def test_a_full_disk_while_caching_data_leaves_no_temporary_file(tmp_path: Path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    _disk_full_after_a_few_bytes(monkeypatch)
    reference._write_cache(cache / "countries.abc.def.json", "countries.abc", {"countries": {"FR": {}}})
    assert list(cache.iterdir()) == []


def test_a_full_disk_while_remembering_an_output_leaves_no_temporary_file(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(tmp_path / "cache"))
    report = tmp_path / "report.html"
    report.write_text("<p>report</p>", encoding="utf-8")
    _disk_full_after_a_few_bytes(monkeypatch)
    ledger.remember(report, "check")
    assert [p.name for p in (tmp_path / "cache").iterdir()] == []


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "\x00", "{"])
def test_a_damaged_ledger_is_ignored(tmp_path: Path, monkeypatch, text: str):
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(tmp_path))
    (tmp_path / "written-outputs.json").write_text(text, encoding="utf-8")
    assert ledger.written_by(tmp_path / "written-outputs.json", "check") is False
