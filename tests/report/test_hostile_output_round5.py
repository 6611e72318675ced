"""Fifth red-team pass of issue 17 on outputs: new inputs of rows 6, 12, 13, 16 and 17.

- Reports in the C and C.UTF-8 locales: Python's stdout there writes a file name's bytes
  that are not UTF-8 back raw (`surrogateescape`), so every report, JSON included, was
  invalid UTF-8 (`json.loads` of `screen -f json` failed) against "reports are always
  valid UTF-8".
- Row 12: SIGIO, SIGPWR, SIGSTKFLT, SIGSYS, SIGTRAP and every real-time signal end the
  process by default and were not handled: a hidden temporary file stayed beside the
  report.
- Row 13: a pseudonym key that cannot be created on a full disk was exit 2 ("bad input").
- Rows 6/16/17: `rules diff` showed values with `repr`, which leaves a Hangul filler
  (U+3164, invisible) raw and a list item's escape sequences raw; `rules test --init`
  wrote requirement labels with their escape sequences and bidi controls into its comments.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from fuzzkit import MATCHER, RULE_0844, describe, run_cli

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
HOSTILE = "X\x1b]0;title\x07\u202eRTL\u3164\x1b[2J"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fmt", ["json", "text", "csv"])
def test_reports_are_utf8_in_the_c_locale_whatever_the_file_names(tmp_path: Path, fmt: str):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/\xff\xfeg.yaml", "wb") as handle:
        handle.write(PROFILE.read_bytes())
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""}
    done = subprocess.run(
        [str(MATCHER), "screen", str(RULE_0844), str(folder), "-q", "-f", fmt],
        capture_output=True,
        env=env,
        timeout=100,
    )
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")  # raised UnicodeDecodeError before
    if fmt == "json":
        assert json.loads(text)["summary"]["total"] == 1
    validate = subprocess.run(
        [str(MATCHER), "profile", "validate", str(folder)], capture_output=True, env=env, timeout=100
    )
    validate.stdout.decode("utf-8")


def test_every_signal_that_ends_the_process_is_handled():
    from matcher.files.output import terminating_signals

    handled = set(terminating_signals())
    for name in ("SIGTERM", "SIGHUP", "SIGIO", "SIGPWR", "SIGSYS", "SIGTRAP", "SIGRTMIN", "SIGRTMAX"):
        if hasattr(signal, name):
            assert getattr(signal, name) in handled, name
    if hasattr(signal, "SIGRTMIN"):
        assert set(range(signal.SIGRTMIN, signal.SIGRTMAX + 1)) <= handled
    for kept in ("SIGINT", "SIGPIPE", "SIGSEGV", "SIGCHLD", "SIGKILL"):  # Python's own, or not catchable
        assert getattr(signal, kept) not in handled, kept


@pytest.mark.timeout(120)
@pytest.mark.skipif(not hasattr(signal, "SIGRTMIN"), reason="POSIX real-time signals")
@pytest.mark.parametrize("name", ["SIGIO", "SIGPWR", "SIGRTMIN"])
def test_a_less_usual_signal_while_writing_leaves_no_temporary_file(tmp_path: Path, name: str):
    signum = getattr(signal, name)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    report = out_dir / "shortlist.html"
    report.write_text("old report")
    # screening a folder writes its report over a few seconds (a check's window is milliseconds)
    proc = subprocess.Popen(
        [str(MATCHER), "screen", str(RULE_0844), str(ROOT / "profiles"), "-q", "-o", str(report), "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60  # a wait, not an assertion: the signal must land while writing
    while not any(p.name.startswith(".") for p in out_dir.iterdir()) and proc.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)
    proc.send_signal(signum)
    stderr = proc.communicate(timeout=100)[1]
    assert b"Traceback" not in stderr
    assert [p.name for p in out_dir.iterdir()] == ["shortlist.html"], list(out_dir.iterdir())
    text = report.read_text()
    assert text == "old report" or text.rstrip().endswith("</html>"), text[-80:]


def test_a_pseudonym_key_that_cannot_be_written_is_an_output_error(tmp_path: Path, monkeypatch):
    from matcher.report import pseudonyms

    def full(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pseudonyms, "_create_key", full)
    run = run_cli("screen", RULE_0844, PROFILE, "-q", "--blind-key", tmp_path / "key")
    assert run.exit_code == 74, describe(run)
    assert "No space left on device" in run.stderr and run.stderr.count("\n") == 1, describe(run)


def test_a_new_pseudonym_key_is_on_disk_before_its_name_points_to_it(tmp_path: Path, monkeypatch):
    """The key is made by the shared atomic writer: written, fsynced, then linked (it was
    linked unsynced, so a crash could leave an empty key under its name: new pseudonyms)."""
    from matcher.report import pseudonyms

    calls: list[str] = []
    real_fsync, real_link = os.fsync, os.link
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "link", lambda a, b, **kw: (calls.append("link"), real_link(a, b, **kw))[1])
    key = pseudonyms.load_key(tmp_path / "blind.key")
    assert calls == ["fsync", "link"], calls
    assert (tmp_path / "blind.key").read_text() == key.hex() + "\n"
    assert (tmp_path / "blind.key").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["blind.key"]  # no temporary file beside it


def test_a_signal_while_the_key_is_written_leaves_no_file(tmp_path: Path, monkeypatch):
    from matcher.files.output import Terminated
    from matcher.report import pseudonyms

    def killed(fd):
        raise Terminated(signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(Terminated):
        pseudonyms.load_key(tmp_path / "blind.key")
    assert list(tmp_path.iterdir()) == []


def test_a_key_made_meanwhile_by_another_run_is_read_not_replaced(tmp_path: Path, monkeypatch):
    from matcher.report import pseudonyms

    theirs = tmp_path / "blind.key"
    real_link = os.link

    def other_run_first(a, b, **kw):
        Path(b).write_text("ab" * 32 + "\n")
        return real_link(a, b, **kw)

    monkeypatch.setattr(os, "link", other_run_first)
    assert pseudonyms.load_key(theirs) == bytes.fromhex("ab" * 32)
    assert [p.name for p in tmp_path.iterdir()] == ["blind.key"]


def _hostile_rules(tmp_path: Path) -> Path:
    data = yaml.safe_load(RULE_0844.read_text(encoding="utf-8"))
    data["notice"]["title"] = HOSTILE
    data["notice"]["application_steps"] = [HOSTILE]
    data["notice"]["source_file"] = str(RULE_0844.parent / data["notice"]["source_file"])
    for requirement in data["requirements"]:
        for node in [requirement, *requirement.get("children", [])]:
            node["label"] = HOSTILE
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _inert(text: str) -> None:
    for bad in ("\x1b", "\x07", "\u202e", "\u3164"):
        assert bad not in text, (bad, text[:400])


def test_rules_diff_shows_hostile_values_escaped(tmp_path: Path):
    run = run_cli("rules", "diff", RULE_0844, _hostile_rules(tmp_path))
    assert run.exit_code == 1, describe(run)
    _inert(run.stdout)
    assert "\\u3164" in run.stdout and "title" in run.stdout  # the control: shown, escaped


def test_rules_test_init_writes_comments_with_nothing_for_the_terminal(tmp_path: Path):
    run = run_cli("rules", "test", _hostile_rules(tmp_path), "--init", PROFILE)
    assert run.exit_code == 0, describe(run)
    _inert(run.stdout)
    assert "RTL" in run.stdout  # the control: the labels are still in the comments
    assert yaml.safe_load(run.stdout)[0]["expect"]["verdict"] == "not_eligible"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
