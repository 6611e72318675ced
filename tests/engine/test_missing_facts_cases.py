"""Candidates with missing facts (tests/data/missing_facts/), through `matcher check` as a
user runs it: the verdict and the blocking requirements worked out by hand for each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
CASES_DIR = Path(__file__).resolve().parents[1] / "data" / "missing_facts"
EXPECTED = yaml.safe_load((CASES_DIR / "expected.yaml").read_text(encoding="utf-8"))
CASES = [(name, notice, want) for name, notices in sorted(EXPECTED.items()) for notice, want in notices.items()]
EXIT_CODES = {"eligible": 0, "not_eligible": 1, "needs_review": 3}
runner = CliRunner()


def test_there_are_enough_cases_and_each_file_has_an_expectation():
    files = sorted(p.name for p in CASES_DIR.iterdir() if p.suffix in {".yaml", ".json"} and p.stem != "expected")
    assert files == sorted(EXPECTED) and len(files) >= 16
    verdicts = {want["verdict"] for _, _, want in CASES}
    assert verdicts == set(EXIT_CODES)


@pytest.mark.parametrize(("name", "notice", "want"), CASES, ids=[c[0][:4] for c in CASES])
def test_case(name, notice, want):
    res = runner.invoke(
        app, ["check", str(CASES_DIR / name), str(ROOT / "rules" / f"{notice}.yaml"), "--format", "json"]
    )
    (report,) = json.loads(res.stdout)["evaluations"]  # one notice: one evaluation
    blocking = [
        r["id"]
        for r in report["requirements"]
        if r["importance"] == "required" and r["status"] in ("not_met", "unknown")
    ]
    assert (report["verdict"], blocking) == (want["verdict"], want["blocking"]), [
        (r["id"], r["explanation"]) for r in report["requirements"] if r["id"] in blocking
    ]
    assert res.exit_code == EXIT_CODES[want["verdict"]]
