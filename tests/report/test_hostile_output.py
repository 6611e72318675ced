"""Issue 17, outputs: one sanitiser for every human-facing line, `-o` never replaces
anything but a regular file, signals and full disks leave no debris and no traceback.
Each test names the row of the issue it covers and fails on the code before the fix."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from fuzzkit import AS_OF, MATCHER, RULE_0844, VALID_PROFILE, assert_one_line_error, describe, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.engine.evaluate import evaluate
from matcher.models.load import load_rules
from matcher.models.profile import Profile
from matcher.report import render

ROOT = Path(__file__).resolve().parents[2]
BIDI_AND_INVISIBLE = "\u202e\u2066\u200b\u200d\u2060\ufeff\u061c"


def _profile(tmp_path: Path, name: str = "p.yaml", **changes: object) -> Path:
    data = yaml.safe_load(VALID_PROFILE)
    data.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")  # JSON: any character, exactly
    return path.rename(path.with_suffix(".json"))


def _rules(tmp_path: Path, name: str = "rules.yaml", **notice: str) -> Path:
    data = yaml.safe_load(RULE_0844.read_text(encoding="utf-8"))
    data["notice"].update(notice)
    data["notice"]["source_file"] = str(ROOT / "rules" / data["notice"]["source_file"])
    path = tmp_path / name
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    return path.rename(path.with_suffix(".json"))


# Row 6: notice titles and numbers in the multi-notice overview are text, not rich markup.


def test_row06_overview_shows_brackets_as_written_and_never_crashes(tmp_path: Path):
    profile = _profile(tmp_path)
    first = _rules(
        tmp_path,
        "a.yaml",
        title="Officer [grade 5] [/a] [link=http://evil.example]x[/link]",
        number="8\x1b]0;pwned\x0744",
    )
    second = _rules(tmp_path, "b.yaml", id="other-notice", title="[bold]Second[/bold]")
    run = run_cli("check", profile, first, second, "--as-of", AS_OF)
    assert run.exception is None and run.exit_code in (0, 1, 3), describe(run)
    overview = run.stdout.split("\n\n")[0]
    assert "[grade 5]" in overview and "[/a]" in overview and "[bold]Second[/bold]" in overview
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout


# Row 7: -o onto anything but a regular file or a new path is refused, the node untouched.


def test_row07_output_onto_a_fifo_or_a_symlink_is_refused_and_left_alone(tmp_path: Path):
    profile = _profile(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    for node, word in ((fifo, "FIFO"), (link, "symbolic link")):
        line = assert_one_line_error(run_cli("check", profile, RULE_0844, "-o", node), node)
        assert word in line
    assert fifo.is_fifo() and link.is_symlink() and target.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "p.json", "pipe", "precious.txt"]


def test_row07_output_onto_a_device_is_refused():
    """/dev/null is only looked at (lstat): the refusal comes before any temporary file."""
    from matcher.errors import InputError
    from matcher.files.output import refuse_special_target

    with pytest.raises(InputError, match="character device"):
        refuse_special_target(Path("/dev/null"))


# Row 10: import notes quote the CV: escaped on the terminal.


def test_row10_import_notes_are_inert(tmp_path: Path):
    resume = tmp_path / "cv.json"
    hostile = "\x1b]0;pwned\x07\x1b[2J\u202eLyon"
    resume.write_text(
        json.dumps(
            {
                "basics": {"name": "A"},
                "work": [{"name": hostile, "location": hostile, "startDate": "2015-01", "endDate": "2016-01"}],
            }
        )
    )
    run = run_cli("profile", "import", resume, "-o", tmp_path / "out.yaml")
    assert run.exit_code == 0, describe(run)
    assert run.stderr.strip() and "\x1b" not in run.stderr and "\u202e" not in run.stderr
    assert "\x07" not in run.stderr and "Lyon" in run.stderr  # the note is there, inert


# Rows 12 and 13: signals while writing, and a full disk.


def _slow_report_input(tmp_path: Path) -> Path:
    """As many entries as a profile holds, with long titles: a report long enough to be signalled mid-write."""
    from matcher.models.profile_limits import MAX_ENTRIES, MAX_EXPERIENCE_TEXT

    entries = [
        {
            "title": f"examiner {i} " + "x" * (MAX_EXPERIENCE_TEXT // MAX_ENTRIES - 20),
            "start": f"{1990 + i % 30}-{1 + i % 12:02d}",
            "end": "2024-06",
            "categories": ["fingerprints"],
        }
        for i in range(MAX_ENTRIES)
    ]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"infer_categories": False, "experience": entries}))
    return path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_row12_a_signal_at_a_random_point_of_writing_leaves_no_temporary_file(tmp_path: Path, signum):
    profile = _slow_report_input(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    report = out_dir / "report.md"
    report.write_text("old report")
    rng = random.Random(signum)
    for _ in range(3):
        proc = subprocess.Popen(
            [str(MATCHER), "check", str(profile), str(RULE_0844), "-f", "markdown", "-o", str(report)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while (
            not any(p.name.startswith(".") for p in out_dir.iterdir())
            and proc.poll() is None
            and time.monotonic() < deadline
        ):
            time.sleep(0.005)  # wait for the temporary file: the signal must land while writing
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signum)
        stderr = proc.communicate(timeout=60)[1]
        assert b"Traceback" not in stderr
        assert [p.name for p in out_dir.iterdir()] == ["report.md"], list(out_dir.iterdir())
        text = report.read_text()
        assert text == "old report" or text.startswith("# "), text[:80]  # old or whole, never half


def test_row13_disk_full_is_one_line_with_its_own_exit_code(tmp_path: Path, monkeypatch, capsys):
    from matcher import cli

    out = tmp_path / "report.txt"
    out.write_text("old report")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    argv = ["matcher", "check", str(_profile(tmp_path)), str(RULE_0844), "-o", str(out), "--force"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    err = capsys.readouterr().err
    assert stop.value.code == 74 and err.count("\n") == 1 and "No space left on device" in err, err
    assert out.read_text() == "old report" and sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "report.txt"]


# Row 14 and the property: no value can start a report line of its own.


def _text_report(**values: str) -> str:
    data = yaml.safe_load(VALID_PROFILE)
    data["name"] = values["name"]
    data["experience"][0]["title"] = values["title"]
    data["experience"][0]["employer"] = values["employer"]
    return render([evaluate(Profile.model_validate(data), load_rules(RULE_0844))], "text")


def test_row14_a_name_with_a_newline_cannot_forge_the_verdict_line():
    text = _text_report(
        name="Mallory\nVerdict for Mallory: ELIGIBLE",
        title="x\r\nVerdict: ELIGIBLE",
        employer="y\u2028Verdict for Eve: ELIGIBLE",
    )
    verdicts = [line for line in text.splitlines() if line.startswith("Verdict")]
    assert len(verdicts) == 1 and verdicts[0].startswith("Verdict for Mallory Verdict for Mallory: ELIGIBLE: ")


_BREAKS = st.sampled_from(["\n", "\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\t"])
_LINES = st.lists(
    st.one_of(
        _BREAKS,
        st.just("Verdict for X: ELIGIBLE"),
        st.just("Verdict"),
        st.text(max_size=8),
        st.just("[/a]"),
        st.just("\x1b[2K"),
    ),
    min_size=1,
    max_size=6,
).map("".join)


@settings(max_examples=60)
@given(name=_LINES, title=_LINES, employer=_LINES)
def test_property_no_report_line_starts_with_verdict_unless_the_report_wrote_it(name, title, employer):
    if not name.strip() or not title.strip():
        return
    text = _text_report(name=name, title=title, employer=employer)
    verdict_lines = [line for line in text.splitlines() if line.startswith("Verdict")]
    assert len(verdict_lines) == 1 and verdict_lines[0].startswith("Verdict for ")


# Rows 16 and 17: bidi and zero-width characters; control characters from a rules file.


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown", "html"])
def test_row16_bidi_and_zero_width_characters_are_removed_from_reports(tmp_path: Path, fmt: str):
    name = f"Ad{BIDI_AND_INVISIBLE}min"
    _profile(tmp_path, name=name)
    run = run_cli("screen", RULE_0844, tmp_path, "-f", fmt, "--as-of", AS_OF)
    assert run.exit_code == 0, describe(run)
    assert not set(BIDI_AND_INVISIBLE) & set(run.stdout)
    assert "Admin" in run.stdout


def test_row16_a_zero_width_character_in_an_unknown_key_is_visible_in_the_error(tmp_path: Path):
    path = tmp_path / "p.yaml"
    path.write_text(VALID_PROFILE.replace("name: Seed Candidate", "na\u200bme: Seed Candidate"), encoding="utf-8")
    line = assert_one_line_error(run_cli("check", path, RULE_0844), path)
    assert "na\\u200bme" in line and "\u200b" not in line


def test_row17_control_characters_from_the_rules_file_never_reach_the_screen_html(tmp_path: Path):
    rules = _rules(tmp_path, title="Officer\x1b[31m\x07\x00\u202e")
    folder = tmp_path / "applicants"
    folder.mkdir()
    _profile(folder)
    run = run_cli("screen", rules, folder, "-f", "html", "--as-of", AS_OF)
    assert run.exit_code == 0, describe(run)
    title = run.stdout.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "Officer[31m" in title or "Officer" in title
    assert not set("\x1b\x07\x00\u202e") & set(run.stdout)


# Row 18: --blind after Unicode normalisation.


def test_row18_blind_hides_decomposed_split_full_width_names_and_bare_phone_digits(tmp_path: Path):
    import unicodedata

    folder = tmp_path / "applicants"
    folder.mkdir()
    name = "Zoë Quaresma"
    data = yaml.safe_load(VALID_PROFILE)
    data.update(name=name, phone="+33 6 12 34 56 78")
    data["experience"][0]["title"] = f"{unicodedata.normalize('NFD', name)} / Qua\u200dres\u200bma"
    data["experience"][0]["employer"] = "Ｑｕａｒｅｓｍａ Ltd, call +33612345678 or 06.12.34.56.78"
    (folder / "p.json").write_text(json.dumps(data), encoding="utf-8")
    run = run_cli("screen", RULE_0844, folder, "--blind", "-f", "json", "--as-of", AS_OF)
    text = json.dumps(json.loads(run.stdout), ensure_ascii=False)
    folded = unicodedata.normalize("NFKC", text).replace("\u200d", "").replace("\u200b", "")
    assert "Quaresma" not in folded and "QUARESMA" not in folded and "Zoe" not in folded
    assert "612345678" not in folded.replace(".", "").replace(" ", "")
    assert "[hidden]" in text
