"""Fourth red-team pass of issue 17, row 15 and the "also" line in test case files: a
case's `infer` took YAML 1.1 words and numbers as booleans (`infer: off`, `infer: 0`,
`infer: "no"`) and `expect.score` took `true`, `"1"` and `1.0` as scores, where every
boolean and number of a profile or rules file is strict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fuzzkit import describe, run_cli

ROOT = Path(__file__).resolve().parents[2]
PROFILE = "{id: x, name: X, experience: [{title: Fingerprint examiner, start: 2015-01, end: 2019-12}]}"


def _case(tmp_path: Path, top: str = "", expect: str = "") -> Path:
    shutil.copytree(ROOT / "rules" / "notices", tmp_path / "notices")
    rules = tmp_path / "interpol-vn-0844.yaml"
    shutil.copy(ROOT / "rules" / "interpol-vn-0844.yaml", rules)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / rules.name).write_text(
        f"- name: a case\n  profile: {PROFILE}\n  {top}\n  expect:\n    verdict: not_eligible\n    {expect}\n",
        encoding="utf-8",
    )
    return rules


@pytest.mark.timeout(120)
@pytest.mark.parametrize("value", ["off", "on", "yes", "'no'", "0", "1", "'true'"])
def test_infer_is_a_strict_boolean(tmp_path: Path, value: str):
    run = run_cli("rules", "test", _case(tmp_path, top=f"infer: {value}"))
    assert run.exit_code == 2 and "[0].infer" in run.stderr and "valid boolean" in run.stderr, describe(run)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("value", ["true", "'1'", "1.0", "1e0"])
def test_the_expected_score_is_a_strict_whole_number(tmp_path: Path, value: str):
    run = run_cli("rules", "test", _case(tmp_path, expect=f"score: {value}"))
    assert run.exit_code == 2 and "expect.score" in run.stderr and "valid integer" in run.stderr, describe(run)


@pytest.mark.timeout(120)
def test_strict_values_still_read(tmp_path: Path):
    run = run_cli("rules", "test", _case(tmp_path, top="infer: false", expect="score: 0"))
    assert run.exit_code in (0, 1) and "passed" in run.stdout, describe(run)
