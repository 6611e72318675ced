"""Every example profile against every notice, through `matcher check`, as a user runs it.

The expected verdicts live in tests/expected_verdicts.yaml; each was derived by hand from the
notice and the rules file (the reasons are in each profile's header). Free-text twins
(`*-freetext.yaml`) declare no categories: their verdicts come from matcher.nlp and
must equal their declared twins'.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from matcher.cli import app
from matcher.models.load import load_profile
from matcher.reference import discover_rules

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ROOT / "profiles"
RULES = {path.stem: path for path in discover_rules(ROOT / "rules")}
EXPECTED_FILE = Path(__file__).resolve().parent / "expected_verdicts.yaml"  # kept out of profiles/: not a profile
EXPECTED: dict[str, dict[str, str]] = yaml.safe_load(EXPECTED_FILE.read_text(encoding="utf-8"))
FILES = sorted(p.name for p in PROFILES.iterdir() if p.suffix in {".yaml", ".json"})
EXIT_CODES = {"eligible": 0, "not_eligible": 1, "needs_review": 3}
runner = CliRunner()


def is_freetext(name: str) -> bool:
    return name.endswith("-freetext.yaml")


def test_there_are_enough_examples_and_expected_yaml_lists_exactly_them():
    assert len(FILES) >= 14
    assert sorted(EXPECTED) == FILES
    assert len(RULES) == 4
    for name, verdicts in EXPECTED.items():
        assert sorted(verdicts) == sorted(RULES), name
        assert set(verdicts.values()) <= set(EXIT_CODES), name
    assert sum(is_freetext(n) for n in FILES) >= 2
    assert any(n.endswith(".json") for n in FILES)


@pytest.mark.parametrize("notice", sorted(RULES))
def test_each_notice_has_an_eligible_a_not_eligible_and_a_needs_review_example(notice):
    declared = {v[notice] for n, v in EXPECTED.items() if not is_freetext(n)}
    assert declared == {"eligible", "not_eligible", "needs_review"}


@pytest.mark.parametrize("name", FILES)
def test_profile_validates(name):
    profile = load_profile(PROFILES / name)
    assert profile.experience, "an example without experience shows little"
    if is_freetext(name):
        assert all(not e.categories and e.description for e in profile.experience)
        twin = name.replace("-freetext.yaml", ".yaml")
        assert twin in EXPECTED, f"free-text twin of a missing profile {twin}"
        assert EXPECTED[name] == EXPECTED[twin]
    else:  # declared categories everywhere: checking these profiles never needs NLP
        assert all(e.categories for e in profile.experience)


@pytest.mark.parametrize("name", FILES)
def test_documented_verdicts_agree_with_expected_yaml(name):
    """The header comment (or JSON `notes`) states the same verdicts as expected.yaml."""
    text = (PROFILES / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        doc = json.loads(text)["notes"]
    else:
        doc = "\n".join(line for line in text.splitlines() if line.startswith("#"))
        assert text.startswith("# "), "YAML examples open with a header comment"
    stated = dict(re.findall(r"(interpol-vn-\d{4})\s+(eligible|not_eligible|needs_review)\b", doc))
    assert stated == EXPECTED[name]


CASES = [(name, notice) for name in FILES for notice in sorted(RULES)]


@pytest.mark.parametrize(("name", "notice"), CASES, ids=[f"{n}-{r[-4:]}" for n, r in CASES])
def test_example_verdict_and_exit_code(name, notice):
    res = runner.invoke(app, ["check", str(PROFILES / name), str(RULES[notice]), "--format", "json"])
    assert res.exit_code in EXIT_CODES.values(), res.output
    [data] = json.loads(res.stdout)["evaluations"]
    expected = EXPECTED[name][notice]
    assert data["notice"]["id"] == notice
    assert data["as_of"] == data["notice"]["deadline"]  # default as-of: the deadline
    assert data["verdict"] == expected, [
        (r["id"], r["status"], r["explanation"])
        for r in data["requirements"]
        if r["importance"] == "required" and r["status"] != "met"
    ]
    assert res.exit_code == EXIT_CODES[expected]
