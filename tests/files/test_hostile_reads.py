"""Issue 17, inputs: every read path bounded, every special file refused quickly, strict
types and dates checked when a file is validated, folders that cannot be listed and
links that leave the folder reported. Each test names the row of the issue it covers
and fails on the code before the fix."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzzkit import AS_OF, RULE_0844, VALID_PROFILE, assert_one_line_error, describe, run_cli, run_process

from matcher.files import reading

ROOT = Path(__file__).resolve().parents[2]


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _rules_copy(folder: Path, **notice: str) -> Path:
    """rules/interpol-vn-0844.yaml with some notice lines replaced (YAML text, as written)."""
    text = RULE_0844.read_text(encoding="utf-8")
    for key, value in notice.items():
        lines = text.splitlines()
        lines = [f"  {key}: {value}" if line.startswith(f"  {key}:") else line for line in lines]
        text = "\n".join(lines) + "\n"
    path = folder / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    notices = folder / "notices"
    if not notices.exists():
        shutil.copytree(ROOT / "rules" / "notices", notices)
    return path


# Row 3: JSON integers of more than 4,300 digits, and JSON nested 100,000 deep.


@pytest.fixture
def huge_int_json(tmp_path: Path) -> Path:
    path = tmp_path / "big.json"
    path.write_text('{"experience": [{"title": "x", "start": "2010-01", "fraction": ' + "9" * 5000 + "}]}")
    return path


@pytest.mark.parametrize("command", [["check"], ["profile", "validate"], ["profile", "import"]])
def test_row03_a_huge_json_integer_is_one_line_with_its_position(huge_int_json: Path, command: list[str]):
    extra = [RULE_0844] if command == ["check"] else []
    line = assert_one_line_error(run_cli(*command, huge_int_json, *extra), huge_int_json)
    assert "5,000 digits" in line and f"{huge_int_json}:1:" in line and "fraction" in line


def test_row03_a_huge_json_integer_in_screen_is_an_error_row_with_position(huge_int_json: Path):
    run = run_cli("screen", RULE_0844, huge_int_json, "-f", "json")
    assert run.exit_code == 4, describe(run)
    row = json.loads(run.stdout)["rows"][0]
    assert "internal error" not in row["error"] and "5,000 digits" in row["error"] and ":1:" in row["error"]


def test_row03_a_deep_jsonl_line_for_categorize_is_one_line(tmp_path: Path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    line = assert_one_line_error(run_cli("categorize", "-i", path), path)
    assert "nesting deeper than" in line and f"{path}:1:" in line


# Row 4: dates the arithmetic cannot handle, refused when the file is validated.


def test_row04_a_deadline_in_year_9950_fails_validation_not_the_check(tmp_path: Path):
    rules = _rules_copy(tmp_path, deadline="9950-01-01")
    line = assert_one_line_error(run_cli("rules", "validate", rules), rules)
    assert "notice.deadline" in line and "supported dates" in line
    profile = tmp_path / "p.yaml"
    profile.write_text(VALID_PROFILE)
    assert "supported dates" in assert_one_line_error(run_cli("check", profile, rules), rules)


@pytest.mark.parametrize("command", ["check", "screen"])
def test_row04_as_of_in_year_9990_is_a_usage_error(tmp_path: Path, command: str):
    profile = tmp_path / "p.yaml"
    profile.write_text(VALID_PROFILE)
    args = [profile, RULE_0844] if command == "check" else [RULE_0844, profile]
    line = assert_one_line_error(run_cli(command, *args, "--as-of", "9990-06-01"))
    assert "--as-of" in line and "supported dates" in line


def test_row04_a_profile_date_in_year_9999_is_a_field_error(tmp_path: Path):
    profile = tmp_path / "p.yaml"
    profile.write_text(VALID_PROFILE.replace("start: 2012-01", "start: 9999-01"))
    line = assert_one_line_error(run_cli("check", profile, RULE_0844, "--as-of", AS_OF), profile)
    assert "experience[0].start" in line and "supported years" in line


# Rows 5 and 8: bounded reads and special files, for every input path.


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{x}", str(RULE_0844)],
        ["profile", "validate", "{x}"],
        ["profile", "import", "{x}"],
        ["screen", str(RULE_0844), "{x}"],
        ["categorize", "-i", "{x}"],
        ["rules", "draft", "{x}"],
        ["rules", "coverage", str(RULE_0844), "{x}"],
        ["rules", "validate", "{x}"],
        ["check", "{p}", "{x}"],
    ],
)
@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_row08_a_fifo_or_device_named_directly_is_refused_quickly(tmp_path: Path, command: list[str], special: str):
    """A FIFO with no writer would block forever; /dev/zero would grow until memory runs out.
    Both are named `.txt` (a CV for `profile import` and `screen`), /dev/zero through a link."""
    if special == "fifo":
        target = _fifo(tmp_path, "input.txt")
    else:
        target = tmp_path / "zero.txt"
        target.symlink_to(special)
    profile = tmp_path / "p.yaml"
    profile.write_text(VALID_PROFILE)
    args = [a.replace("{x}", str(target)).replace("{p}", str(profile)) for a in command]
    run = run_process(*args, timeout=20)
    if command[0] == "screen":  # a named input becomes an error row; the run still ends
        assert run.exit_code == 4 and "not a regular file" in run.stdout + run.stderr, describe(run)
        return
    assert "not a regular file" in assert_one_line_error(run, target)


def test_row08_rules_coverage_through_source_file_refuses_a_fifo(tmp_path: Path):
    rules = _rules_copy(tmp_path, source_file="notice.txt")
    _fifo(tmp_path, "notice.txt")
    run = run_process("rules", "coverage", rules, timeout=20)
    assert "not a regular file" in assert_one_line_error(run)


def test_row05_an_endless_stdin_line_ends_the_screening_with_an_error_row():
    """`cat /dev/zero | matcher screen R -`: bounded memory, one error row, a report."""
    with open("/dev/zero", "rb") as zero:
        import subprocess

        from fuzzkit import MATCHER

        done = subprocess.run(
            [str(MATCHER), "screen", str(RULE_0844), "-", "-f", "json"],
            stdin=zero,
            capture_output=True,
            timeout=60,
            env={**os.environ, "MATCHER_MAX_FILE_BYTES": "200000"},
        )
    assert done.returncode == 4, done.stderr[-500:]
    rows = json.loads(done.stdout)["rows"]
    assert len(rows) == 1 and "200,000-byte limit" in rows[0]["error"]


def test_row05_a_long_stdin_line_is_an_error_row_and_earlier_lines_are_screened():
    good = json.dumps({"experience": [{"title": "x", "start": "2010-01", "end": "2012-01"}]})
    stream = good + "\n" + json.dumps({"name": "x" * 20_000}) + "\n" + good + "\n"
    from typer.testing import CliRunner

    from matcher.cli import app

    reading_limit = reading.MAX_FILE_BYTES
    try:
        reading.MAX_FILE_BYTES = 8000  # the rules file is read under the same limit
        run = CliRunner().invoke(app, ["screen", str(RULE_0844), "-", "-f", "json"], input=stream)
    finally:
        reading.MAX_FILE_BYTES = reading_limit
    rows = json.loads(run.stdout)["rows"]
    assert len(rows) == 2, rows
    errors = [r for r in rows if r["verdict"] == "error"]
    assert len(errors) == 1 and "<stdin>:2" in errors[0]["error"] and "8,000-byte limit" in errors[0]["error"]


def test_row05_categorize_stdin_lines_are_bounded():
    from typer.testing import CliRunner

    from matcher.cli import app

    limit = reading.MAX_FILE_BYTES
    try:
        reading.MAX_FILE_BYTES = 1000
        run = CliRunner().invoke(app, ["categorize", "-i", "-"], input="x" * 5000 + "\n")
    finally:
        reading.MAX_FILE_BYTES = limit
    assert run.exit_code == 2 and "1,000-byte limit" in run.stderr and "<stdin>:1" in run.stderr


# Row 15 and "Also": strict booleans and numbers where the schema promises them.


@pytest.mark.parametrize(
    "old,new,field",
    [
        ("    ongoing: true", "    ongoing: yes", "experience[1].ongoing"),
        ("    proof_of_employment: true", "    proof_of_employment: off", "experience[0].proof_of_employment"),
        ("completed: true", "completed: no", "education[0].completed"),
        ("fraction: 1\n", 'fraction: "1"\n', "experience[0].fraction"),
    ],
)
def test_row15_yaml_11_words_and_quoted_numbers_are_not_booleans_or_numbers(tmp_path: Path, old, new, field):
    path = tmp_path / "p.yaml"
    assert old in VALID_PROFILE
    path.write_text(VALID_PROFILE.replace(old, new, 1))
    line = assert_one_line_error(run_cli("check", path, RULE_0844, "--as-of", AS_OF), path)
    assert f" {field}:" in line


@pytest.mark.parametrize("value", ['"3"', "true", "1e-300", "0.0000001"])
def test_also_requirement_parameters_are_strict_and_bounded(tmp_path: Path, value: str):
    rules = _rules_copy(tmp_path)
    text = rules.read_text(encoding="utf-8")
    assert "min_years: 3" in text
    rules.write_text(text.replace("min_years: 3", f"min_years: {value}", 1), encoding="utf-8")
    line = assert_one_line_error(run_cli("rules", "validate", rules), rules)
    assert "min_years" in line


@pytest.mark.parametrize("value", ["1e-300", "0.0001", "0.5"])
def test_a_notice_duration_is_at_least_one_month(tmp_path: Path, value: str):
    """duration_months promises months: 1e-300 was accepted and shown as "1e-300 months"."""
    rules = _rules_copy(tmp_path, duration_months=value)
    assert "notice.duration_months" in assert_one_line_error(run_cli("rules", "validate", rules), rules)


def test_a_notice_duration_of_one_month_is_kept(tmp_path: Path):  # the control of the bound above
    rules = _rules_copy(tmp_path, duration_months="1")
    assert run_cli("rules", "validate", rules).exit_code == 0


def test_also_rules_booleans_are_strict(tmp_path: Path):
    rules = _rules_copy(tmp_path, secondment="no")
    assert "notice.secondment" in assert_one_line_error(run_cli("rules", "validate", rules), rules)


# Rows 11 and 19: folders.


def _screen_rows(*args: object) -> tuple[int, list[dict]]:
    run = run_cli("screen", RULE_0844, *args, "-f", "json")
    return run.exit_code, json.loads(run.stdout)["rows"]


def _refuse_listing(monkeypatch, function: str, refused: Callable[[str], bool]) -> None:
    """As root every folder lists, so the refusal is injected into `os.<function>` (scandir
    for os.walk, listdir for Path.iterdir) for the paths `refused` picks."""
    real = getattr(os, function)

    def listing(path="."):
        if refused(os.fspath(path)):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, function, listing)


def test_row11_an_unlistable_subfolder_is_an_error_row(tmp_path: Path, monkeypatch):
    top = tmp_path / "applicants"
    (top / "locked").mkdir(parents=True)
    (top / "ok.yaml").write_text(VALID_PROFILE)
    (top / "locked" / "hidden.yaml").write_text(VALID_PROFILE)
    _refuse_listing(monkeypatch, "scandir", lambda path: os.path.basename(path) == "locked")
    code, rows = _screen_rows(top)
    assert code == 4
    errors = [r for r in rows if r["verdict"] == "error"]
    assert len(rows) == 2 and len(errors) == 1
    assert "locked" in errors[0]["input"] and "cannot list folder: Permission denied" in errors[0]["error"]


def test_row11_an_unlistable_top_folder_is_not_called_empty(tmp_path: Path, monkeypatch):
    top = tmp_path / "applicants"
    top.mkdir()
    (top / "ok.yaml").write_text(VALID_PROFILE)
    _refuse_listing(monkeypatch, "scandir", lambda path: Path(path) == top)
    code, rows = _screen_rows(top)
    assert code == 4 and len(rows) == 1
    assert "cannot list folder" in rows[0]["error"] and "has no profiles" not in rows[0]["error"]


def test_row11_profile_validate_reports_an_unlistable_folder(tmp_path: Path, monkeypatch):
    """`profile validate FOLDER` listed with Path.iterdir (os.listdir): a refusal, injected
    because root lists every folder, was an uncaught PermissionError (exit 1, no line)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "ok.yaml").write_text(VALID_PROFILE)
    _refuse_listing(monkeypatch, "listdir", lambda path: os.path.basename(path) == "locked")
    run = run_cli("profile", "validate", locked)
    assert run.exit_code == 2, run
    assert run.stderr.strip() == f"matcher: {locked}: cannot list folder: Permission denied [E017]"


def test_row19_a_link_to_a_file_outside_the_folder_is_reported_not_followed(tmp_path: Path):
    outside = tmp_path / "secret.yaml"
    outside.write_text("root_password_hint: hunter2\n")
    top = tmp_path / "applicants"
    (top / "sub").mkdir(parents=True)
    (top / "ok.yaml").write_text(VALID_PROFILE)
    (top / "leak.yaml").symlink_to(outside)
    (top / "sub" / "inside.yaml").symlink_to(top / "ok.yaml")  # inside the folder: the same file, once
    run = run_cli("screen", RULE_0844, top, "-f", "csv")
    assert "root_password_hint" not in run.stdout + run.stderr
    code, rows = _screen_rows(top)
    assert code == 4 and len(rows) == 2
    error = next(r for r in rows if r["verdict"] == "error")
    assert error["input"].endswith("leak.yaml") and "outside the folder" in error["error"]
