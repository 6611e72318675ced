"""The malformed-input corpus (tests/malformed/, see its README.md), through the real CLI.

Each file has a sidecar `NAME.expect` of `key: value` lines:

    exit: 2                      the exit code (0/1/3 for inputs that must be ACCEPTED)
    message: <regex>             searched for in the one stderr line
    line: 3                      the line the message must point at (`FILE:3:`)
    field: experience[0].start   the field it must name (` experience[0].start:`)
    role: rules                  the file is a rules file (checked with a valid profile)

A profile is checked as `matcher check FILE rules/interpol-vn-0844.yaml`; a rules file
as `matcher check VALID_PROFILE FILE`. Cases too big or too odd to commit (10 MB
strings, a directory, a missing file, too many values) are generated here.
"""

from __future__ import annotations

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fuzzkit import AS_OF, RULE_0844, VALID_PROFILE, assert_one_line_error, describe, run_cli, run_process

# The corpus fixture runs every case through the real executable (about a hundred processes, two at
# a time); on a loaded machine that takes minutes, so the first test that builds it gets time for it.
pytestmark = pytest.mark.timeout(600)

CORPUS = Path(__file__).resolve().parents[1] / "malformed"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix != ".expect" and p.name != "README.md")


def expectation(case: Path) -> dict[str, str]:
    sidecar = case.with_name(case.name + ".expect")
    pairs = [
        line.split(":", 1)
        for line in sidecar.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return {key.strip(): value.strip() for key, value in pairs}


def check_against(line: str, path: Path, expect: dict[str, str]) -> None:
    assert re.search(expect["message"], line), f"{line!r} does not match {expect['message']!r}"
    if "line" in expect:
        assert line.startswith(f"matcher: {path}:{expect['line']}:"), line
    if "field" in expect:
        assert f" {expect['field']}:" in line, line


@pytest.fixture(scope="module")
def valid_profile(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "valid.yaml"
    path.write_text(VALID_PROFILE, encoding="utf-8")
    return path


def test_corpus_is_complete():
    assert len(CASES) >= 50
    missing = [p.name for p in CASES if not p.with_name(p.name + ".expect").exists()]
    assert not missing, f"cases without a sidecar: {missing}"
    orphans = [p.name for p in CORPUS.glob("*.expect") if not p.with_suffix("").exists()]
    assert not orphans, f"sidecars without a case: {orphans}"


@pytest.fixture(scope="module")
def corpus_runs(valid_profile: Path) -> dict[Path, object]:
    """Every case through the real executable, a few processes at a time."""

    def one(case: Path):
        if expectation(case).get("role") == "rules":
            return run_process("check", valid_profile, case)
        return run_process("check", case, RULE_0844)

    # Two at a time on the 2-core machine: four startups at once under a loaded suite timed out.
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(CASES, pool.map(one, CASES), strict=True))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_corpus_case(case: Path, corpus_runs):
    expect, run = expectation(case), corpus_runs[case]
    assert "Traceback" not in run.stderr, describe(run)
    assert run.exit_code == int(expect["exit"]), describe(run)
    if run.exit_code != 2:  # accepted: a report and nothing on stderr
        assert run.stdout.strip() and not run.stderr, describe(run)
        return
    line = assert_one_line_error(run, case)
    check_against(line, case, expect)
    assert "line" in expect or "field" in expect or not re.search(r"YAML|JSON|field", expect["message"]), (
        "a syntax or field error must say where it is"
    )


# --- the same corpus through `matcher profile validate` and `matcher screen` ---------------


def _role(case: Path) -> str:
    return expectation(case).get("role", "profile")


PROFILE_CASES = [c for c in CASES if _role(c) == "profile"]
RULES_CASES = [c for c in CASES if _role(c) == "rules"]


@pytest.mark.parametrize("case", PROFILE_CASES, ids=lambda p: p.name)
def test_profile_validate_case(case: Path):
    expect = expectation(case)
    run = run_cli("profile", "validate", case)
    if expect["exit"] != "2":
        assert run.exit_code == 0 and run.stdout == f"{case}: ok\n" and not run.stderr, describe(run)
    else:
        check_against(assert_one_line_error(run, case), case, expect)
        assert not run.stdout


def test_screen_goes_through_the_whole_corpus_with_one_row_each():
    """One bad profile becomes an error row naming where it is wrong; nothing is dropped."""
    run = run_cli("screen", RULE_0844, *PROFILE_CASES, "--as-of", AS_OF, "--format", "jsonl")
    assert run.exception is None and run.exit_code == 4, describe(run)
    rows = {row["input"]: row for row in map(json.loads, run.stdout.splitlines())}
    assert sorted(rows) == sorted(map(str, PROFILE_CASES))
    for case in PROFILE_CASES:
        expect, row = expectation(case), rows[str(case)]
        if expect["exit"] != "2":
            assert row["verdict"] != "error", row
            continue
        assert row["verdict"] == "error", row
        check_against(f"matcher: {row['error']}", case, expect)
    errors = [line for line in run.stderr.splitlines() if not line.startswith("screened ")]
    assert len(errors) >= 10 and all(line.startswith("matcher: ") for line in errors)


@pytest.mark.parametrize("case", RULES_CASES, ids=lambda p: p.name)
def test_screen_refuses_a_bad_rules_file_in_one_line(case: Path, valid_profile: Path):
    line = assert_one_line_error(run_cli("screen", case, valid_profile, "--quiet"), case)
    check_against(line, case, expectation(case))


# --- cases generated at test time ---------------------------------------------------------


def test_ten_megabyte_string_is_refused_by_size(tmp_path):
    path = tmp_path / "ten-mb-string.yaml"
    with path.open("w") as handle:
        handle.write("experience: []\nname: ")
        handle.write("x" * 10_000_000)
    line = assert_one_line_error(run_process("check", path, RULE_0844), path)
    assert re.search(r"file is 10,000,0\d\d bytes, over the 5,242,880-byte limit", line), line


def test_long_string_within_the_size_limit_is_refused_by_length(tmp_path):
    path = tmp_path / "long-string.yaml"
    path.write_text("experience: []\ndescription_of_me: ok\nname: " + "x" * 4_000_000 + "\n")
    line = assert_one_line_error(run_process("check", path, RULE_0844), path)
    check_against(
        line, path, {"message": r"value of 4,000,000 characters, over the 100,000 limit", "line": "3", "field": "name"}
    )


def test_directory_given_as_a_profile(tmp_path):
    line = assert_one_line_error(run_process("check", tmp_path, RULE_0844), tmp_path)
    assert "is a directory, expected a file" in line


def test_directory_given_as_rules(tmp_path, valid_profile):
    line = assert_one_line_error(run_process("check", valid_profile, tmp_path), tmp_path)
    assert "is a directory" in line


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    assert "No such file" in assert_one_line_error(run_process("check", path, RULE_0844), path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.yaml"
    path.write_text(VALID_PROFILE)
    path.chmod(0)
    assert "Permission denied" in assert_one_line_error(run_process("check", path, RULE_0844), path)


def test_too_many_values(tmp_path):
    path = tmp_path / "many.yaml"
    path.write_text("experience: []\nnationality:\n" + "  - FR\n" * 250_000)
    line = assert_one_line_error(run_process("check", path, RULE_0844), path)
    check_against(line, path, {"message": r"more than 200,000 values in one file"})


def test_deeply_nested_block_lists(tmp_path):
    path = tmp_path / "deep-block.yaml"
    path.write_text("experience:\n" + "".join("  " * i + "-\n" for i in range(1, 80)) + "  " * 80 + "- x\n")
    line = assert_one_line_error(run_process("check", path, RULE_0844), path)
    assert "nesting deeper than 40 levels" in line
