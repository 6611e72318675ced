"""Third red-team pass of issue 17 ("lax parameters"): a rules file's
`duration_months: 1e999` was accepted (a YAML 1.2 float, StrictFloat takes infinity)
and reports said "inf months"; any huge value (1e300) was a fact no contract has."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzkit import RULE_0844, assert_one_line_error, run_cli


def _rules(tmp_path: Path, new: str) -> Path:
    text = RULE_0844.read_text(encoding="utf-8")
    assert "duration_months: 27\n" in text
    path = tmp_path / "rules.yaml"
    text = text.replace("duration_months: 27\n", f"duration_months: {new}\n", 1)
    path.write_text(text.replace("source_file: ", f"source_file: {RULE_0844.parent}/", 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["1e999", "-1e999", "1e300", "100000"])
def test_an_infinite_or_huge_contract_duration_is_refused(tmp_path: Path, value: str):
    rules = _rules(tmp_path, value)
    line = assert_one_line_error(run_cli("rules", "validate", rules), rules)
    assert "duration_months" in line


def test_a_fractional_duration_still_reads(tmp_path: Path):
    run = run_cli("rules", "validate", _rules(tmp_path, "27.5"))
    assert run.exit_code == 0, run.stderr
