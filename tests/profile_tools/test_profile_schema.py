"""JSON Schemas (`matcher profile schema`, `matcher rules schema`) and `matcher profile validate`.

The schemas must accept what the tool accepts as written in YAML (dates as strings,
codes in either case), reject what it refuses, and stay in step with the shipped
copies in schemas/ that profiles point editors at.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from matcher.cli import app
from matcher.files.documents import load_document, parse_yaml
from matcher.profile_tools.schema import (
    EXAMPLE_PROFILE,
    PROFILE_SCHEMA_FILE,
    RULES_SCHEMA_FILE,
    profile_schema,
    rules_schema,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "profiles").glob("*") if p.suffix in {".yaml", ".yml", ".json"})
RULES = sorted((ROOT / "rules").glob("interpol-vn-*.yaml"))
runner = CliRunner()

GOOD = """\
name: Awa Diop
nationality: sn
current_employment: {employer_type: law_enforcement, employer_country: SN}
education:
  - {title: Licence, level: 6, years: 3, end: 2012}
experience:
  - title: Fingerprint examiner
    start: 2019-03
    ongoing: true
    countries_worked_with: [ML, ci]
    fraction: 0.5
    categories: [fingerprints]
  - {title: Clerk, start: 2015-01-15, end: 2018-12-31, proof_of_employment: false}
languages:
  - {language: FR, mother_tongue: true}
  - {language: en, level: c1}
  - {language: ar, skills: {listening: B1, speaking: A2}}
"""


@pytest.fixture(scope="module")
def profile_validator() -> jsonschema.Draft7Validator:
    schema = profile_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="module")
def rules_validator() -> jsonschema.Draft7Validator:
    schema = rules_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def errors(validator: jsonschema.Draft7Validator, data: object) -> list[str]:
    return [f"{e.json_path}: {e.message[:200]}" for e in validator.iter_errors(data)]


def test_there_are_example_profiles_to_check():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_schema_accepts_every_example_profile(profile_validator, path):
    assert errors(profile_validator, load_document(path).data) == []


def test_schema_accepts_a_profile_as_people_write_it(profile_validator):
    assert errors(profile_validator, parse_yaml(GOOD).data) == []
    assert errors(profile_validator, EXAMPLE_PROFILE) == []


BROKEN = {
    "unknown field": ("experience[0]", {"titel": "x", "title": "x", "start": "2019-03"}),
    "missing title": ("experience[0]", {"start": "2019-03"}),
    "date in words": ("experience[0]", {"title": "x", "start": "March 2019"}),
    "ongoing with an end": ("experience[0]", {"title": "x", "start": "2019-03", "ongoing": True, "end": "2020"}),
    "fraction above one": ("experience[0]", {"title": "x", "start": "2019-03", "fraction": 1.5}),
    "unknown category": ("experience[0]", {"title": "x", "start": "2019-03", "categories": ["cooking"]}),
    "unknown country": ("experience[0]", {"title": "x", "start": "2019-03", "country": "XX"}),
    "CEFR level D1": ("languages[0]", {"language": "en", "level": "D1"}),
    "unknown language": ("languages[0]", {"language": "xx", "level": "B2"}),
    "ISCED level 9": ("education[0]", {"level": 9}),
    "employer type": ("current_employment", {"employer_type": "police"}),
}


# Facts left out (or null) mean "not stated": the schema and the tool both accept them.
NOT_STATED = {
    "language without a level": ("languages[0]", {"language": "en"}),
    "language level null": ("languages[0]", {"language": "en", "level": None}),
    "education without level, years or completion": ("education[0]", {"institution": "Université de Lyon"}),
    "education completion null": ("education[0]", {"title": "Licence", "level": 6, "completed": None}),
    "employer without a type": ("current_employment", {"employer": "Police", "employer_country": "FR"}),
    "job without a start": ("experience[0]", {"title": "Analyst", "end": "2020-05"}),
    "job start null": ("experience[0]", {"title": "Analyst", "start": None, "ongoing": True}),
}


@pytest.mark.parametrize("case", sorted(NOT_STATED))
def test_schema_and_tool_accept_facts_left_out(profile_validator, tmp_path, case):
    where, value = NOT_STATED[case]
    data = parse_yaml(GOOD).data
    if where.endswith("[0]"):
        data[where[:-3]][0] = value
    else:
        data[where] = value
    assert errors(profile_validator, data) == [], case
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert runner.invoke(app, ["profile", "validate", str(path)]).exit_code == 0, case


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_schema_rejects_broken_profiles(profile_validator, case):
    where, value = BROKEN[case]
    data = parse_yaml(GOOD).data
    if where.endswith("[0]"):
        data[where[:-3]][0] = value
    else:
        data[where] = value
    assert errors(profile_validator, data), case


def test_schema_and_tool_agree_on_broken_profiles(tmp_path):
    """Everything the schema refuses above, `profile validate` refuses too (exit 2, one line)."""
    for case, (where, value) in BROKEN.items():
        data = parse_yaml(GOOD).data
        if where.endswith("[0]"):
            data[where[:-3]][0] = value
        else:
            data[where] = value
        path = tmp_path / "p.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        result = runner.invoke(app, ["profile", "validate", str(path)])
        assert result.exit_code == 2, case
        assert result.stderr.startswith(f"matcher: {path}:") and result.stderr.count("\n") == 1, case


def test_schema_has_descriptions_and_examples():
    schema = profile_schema()
    experience = schema["$defs"]["Experience"]["properties"]
    assert "contract" in experience["title"]["description"]
    assert "2019-03" in experience["start"]["examples"]
    assert schema["examples"] and schema["$schema"].startswith("http://json-schema.org/draft-07")
    assert "fingerprints" in experience["categories"]["items"]["enum"]


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_schema_accepts_the_four_rules_files(rules_validator, path):
    assert errors(rules_validator, load_document(path).data) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda r: r.update(kind="experiense"), "kind"),
        (lambda r: r.update(min_yeras=3), "min_yeras"),
        (lambda r: r.update(categories=["cooking"]), "cooking"),
        (lambda r: r.update(children=[{"id": "x", "kind": "assessed", "source": "abc"}]), "children"),
        (lambda r: r.pop("source"), "source"),
    ],
)
def test_rules_schema_rejects_broken_requirements(rules_validator, change, expected):
    data = load_document(ROOT / "rules" / "interpol-vn-0844.yaml").data
    fingerprints = next(r for r in data["requirements"] if r["id"] == "fingerprint_experience")
    change(fingerprints)
    found = errors(rules_validator, data)
    assert found, expected


def test_rules_schema_requires_children_for_combinators(rules_validator):
    data = load_document(ROOT / "rules" / "interpol-vn-0844.yaml").data
    data["requirements"][0].pop("children")
    assert errors(rules_validator, data)


def test_shipped_schema_files_are_up_to_date():
    fix = (
        "regenerate: matcher profile schema -o schemas/profile.schema.json; "
        "matcher rules schema -o schemas/rules.schema.json"
    )
    assert json.loads(PROFILE_SCHEMA_FILE.read_text(encoding="utf-8")) == profile_schema(), fix
    assert json.loads(RULES_SCHEMA_FILE.read_text(encoding="utf-8")) == rules_schema(), fix


def test_schema_commands_print_or_write_json(tmp_path):
    result = runner.invoke(app, ["profile", "schema"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "matcher candidate profile"
    out = tmp_path / "rules.schema.json"
    result = runner.invoke(app, ["rules", "schema", "-o", str(out)])
    assert result.exit_code == 0 and json.loads(out.read_text())["$defs"]["Requirement"]["allOf"]


def test_validate_says_ok_per_file_and_exits_2_when_any_is_invalid(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("start: 2019-03", "start: 2019-13"), encoding="utf-8")
    result = runner.invoke(app, ["profile", "validate", str(good)])
    assert result.exit_code == 0 and result.stdout == f"{good}: ok\n"
    result = runner.invoke(app, ["profile", "validate", str(good), str(bad)])
    assert result.exit_code == 2
    assert result.stdout == f"{good}: ok\n"
    assert result.stderr.startswith(
        f"matcher: {bad}:8:12: experience[0].start: '2019-13': month 13 is not between 1 and 12"
    )
    assert result.stderr.count("\n") == 1


def test_validate_checks_every_example_profile_and_expands_folders(tmp_path):
    result = runner.invoke(app, ["profile", "validate", *map(str, EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count(": ok\n") == len(EXAMPLES)
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(EXAMPLE_PROFILE), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a profile", encoding="utf-8")
    result = runner.invoke(app, ["profile", "validate", str(tmp_path)])
    assert result.exit_code == 0 and result.stdout.count(": ok\n") == 2
