"""`matcher check` end to end on a profile holding a job whose start is not stated (an import
could not read its dates): a verdict that rests on that job is "needs review" (exit 3), never
"not eligible" for want of the job, and the report says which entry and what to add."""

from __future__ import annotations

import json

import yaml
from fuzzkit import ROOT, RULE_0844, describe, run_cli

GRACE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"  # short of 3 years of fingerprints
FAST = ("--no-infer", "--as-of", "2025-01-31")
UNDATED_JOB = {
    "title": "Fingerprint examiner",
    "employer": "Kenya Police forensic unit",
    "employer_type": "law_enforcement",
    "country": "KE",
    "description": "Ten-print comparison.",
    "categories": ["fingerprints"],
}


def test_undated_qualifying_job_turns_not_eligible_into_needs_review(tmp_path):
    data = yaml.safe_load(GRACE.read_text(encoding="utf-8"))
    data["experience"].append(UNDATED_JOB)
    undated = tmp_path / "grace-undated.yaml"
    undated.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert run_cli("check", GRACE, RULE_0844, *FAST).exit_code == 1  # the control: not eligible
    run = run_cli("check", undated, RULE_0844, *FAST, "--format", "json")
    assert run.exit_code == 3, describe(run)
    report = json.loads(run.stdout)
    assert report["verdict"] == "needs_review"
    text = run_cli("check", undated, RULE_0844, *FAST)
    assert text.exit_code == 3, describe(text)
    last = f"experience {len(data['experience'])}"
    assert "start not stated" in text.stdout and last in text.stdout
