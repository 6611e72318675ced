"""Checks that catch a wrong rule: validate warns on a substitution drafted as an extra required
rule, reports every problem of a file at once with 'did you mean'; rules test explains a wrong
verdict and writes a case skeleton."""

import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner

from matcher.authoring.validate import validate_rules
from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
NOTICE = ROOT / "tests" / "data" / "notices" / "un-unodc-crime-prevention-officer.txt"
runner = CliRunner()

HEAD = """schema_version: 1
notice:
  id: un-hand-made
  title: Crime Prevention Officer
  organization: UNODC
  location: Vienna
  deadline: 2025-04-01
  secondment: false
  source_file: un-unodc-crime-prevention-officer.txt
requirements:
"""
MASTERS = """  - id: masters
    kind: education
    source: "Advanced university degree (Master's degree or equivalent) in law, criminology, criminal justice, \
political science or a related field is required."
    min_level: 7
"""
LIEU = (
    "A first-level university degree in combination with two additional years of qualifying experience "
    "may be accepted in lieu of the advanced university degree."
)


def write(tmp_path, body: str) -> Path:
    shutil.copy(NOTICE, tmp_path / NOTICE.name)
    path = tmp_path / "hand-made.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_substitution_as_an_extra_required_rule_is_warned(tmp_path):
    path = write(
        tmp_path,
        MASTERS
        + f"""  - id: bachelor_plus_two
    kind: experience
    source: "{LIEU}"
    min_years: 2
""",
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 0  # a warning, not an invalid file
    warning = [line for line in res.stdout.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and "bachelor_plus_two" in warning[0] and "not inside an any_of" in warning[0]
    assert "hand-made.yaml:" in warning[0] and "1 warning" in res.stdout


def test_the_same_substitution_inside_any_of_is_not_warned(tmp_path):
    path = write(
        tmp_path,
        f"""  - id: education
    kind: any_of
    source: "{LIEU}"
    children:
"""
        + "\n".join("    " + line for line in MASTERS.splitlines())
        + f"""
      - id: bachelor_plus_two
        kind: all_of
        source: "{LIEU}"
        children:
          - {{id: bachelor, kind: education, source: "{LIEU}", min_level: 6}}
          - {{id: seven_years, kind: experience, source: "{LIEU}", min_years: 7}}
""",
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 0, res.output
    assert "warning" not in res.stdout


def test_two_required_rules_on_one_sentence_are_warned(tmp_path):
    path = write(
        tmp_path,
        MASTERS
        + MASTERS.replace("id: masters", "id: masters_again")
        .replace("kind: education", "kind: experience")
        .replace("min_level: 7", "min_years: 2"),
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert "'masters', 'masters_again'" in res.stdout and "same sentence" in res.stdout


def test_every_problem_of_a_file_at_once_with_did_you_mean(tmp_path):
    path = write(
        tmp_path,
        MASTERS.replace("min_level: 7", "min_levl: 7")
        + """  - id: two
    kind: experiense
    source: "Knowledge of French is desirable."
  - id: three
    kind: experience
    source: "Knowledge of French is desirable."
    categories: [cybercrim]
  - id: four
    kind: region_experience
    source: "Knowledge of French is desirable."
    regions: [western_balkan]
""",
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 2
    errors = [line for line in res.stderr.splitlines() if line.startswith("matcher:")]
    assert len(errors) == 4, res.stderr
    for hint in ("'min_level'", "'experience'", "'cybercrime'", "'western_balkans'"):
        assert any(f"did you mean {hint}" in line for line in errors), hint


def test_rules_test_names_the_rules_behind_a_wrong_verdict(tmp_path):
    rules = tmp_path / "rules"
    (rules / "tests").mkdir(parents=True)
    (rules / "notices").mkdir()
    shutil.copy(ROOT / "rules" / "interpol-vn-0844.yaml", rules)
    for notice in (ROOT / "rules" / "notices").glob("*0844*"):
        shutil.copy(notice, rules / "notices")
    shutil.copytree(ROOT / "profiles", tmp_path / "profiles")
    (rules / "tests" / "interpol-vn-0844.yaml").write_text(
        "- name: expected eligible\n  profile: profiles/grace-wanjiru-short-fingerprints.yaml\n"
        "  expect: {verdict: eligible}\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["rules", "test", str(rules / "interpol-vn-0844.yaml")])
    assert res.exit_code == 1
    assert "verdict: expected eligible, got not_eligible" in res.stdout
    assert "fingerprint_experience: got not_met (" in res.stdout and "3 years required" in res.stdout


def test_init_writes_a_case_skeleton_that_passes(tmp_path):
    rules = ROOT / "rules" / "interpol-vn-0844.yaml"
    res = runner.invoke(
        app, ["rules", "test", str(rules), "--init", str(ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml")]
    )
    assert res.exit_code == 0, res.output
    cases = yaml.safe_load(res.stdout)
    assert cases[0]["expect"]["verdict"] == "not_eligible"
    assert cases[0]["expect"]["requirements"]["fingerprint_experience"] == "not_met"
    assert cases[0]["profile"] == "profiles/grace-wanjiru-short-fingerprints.yaml"
    target = tmp_path / "rules"
    (target / "tests").mkdir(parents=True)
    shutil.copy(rules, target)
    shutil.copytree(ROOT / "rules" / "notices", target / "notices")
    shutil.copytree(ROOT / "profiles", tmp_path / "profiles")
    (target / "tests" / rules.name).write_text(res.stdout, encoding="utf-8")
    check = runner.invoke(app, ["rules", "test", str(target / rules.name)])
    assert check.exit_code == 0 and "1 passed, 0 failed" in check.stdout, check.output


def test_init_needs_one_rules_file():
    profile = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
    res = runner.invoke(app, ["rules", "test", "--init", str(profile)])
    assert res.exit_code == 2 and "exactly one rules file" in res.stderr


CHOICE = "They have an adequate knowledge of at least one of the two official languages (English and French)."
A_LA_PLACE = (
    "Un diplôme universitaire de premier cycle assorti de deux années d'expérience professionnelle pertinente "
    "peut être accepté à la place d'un diplôme universitaire de haut niveau."
)


def _own_notice(tmp_path, body: str) -> Path:
    (tmp_path / "own.txt").write_text(f"Who can apply?\n{CHOICE}\n{A_LA_PLACE}\n", encoding="utf-8")
    path = tmp_path / "own.yaml"
    path.write_text(HEAD.replace("un-unodc-crime-prevention-officer.txt", "own.txt") + body, encoding="utf-8")
    return path


def test_two_required_languages_on_a_sentence_offering_a_choice_are_warned(tmp_path):
    path = _own_notice(
        tmp_path,
        f"""  - {{id: english, kind: language, source: "{CHOICE}", languages: [en], level: B1}}
  - {{id: french, kind: language, source: "{CHOICE}", languages: [fr], level: B1}}
""",
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    warning = [line for line in res.stdout.splitlines() if line.startswith("warning:")]
    assert res.exit_code == 0 and len(warning) == 1, res.stdout
    assert "'english', 'french'" in warning[0] and "languages: [...]" in warning[0] and "one of" in warning[0]
    one = _own_notice(
        tmp_path, f"""  - {{id: either, kind: language, source: "{CHOICE}", languages: [en, fr], level: B1}}\n"""
    )
    assert "warning:" not in runner.invoke(app, ["rules", "validate", str(one)]).stdout


def test_a_french_substitution_outside_any_of_is_warned(tmp_path):
    path = _own_notice(
        tmp_path,
        f"""  - {{id: licence_plus_deux, kind: experience, source: "{A_LA_PLACE}", min_years: 2}}\n""",
    )
    warnings = [str(w) for w in validate_rules(path).warnings]
    assert len(warnings) == 1 and "licence_plus_deux" in warnings[0] and "not inside an any_of" in warnings[0]
    assert "peut être accepté" in warnings[0]
