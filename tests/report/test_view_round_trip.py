"""A requirement's view comes back whole from its JSON (the web app keeps screening
runs as JSON and shows each applicant with the reports' own macro): typed evidence,
children, dates, and the notice sentence given apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from matcher.engine.evaluate import evaluate
from matcher.models.load import load_profile, load_rules
from matcher.reference import discover_rules
from matcher.report.view import RequirementView, build

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted((ROOT / "profiles").glob("*.y*ml"))[:8]
RULES = [load_rules(path) for path in discover_rules(ROOT / "rules")]


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.stem)
def test_from_dict_is_the_inverse_of_to_dict(profile, cat):
    candidate = load_profile(profile)
    for rules in RULES:
        view = build(evaluate(candidate, rules, categorizer=cat))
        sources = {req.id: req.source for req in rules.all_requirements()}
        for r in view.requirements:
            assert RequirementView.from_dict(r.to_dict()) == r
            assert RequirementView.from_dict(r.to_dict(with_source=False), sources) == r
            assert [e.line() for e in RequirementView.from_dict(r.to_dict()).evidence] == r.evidence_lines
