"""Second red-team pass of issue 17, rows 13 and 16-17 with new inputs: standard output
closed (`>&-`) or under a file size limit (`ulimit -f`), a full disk while an XLSX
report is written, and format characters (Unicode category Cf) other than the
default-ignorable ones. Each broke before: exit 70 "internal error", a report cut at
the limit with exit 0, an "Exception ignored" traceback, text hidden between
interlinear annotation marks."""

from __future__ import annotations

import errno
import gc
import io
import os
import resource
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from fuzzkit import MATCHER, RULE_0844, run_cli

from matcher import cli
from matcher.files import output
from matcher.files.sanitize import sanitize

PROFILE = RULE_0844.parent.parent / "profiles" / "marc-lefevre-gendarme-no-degree.yaml"


def _shell(command: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, **kwargs)


@pytest.mark.parametrize(
    "args", [f"check {PROFILE} {RULE_0844}", f"screen {RULE_0844} {PROFILE} -f csv", "profile schema"]
)
def test_a_closed_stdout_is_an_output_error_not_a_bug(args: str):
    done = _shell(f"{MATCHER} {args} >&-")
    err = done.stderr.decode()
    assert done.returncode == 74, err
    assert "internal error" not in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_report_to_stdout_cut_by_the_file_size_limit_fails(tmp_path: Path):
    target = tmp_path / "report.html"
    with target.open("wb") as handle:
        done = subprocess.run(
            [str(MATCHER), "check", str(PROFILE), str(RULE_0844), "-f", "html"],
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=60,
            preexec_fn=_limit_file_size(4096),
        )
    assert target.stat().st_size <= 4096
    assert done.returncode == 74, (done.returncode, done.stderr)
    assert b"File too large" in done.stderr


class _FullDisk(io.BufferedWriter):
    """A file on a disk with `room` bytes left."""

    room = 2000

    def write(self, data) -> int:  # type: ignore[override]
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return super().write(data)


def test_a_full_disk_under_an_xlsx_report_is_exit_74_without_noise(tmp_path: Path, monkeypatch, capsys):
    real_fdopen = os.fdopen

    def fdopen(fd, mode="r", *args, **kwargs):
        return _FullDisk(io.FileIO(fd, "wb")) if mode == "wb" else real_fdopen(fd, mode, *args, **kwargs)

    unraisable: list[object] = []
    monkeypatch.setattr(output.os, "fdopen", fdopen)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    old = tmp_path / "report.xlsx"
    old.write_text("previous")
    monkeypatch.setattr(sys, "argv", ["matcher", "screen", str(RULE_0844), str(PROFILE), "-o", str(old), "--force"])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    gc.collect()
    err = capsys.readouterr().err
    assert stop.value.code == 74 and err.count("\n") == 1 and "No space left on device" in err, err
    assert not unraisable, unraisable  # "Exception ignored in ZipFile.__del__: seek of closed file"
    assert old.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


FORMAT_CHARACTERS = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]


def test_every_format_character_is_removed_and_escaped_in_error_lines():
    kept = [f"U+{ord(c):04X}" for c in FORMAT_CHARACTERS if sanitize(f"a{c}b") != "ab"]
    assert not kept
    unescaped = [f"U+{ord(c):04X}" for c in FORMAT_CHARACTERS if c in sanitize(f"a{c}b", escape=True)]
    assert not unescaped


def test_interlinear_annotation_cannot_hide_text_in_a_report(tmp_path: Path):
    profile = tmp_path / "p.yaml"
    text = PROFILE.read_text(encoding="utf-8").replace(
        "name: Marc Lefèvre", "name: Marc\ufff9 ELIGIBLE \ufffaLefèvre\ufffb"
    )
    profile.write_text(text, encoding="utf-8")
    for fmt in ("text", "markdown", "html"):
        run = run_cli("check", profile, RULE_0844, "-f", fmt)
        assert not any(c in run.stdout for c in "\ufff9\ufffa\ufffb"), fmt
