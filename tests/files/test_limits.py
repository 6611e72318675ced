"""The loaders' limits, each refused quickly with a clear one-line message.

Limits (matcher/files/reading.py and documents.py, documented in SECURITY.md): file size (MATCHER_MAX_FILE_BYTES,
default 5 MiB), nesting depth (MAX_DEPTH), values per file (MAX_NODES), string length
(MAX_STRING_CHARS); YAML anchors and aliases refused outright. Also regression tests for
what the fuzzing found: unbounded reads, non-finite numbers, hostile keys in the error
line, slow counting of very old periods.
"""

from __future__ import annotations

import json
import os

import pytest
from fuzzkit import AS_OF, RULE_0844, VALID_PROFILE, assert_clean, assert_one_line_error, describe, run_cli, run_process

from matcher.files import documents as loading
from matcher.files import reading
from matcher.models.profile_limits import MAX_ENTRIES


def timed_check(path, *extra, limit: float):
    # The process is killed (and the test fails) past ten times the expected time: what these
    # inputs guard against (unbounded reads, exponential expansion) runs for hours or forever,
    # and no wall-clock assertion is made that a loaded machine could break.
    return run_cli("check", path, RULE_0844, "--as-of", AS_OF, *extra, timeout=max(limit * 10, 30))


def billion_laughs(levels: int = 10) -> str:
    lines = ['lol0: &lol0 "lol"']
    for i in range(1, levels):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\nexperience: *lol9\n"


def test_billion_laughs_is_refused_in_well_under_a_second(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs())
    line = assert_one_line_error(timed_check(path, limit=0.5), path)
    assert "anchors and aliases" in line
    assert line.startswith(f"matcher: {path}:1:")  # points at the first anchor


def test_a_lone_alias_is_refused_with_its_line(tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text("experience: []\nname: *nothing\n")
    line = assert_one_line_error(run_cli("check", path, RULE_0844), path)
    assert line.startswith(f"matcher: {path}:2:") and "aliases" in line


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_file_size_limit_default_five_mib(tmp_path, suffix):
    path = tmp_path / f"big{suffix}"
    path.write_text('{"name": "' + "x" * (reading.MAX_FILE_BYTES + 10) + '"}')
    line = assert_one_line_error(timed_check(path, limit=1.0), path)
    assert "5,242,880-byte limit" in line and "MATCHER_MAX_FILE_BYTES" in line


def test_file_size_limit_can_be_changed_with_the_environment(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(VALID_PROFILE)
    line = assert_one_line_error(run_process("check", path, RULE_0844, env={"MATCHER_MAX_FILE_BYTES": "100"}), path)
    assert "100-byte limit" in line
    assert_clean(run_process("check", path, RULE_0844, "--as-of", AS_OF, env={"MATCHER_MAX_FILE_BYTES": "100000"}))


def test_endless_device_is_refused_without_reading():
    """/dev/zero reports size 0: reading it whole never ends (found by fuzzing). A device
    is no profile: refused before any byte is read."""
    run = run_process("check", "/dev/zero", RULE_0844, timeout=20)
    assert "is a character device, not a regular file" in assert_one_line_error(run, "/dev/zero")


@pytest.mark.parametrize("depth", [loading.MAX_DEPTH + 5, 999, 100_000])
def test_deep_yaml_nesting(tmp_path, depth):
    path = tmp_path / "deep.yaml"
    path.write_text("experience: " + "[" * depth + "]" * depth + "\n")
    line = assert_one_line_error(timed_check(path, limit=1.0), path)
    assert "nesting" in line and f"{path}:1:" in line


@pytest.mark.parametrize("depth", [loading.MAX_DEPTH + 5, 100_000])
def test_deep_json_nesting(tmp_path, depth):
    path = tmp_path / "deep.json"
    path.write_text('{"experience": ' + "[" * depth + "]" * depth + "}")
    assert "nesting deeper than" in assert_one_line_error(timed_check(path, limit=1.0), path)


def test_deep_block_nesting(tmp_path):
    path = tmp_path / "deep-block.yaml"
    path.write_text("experience:\n" + "".join("  " * i + "-\n" for i in range(200)) + "  " * 200 + "- x\n")
    assert "nesting" in assert_one_line_error(timed_check(path, limit=1.0), path)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_too_many_values_refused_quickly(tmp_path, suffix):
    values = loading.MAX_NODES + 10
    path = tmp_path / f"many{suffix}"
    path.write_text('{"nationality": [' + ",".join(["1"] * values) + "]}")
    assert "values in one file" in assert_one_line_error(timed_check(path, limit=3.0), path)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_long_strings_refused(tmp_path, suffix):
    path = tmp_path / f"long{suffix}"
    path.write_text(json.dumps({"name": "x" * (loading.MAX_STRING_CHARS + 1), "experience": []}))
    line = assert_one_line_error(timed_check(path, limit=1.0), path)
    assert "characters, over the 100,000 limit" in line


def test_string_at_the_limit_is_accepted(tmp_path):
    path = tmp_path / "long-ok.yaml"
    path.write_text(VALID_PROFILE + "notes: " + "x" * loading.MAX_STRING_CHARS + "\n")
    assert timed_check(path, limit=2.0).exit_code == 0


@pytest.mark.parametrize("value", ["1e999", ".inf", "inf", "nan", "'Infinity'"])
def test_non_finite_numbers_in_rules_are_refused(tmp_path, value):
    """min_years: 1e999 reached Fraction(inf) and a traceback (found by fuzzing)."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULE_0844.read_text().replace("min_years: 10\n", f"min_years: {value}\n"))
    profile = tmp_path / "p.yaml"
    profile.write_text(VALID_PROFILE)
    line = assert_one_line_error(run_cli("check", profile, rules), rules)
    assert "requirements[0].children[1].min_years" in line


def test_non_finite_numbers_in_json_profiles(tmp_path):
    path = tmp_path / "nan.json"
    path.write_text(
        '{"experience": [{"title": "x", "start": "2010", "fraction": NaN}],'
        ' "education": [{"level": 7, "years": Infinity}]}'
    )
    line = assert_one_line_error(run_cli("check", path, RULE_0844), path)
    assert "education[0].years" in line and "(and 1 more problem)" in line


@pytest.mark.parametrize("key", ["a\\nb", "\\e[31mred", "\\e]0;title\\a", "\\u202eevil", "\\r\\u2028x"])
def test_hostile_keys_stay_on_one_escaped_line(tmp_path, key):
    """An unknown key is named in the error: it must not break the line or reach the terminal."""
    path = tmp_path / "key.yaml"
    path.write_text(f'experience: []\n"{key}": 1\n')
    run = run_process("check", path, RULE_0844)
    line = assert_one_line_error(run, path)
    assert "unknown field" in line and "\u202e" not in line and "\u2028" not in line


def test_hostile_file_name_stays_on_one_line(tmp_path):
    path = tmp_path / "a\nb\x1b[31m.yaml"
    path.write_text("experience: [\n")
    line = assert_one_line_error(run_cli("check", path, RULE_0844))
    assert "a\\nb\\x1b[31m.yaml" in line


def test_ancient_start_dates_are_counted_quickly(tmp_path):
    """Counting was month by month: 200 jobs from the year 1000 took ~20 s."""
    entries = "".join(
        f"  - {{title: t{i}, start: '1000-01', ongoing: true, fraction: 0.5, "
        f"categories: [fingerprints], country: SN}}\n"
        for i in range(200)
    )
    path = tmp_path / "old.yaml"
    path.write_text("experience:\n" + entries)
    assert_clean(timed_check(path, limit=3.0), path)


def test_many_entries_within_the_limits_are_evaluated_in_bounded_time(tmp_path):
    entries = "".join(
        f"  - {{title: t{i}, start: 2001-{i % 12 + 1:02d}, end: 2002-06, fraction: 0.5, "
        f"categories: [fingerprints], country: SN}}\n"
        for i in range(MAX_ENTRIES)  # a profile's limit (matcher/models/profile_limits.py)
    )
    path = tmp_path / "many-jobs.yaml"
    path.write_text("experience:\n" + entries)
    assert timed_check(path, "--format", "json", limit=10.0).exit_code in (0, 1, 3)


def test_screen_does_not_block_on_a_pipe_in_a_folder(tmp_path):
    """A FIFO named *.yaml in a screened folder blocked the whole run forever."""
    folder = tmp_path / "applicants"
    folder.mkdir()
    (folder / "a.yaml").write_text(VALID_PROFILE)
    os.mkfifo(folder / "pipe.yaml")
    (folder / "loop").symlink_to(".")  # a symlink loop is walked once
    run = run_process("screen", RULE_0844, folder, "--format", "jsonl", "--no-infer", "--quiet", timeout=30)
    rows = {json.loads(line)["input"]: json.loads(line) for line in run.stdout.splitlines()}
    assert run.exit_code == 4 and set(rows) == {f"{folder}/a.yaml", f"{folder}/pipe.yaml"}, describe(run)
    assert "not a regular file" in rows[f"{folder}/pipe.yaml"]["error"]
