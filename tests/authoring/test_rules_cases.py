"""`matcher rules test` end to end: the shipped cases pass; wrong and malformed ones do not."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
R0844 = ROOT / "rules" / "interpol-vn-0844.yaml"
GRACE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def project(tmp_path: Path, cases: str) -> Path:
    """A project folder with the 0844 rules and the given case file beside them."""
    (tmp_path / "rules" / "tests").mkdir(parents=True)
    shutil.copy(R0844, tmp_path / "rules" / R0844.name)
    (tmp_path / "rules" / "tests" / R0844.name).write_text(cases, encoding="utf-8")
    return tmp_path / "rules" / R0844.name


def test_every_shipped_case_passes_with_at_least_five_per_notice():
    res = run("rules", "test")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    per_notice = Counter(re.match(r"PASS  (interpol-vn-\d{4}): ", line).group(1) for line in lines[:-1])
    assert sorted(per_notice) == ["interpol-vn-0822", "interpol-vn-0844", "interpol-vn-1295", "interpol-vn-1695"]
    assert min(per_notice.values()) >= 5
    assert lines[-1] == f"{sum(per_notice.values())} passed, 0 failed"


def test_json_output_from_the_installed_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", "rules", "test", str(R0844), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["failed"] == 0 and data["passed"] == len(data["cases"]) >= 5
    assert {c["notice"] for c in data["cases"]} == {"interpol-vn-0844"}
    assert all(c["passed"] and c["failures"] == [] and c["line"] for c in data["cases"])


WRONG = f"""
- name: right about Grace
  profile: {GRACE}
  expect:
    verdict: not_eligible
    eligible_from: 2025-05-31
- name: wrong about Grace on purpose
  profile: {GRACE}
  expect:
    verdict: eligible
    score: 3
    requirements:
      fingerprint_experience: {{status: not_met, met_from: 2025-06-01}}
      african_countries: not_met
"""


def test_a_wrong_case_fails_with_exit_1_naming_the_case_and_each_difference(tmp_path):
    res = run("rules", "test", project(tmp_path, WRONG))
    assert res.exit_code == 1, res.output
    out = res.stdout
    assert "PASS  interpol-vn-0844: right about Grace" in out
    assert "FAIL  interpol-vn-0844: wrong about Grace on purpose" in out
    assert re.search(r"interpol-vn-0844\.yaml:7: verdict: expected eligible, got not_eligible", out)
    assert "score: expected 3, got 1 of 3" in out
    assert "fingerprint_experience: expected met_from 2025-06-01, got 2025-05-31" in out
    assert "african_countries: expected not_met, got met" in out
    assert out.rstrip().endswith("1 passed, 1 failed")


def test_a_case_file_can_be_named_directly_and_profile_paths_start_at_the_project(tmp_path):
    rules = project(
        tmp_path,
        """
- name: relative profile path
  profile: profiles/me.yaml
  expect: {verdict: not_eligible, requirements: {fingerprint_experience: not_met}}
""",
    )
    (tmp_path / "profiles").mkdir()
    shutil.copy(GRACE, tmp_path / "profiles" / "me.yaml")
    res = run("rules", "test", rules.parent / "tests" / rules.name, "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["cases"][0]["name"] == "relative profile path"


@pytest.mark.parametrize(
    ("cases", "where", "message"),
    [
        ("- name: x\n  profile: {}\n  expect: {verdict: elegible}\n", ":3:", "[0].expect.verdict: Input should be"),
        (
            "- name: x\n  profile: {}\n  expect:\n    requirements: {fingerprints: met}\n",
            ":4:",
            "no requirement 'fingerprints' in interpol-vn-0844.yaml",
        ),
        ("- name: x\n  profile: profiles/none.yaml\n  expect: {}\n", ":2:", "profile 'profiles/none.yaml' not found"),
        (
            "- name: x\n  profile: {experience: [{title: a, start: 2020-13}]}\n  expect: {}\n",
            ":2:",
            "[0].profile.experience[0].start",
        ),
        ("- name: x\n  profile: {}\n  expect: {}\n- name: x\n  profile: {}\n  expect: {}\n", ":4:", "used twice"),
        ("- name: x\n  profile: {}\n  expect: {verdict: eligible\n", ":4:", "invalid YAML"),
        ("name: x\n", ":1:", "expected a list of test cases"),
    ],
    ids=[
        "bad-verdict",
        "unknown-requirement",
        "missing-profile",
        "bad-inline-profile",
        "duplicate-name",
        "broken-yaml",
        "not-a-list",
    ],
)
def test_a_malformed_case_file_is_one_line_with_file_and_line_and_exit_2(tmp_path, cases, where, message):
    res = run("rules", "test", project(tmp_path, cases))
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.output
    assert lines[0].startswith("matcher: ") and f"tests/interpol-vn-0844.yaml{where}" in lines[0]
    assert message in lines[0]
    assert res.stdout == ""  # nothing runs when a case file is malformed


def test_a_rules_file_without_cases_is_bad_input(tmp_path):
    rules = tmp_path / R0844.name
    shutil.copy(R0844, rules)
    res = run("rules", "test", rules)
    assert res.exit_code == 2
    assert "no test cases for this rules file" in res.stderr
