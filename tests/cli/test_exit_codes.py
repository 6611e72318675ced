"""Exit codes, documented once (issue 18) and errors by class (issue 11): screen tells a
clean run from one with error rows and from bad usage; check keeps 0/1/3 and offers
--exit-zero; a bug is code 70 with one line asking for a report; an output the OS
refuses is 74; the README table and every command's --help say the same."""

from __future__ import annotations

import re
import sys

import pytest
from fuzzkit import ROOT, RULE_0844, describe, run_cli

GRACE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"  # not eligible for 0844
FAST = ("--no-infer", "--as-of", "2025-01-31")


def run_main(monkeypatch, capsys, *args: object) -> tuple[int, str, str]:
    """The real entry point, `matcher.cli.main`, in-process."""
    from matcher.cli import main

    monkeypatch.setattr(sys, "argv", ["matcher", *map(str, args)])
    with pytest.raises(SystemExit) as exit_:
        main()
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


# --- screen ------------------------------------------------------------------------------


def test_screen_error_rows_and_bad_usage_have_different_codes(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("experience: [\n")
    out = tmp_path / "report.csv"
    partial = run_cli("screen", RULE_0844, GRACE, broken, "-o", out, "--no-infer", "-q")
    assert partial.exit_code == 4, describe(partial)
    assert out.read_text(encoding="utf-8").count("\n") == 3  # header and both rows: the report was written
    clean = run_cli("screen", RULE_0844, GRACE, "--no-infer", "-q")
    assert clean.exit_code == 0, describe(clean)
    usage = run_cli("screen", RULE_0844, GRACE, "--only", "hired", "-q")
    assert usage.exit_code == 2, describe(usage)
    assert run_cli("screen", RULE_0844, GRACE, broken, "--no-infer", "-q", "--exit-zero").exit_code == 0


# --- check -------------------------------------------------------------------------------


def test_check_keeps_its_verdict_codes_and_exit_zero_asks_for_0_unless_it_failed(tmp_path):
    assert run_cli("check", GRACE, RULE_0844, *FAST).exit_code == 1
    assert run_cli("check", GRACE, RULE_0844, *FAST, "--exit-zero").exit_code == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("experience: [\n")
    assert run_cli("check", broken, RULE_0844, *FAST, "--exit-zero").exit_code == 2  # a failure stays one


@pytest.mark.parametrize("command", ["check", "screen", "rules test", "rules coverage", "rules diff"])
def test_exit_zero_is_offered_by_every_command_with_verdict_codes(command):
    from matcher.cli.exit_codes import EXIT_ZERO_COMMANDS

    assert command in EXIT_ZERO_COMMANDS
    assert "--exit-zero" in run_cli(*command.split(), "--help").stdout


# --- errors by class ---------------------------------------------------------------------


def test_a_bug_is_an_internal_error_with_its_own_code_never_bad_input(monkeypatch, capsys):
    import matcher.api

    def broken(*args, **kwargs):
        return {}["a key that is not there"]

    monkeypatch.delenv("MATCHER_DEBUG", raising=False)
    monkeypatch.setattr(matcher.api, "check_profile", broken)
    code, out, err = run_main(monkeypatch, capsys, "check", GRACE, RULE_0844, *FAST)
    assert code == 70
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("matcher: internal error (a bug in matcher, not a problem with your input): KeyError")
    assert "report it" in err and "[E900]" in err
    assert "bad input" not in err and out == ""


def test_the_os_refusing_the_output_is_its_own_code(monkeypatch, capsys, tmp_path):
    import os

    real_open = os.open

    def refuse(path, *args, **kwargs):  # the report's temporary file only: inputs are still read
        if os.path.basename(os.fspath(path)).startswith(".report.txt."):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    out = tmp_path / "report.txt"
    code, _, err = run_main(monkeypatch, capsys, "check", GRACE, RULE_0844, *FAST, "-o", out)
    assert code == 74
    assert err == f"matcher: {out}: cannot write the output: Permission denied [E108]\n"


def test_standard_output_the_os_refuses_is_an_output_error(monkeypatch):
    import io

    from matcher.errors import OutputError
    from matcher.files.output import emit

    class Full(io.StringIO):
        def flush(self):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("sys.stdout", Full())
    with pytest.raises(OutputError, match=r"<stdout>: cannot write the output: No space left on device \[E108\]"):
        emit("report", None)


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("rules", "validate"), ("screen", RULE_0844, ROOT / "profiles"), ("--help",)])
def test_a_full_stdout_is_the_coded_output_error_for_every_command(args):
    # rich tables and typer.echo print straight to stdout: a full disk there must still
    # read as [E108] with exit 74, as a report written with -o does (it said only the reason)
    import subprocess

    from fuzzkit import MATCHER

    with open("/dev/full", "w") as full:
        done = subprocess.run([str(MATCHER), *map(str, args)], stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = done.stderr.decode()
    assert done.returncode == 74, err
    assert err == "matcher: <stdout>: cannot write the output: No space left on device [E108]\n"


def test_bad_input_is_still_2_through_the_entry_point(monkeypatch, capsys, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("experience: [\n")
    code, _, err = run_main(monkeypatch, capsys, "check", broken, RULE_0844, *FAST)
    assert code == 2 and err.startswith(f"matcher: {broken}:2:")


# --- documented once ---------------------------------------------------------------------


def test_the_readme_table_is_the_one_the_code_knows():
    from matcher.cli.exit_codes import readme_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = readme.split("## Exit codes", 1)[1].splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = next(i for i in range(first, len(lines)) if not lines[i].startswith("|"))
    assert "\n".join(lines[first:end]) + "\n" == readme_table()


def _words(text: str) -> str:
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize(
    "command",
    [
        "check",
        "screen",
        "rules test",
        "rules coverage",
        "rules diff",
        "rules validate",
        "profile validate",
        "rules draft",
        "categorize",
    ],
)
def test_help_says_what_the_readme_says(command):
    from matcher.cli.exit_codes import codes

    text = _words(run_cli(*command.split(), "--help").stdout)
    readme = _words((ROOT / "README.md").read_text(encoding="utf-8"))
    for code, meaning in codes(command):
        assert f"{int(code)} {_words(meaning)}" in text, (command, code)
        assert _words(meaning) in readme, (command, code)
