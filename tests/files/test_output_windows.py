"""Windows-safe atomic writes (issue 18): Python 3.11 on Windows has no `os.fchmod`
(it came in 3.13), nor `os.fchown`; the atomic writer must work without them."""

from __future__ import annotations

import os

import pytest
from fuzzkit import ROOT, RULE_0844, describe, run_cli

from matcher.files import output

POSIX_ONLY = ("fchmod", "fchown", "getuid", "geteuid")


@pytest.fixture
def windows_like_os(monkeypatch):
    for name in POSIX_ONLY:
        monkeypatch.delattr(os, name, raising=False)


def test_atomic_writer_without_posix_only_calls(tmp_path, windows_like_os):
    out = tmp_path / "report.txt"
    output.write_atomic(out, "first\n")
    output.write_atomic(out, "second\n")  # replacing an existing file
    assert out.read_text() == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary left
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # the usual mode, set by name instead


def test_streamed_atomic_file_without_posix_only_calls(tmp_path, windows_like_os):
    out = tmp_path / "report.csv"
    out.write_text("old")
    os.chmod(out, 0o640)
    with output.atomic_file(out) as handle:
        handle.write(b"a,b\r\n")
    assert out.read_bytes() == b"a,b\r\n" and out.stat().st_mode & 0o777 == 0o640  # keeps the old mode


def test_a_whole_check_writes_its_report_without_posix_only_calls(tmp_path, windows_like_os):
    out = tmp_path / "report.html"
    run = run_cli(
        "check", ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml", RULE_0844, "--no-infer", "-o", out
    )
    assert run.exit_code == 1, describe(run)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
