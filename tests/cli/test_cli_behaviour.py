"""One behaviour for every command (issue 18, "Inconsistent commands"): -o picks the
format from the extension, no command writes over what it reads, one --force, '-' for
standard input, --rules-dir wherever rules are discovered, -o on rules coverage and
rules test, bare group commands print help and exit 0, help in words."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fuzzkit import MATCHER, ROOT, RULE_0844, describe, run_cli

GRACE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"  # not eligible for 0844
FAST = ("--no-infer", "--as-of", "2025-01-31")


def check(*args: object):
    return run_cli("check", *args, *FAST)


@pytest.fixture
def me(tmp_path: Path) -> Path:
    profile = tmp_path / "me.yaml"
    shutil.copy(GRACE, profile)
    return profile


# --- -o: the format follows the extension ------------------------------------------------


@pytest.mark.parametrize("name, start", [("report.html", "<!DOCTYPE html>"), ("report.json", "{"), ("report.md", "#")])
def test_check_takes_the_format_from_the_extension(tmp_path, name, start):
    out = tmp_path / name
    run = check(GRACE, RULE_0844, "-o", out)
    assert run.exit_code == 1, describe(run)
    assert out.read_text(encoding="utf-8").lstrip().startswith(start)


@pytest.mark.parametrize(
    "command",
    [
        ("check", GRACE, RULE_0844, *FAST),
        ("screen", RULE_0844, GRACE, "--no-infer", "-q"),
        ("rules", "coverage", RULE_0844),
        ("rules", "test", RULE_0844),
        ("rules", "diff", RULE_0844, RULE_0844),
        ("rules", "schema"),
        ("profile", "schema"),
    ],
)
def test_an_unknown_extension_is_an_error_and_writes_nothing(tmp_path, command):
    out = tmp_path / "report.pdf"
    run = run_cli(*command, "-o", out)
    assert run.exit_code == 2, describe(run)
    assert "extension" in run.stderr or "writes" in run.stderr, run.stderr
    assert not out.exists()


def test_a_format_the_extension_contradicts_is_an_error(tmp_path):
    out = tmp_path / "report.html"
    run = check(GRACE, RULE_0844, "-f", "json", "-o", out)
    assert run.exit_code == 2 and "does not match the extension" in run.stderr, describe(run)
    assert not out.exists()


def test_format_given_with_a_file_of_no_known_extension_is_allowed(tmp_path):
    out = tmp_path / "report"
    run = check(GRACE, RULE_0844, "-f", "json", "-o", out)
    assert run.exit_code == 1, describe(run)
    assert json.loads(out.read_text(encoding="utf-8"))


# --- no command writes over a file it reads ---------------------------------------------


def test_check_never_writes_over_the_profile_it_reads(me):
    before = me.read_bytes()
    run = check(me, RULE_0844, "-f", "json", "-o", me, "--force")  # not even with --force
    assert run.exit_code == 2 and "this command reads" in run.stderr, describe(run)
    assert me.read_bytes() == before


def test_screen_never_writes_into_the_folder_it_screens(tmp_path, me):
    out = tmp_path / "old.json"
    out.write_text("{}")
    run = run_cli("screen", RULE_0844, tmp_path, "-o", out, "--force", "--no-infer", "-q")
    assert run.exit_code == 2 and "this command reads" in run.stderr, describe(run)
    assert out.read_text() == "{}"


def test_rules_diff_never_writes_over_a_rules_file(tmp_path):
    rules = tmp_path / "a.json"
    rules.write_text(json.dumps(__import__("yaml").safe_load(RULE_0844.read_text(encoding="utf-8")), default=str))
    before = rules.read_bytes()
    run = run_cli("rules", "diff", rules, RULE_0844, "-o", rules, "--force")
    assert run.exit_code == 2 and "this command reads" in run.stderr, describe(run)
    assert rules.read_bytes() == before


# --- one --force -------------------------------------------------------------------------

WRITERS = [
    ("check", GRACE, RULE_0844, *FAST),
    ("screen", RULE_0844, GRACE, "--no-infer", "-q"),
    ("rules", "coverage", RULE_0844),
    ("rules", "test", RULE_0844),
    ("rules", "diff", RULE_0844, RULE_0844),
    ("rules", "schema"),
    ("profile", "schema"),
    ("categorize", "fingerprint examiner"),
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(str(p) for p in c[:2]))
def test_every_command_asks_for_the_same_force_before_replacing_someone_elses_file(tmp_path, command):
    out = tmp_path / (
        "notes.json"
        if command[0] in {"rules", "profile"} and command[1] in {"schema", "diff", "test", "coverage"}
        else "notes.txt"
    )
    if command[0] == "categorize":
        out = tmp_path / "notes.jsonl"
    out.write_text("my own notes\n")
    refused = run_cli(*command, "-o", out)
    assert refused.exit_code == 2 and "add --force to replace it" in refused.stderr, describe(refused)
    assert out.read_text() == "my own notes\n"
    forced = run_cli(*command, "-o", out, "--force")
    assert forced.exit_code in (0, 1, 3, 4), describe(forced)
    assert out.read_text() != "my own notes\n"


def test_a_command_replaces_its_own_previous_report_but_not_once_edited(tmp_path):
    out = tmp_path / "report.md"
    assert check(GRACE, RULE_0844, "-o", out).exit_code == 1
    again = check(GRACE, RULE_0844, "-o", out)  # its own earlier output: no --force needed
    assert again.exit_code == 1, describe(again)
    out.write_text(out.read_text() + "\nmy remarks\n")  # edited since: now someone else's file
    edited = check(GRACE, RULE_0844, "-o", out)
    assert edited.exit_code == 2 and "--force" in edited.stderr
    assert out.read_text().endswith("my remarks\n")


def test_force_has_the_same_help_everywhere():
    helps = set()
    for command in (
        ["check"],
        ["screen"],
        ["categorize"],
        ["rules", "draft"],
        ["rules", "coverage"],
        ["rules", "test"],
        ["rules", "diff"],
        ["rules", "schema"],
        ["profile", "new"],
        ["profile", "import"],
        ["profile", "schema"],
    ):
        text = " ".join(run_cli(*command, "--help").stdout.split())
        text = re.sub(r"[│╭╮╰╯─]", "", text)
        match = re.search(r"--force\s+(.*?)(?:\s+--|\s*$)", " ".join(text.split()))
        assert match, command
        helps.add(" ".join(match.group(1).split()))
    assert len(helps) == 1, helps


# --- '-' is standard input ---------------------------------------------------------------


def test_check_reads_the_profile_from_standard_input():
    from typer.testing import CliRunner

    from matcher.cli import app

    result = CliRunner().invoke(
        app, ["check", "-", str(RULE_0844), *FAST, "-f", "json"], input=GRACE.read_text(encoding="utf-8")
    )
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["profile"]["ref"] == "<stdin>"


@pytest.mark.parametrize(
    "args, stdin, code",
    [
        (["profile", "validate", "-"], GRACE, 0),
        (["rules", "diff", "-", str(RULE_0844)], RULE_0844, 0),
        (["check", str(GRACE), "-", *FAST], RULE_0844, 1),
    ],
)
def test_dash_is_standard_input_for_file_arguments(args, stdin, code):
    from typer.testing import CliRunner

    from matcher.cli import app

    result = CliRunner().invoke(app, args, input=stdin.read_text(encoding="utf-8"))
    assert result.exit_code == code, result.stderr


def test_dash_twice_is_a_usage_error():
    run = run_cli("rules", "diff", "-", "-")
    assert run.exit_code == 2 and "only one file" in run.stderr


def test_dash_where_a_file_name_is_needed_says_why():
    run = run_cli("rules", "validate", "-")
    assert run.exit_code == 2 and "standard input" in run.stderr and "beside it" in run.stderr


# --- --rules-dir wherever rules are discovered; -o on coverage and test -------------------


def _own_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    (folder / "notices").mkdir(parents=True)
    shutil.copy(RULE_0844, folder)
    for notice in (ROOT / "rules" / "notices").glob("interpol-vn-0844*"):
        shutil.copy(notice, folder / "notices")
    return folder


def test_rules_validate_takes_rules_dir(tmp_path):
    run = run_cli("rules", "validate", "--rules-dir", _own_rules(tmp_path))
    assert run.exit_code == 0, describe(run)
    assert "1 valid, 0 invalid" in run.stdout and "interpol-vn-0844" in run.stdout


def test_rules_validate_uses_the_rules_folder_of_the_current_folder(tmp_path, monkeypatch):
    _own_rules(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MATCHER_RULES_DIR", raising=False)
    run = run_cli("rules", "validate")
    assert run.exit_code == 0 and "ok    rules/interpol-vn-0844.yaml" in run.stdout, describe(run)
    assert "1 valid, 0 invalid" in run.stdout  # this folder's one notice, not the checkout's or the shipped ones


def test_rules_dir_that_is_not_a_folder_is_one_line(tmp_path):
    run = run_cli("rules", "validate", "--rules-dir", tmp_path / "nowhere")
    assert run.exit_code == 2 and "is not a folder" in run.stderr


def test_rules_coverage_and_rules_test_write_to_o(tmp_path):
    coverage = tmp_path / "coverage.json"
    run = run_cli("rules", "coverage", RULE_0844, "-o", coverage)
    assert run.exit_code == 0, describe(run)
    assert json.loads(coverage.read_text())["requirement_sentences"] > 0
    cases = tmp_path / "cases.txt"
    run = run_cli("rules", "test", RULE_0844, "-o", cases)
    assert run.exit_code == 0, describe(run)
    assert cases.read_text().rstrip().endswith("0 failed")


# --- bare groups and help in words -------------------------------------------------------


@pytest.mark.parametrize("group", [[], ["rules"], ["profile"]])
def test_bare_group_commands_print_help_and_exit_0(group):
    done = subprocess.run([str(MATCHER), *group], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout and done.stderr == ""


PYTHON_TYPES = re.compile(r"<(?:list\[|bool>|str>|int[> ]|float[> ]|path>|Path>)")


def _all_commands() -> list[list[str]]:
    import typer

    from matcher.cli import app

    group = typer.main.get_command(app)
    found = []

    def walk(command, prefix):
        found.append(prefix)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*prefix, name])

    walk(group, [])
    return found


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "matcher")
def test_help_is_in_words_not_python_types(command):
    run = run_cli(*command, "--help")
    assert run.exit_code == 0
    assert not PYTHON_TYPES.search(run.stdout), PYTHON_TYPES.findall(run.stdout)


def test_real_entry_point_help_in_words():
    done = subprocess.run(
        [sys.executable, "-m", "matcher", "check", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "COLUMNS": "200"},
    )
    assert done.returncode == 0 and "FILE..." in done.stdout and "<list[Path]>" not in done.stdout
