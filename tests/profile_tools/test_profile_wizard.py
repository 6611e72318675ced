"""`matcher profile new` driven with piped answers, and the commented YAML it writes.

The profile the wizard writes must validate and check correctly; a wrong answer is
refused with its reason and asked again; answers that stop early end in one line.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from matcher.cli import app
from matcher.files.documents import parse_yaml
from matcher.models.load import load_profile, profile_from_document
from matcher.profile_tools.yaml_writer import profile_yaml, schema_reference

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

# One answer per line, in the order the wizard asks.
ANSWERS = [
    "Awa <script>alert(1)</script> Diop",  # name
    "Senegal, fr",  # nationality: names or codes
    "1",  # current employer type: law_enforcement
    "Police nationale",
    "Fingerprint examiner",
    "Sénégal",  # employer, position, country
    "y",  # add education
    "Licence en droit",
    "Université Cheikh Anta Diop",
    "law",
    "6",
    "3",
    "y",
    "2012",
    "n",  # no more education
    "y",  # add a job
    "Fingerprint examiner",
    "Police nationale",
    "1",
    "SN",
    "2019-03",  # start
    "y",  # still held
    "y",  # full time
    "Mali, Côte d'Ivoire",  # countries worked with
    "y",  # proof of employment
    "Latent print comparison, AFIS searches and court testimony.",
    "fingerprints",
    "n",  # no more jobs
    "y",
    "French",
    "y",  # language 1: mother tongue
    "y",
    "en",
    "n",
    "C1",
    "y",  # language 2: C1 in every skill
    "n",  # no more languages
]


def answers(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_wizard_writes_a_valid_commented_profile_that_checks_correctly(tmp_path):
    out = tmp_path / "me.yaml"
    result = runner.invoke(app, ["profile", "new", "-o", str(out)], input=answers(ANSWERS))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=file://")
    assert "\n# Jobs, with titles and dates exactly as in your contracts." in text
    profile = load_profile(out)
    assert profile.name == "Awa <script>alert(1)</script> Diop"
    assert profile.nationality == ["SN", "FR"]
    assert profile.current_employment.employer_type == "law_enforcement"
    assert profile.current_employment.employer_country == "SN"
    assert [(e.level, e.years, e.completed) for e in profile.education] == [(6, 3, True)]
    job = profile.experience[0]
    assert (job.start, job.is_ongoing, job.fraction, job.proof_of_employment) == ("2019-03", True, 1, True)
    assert job.countries_worked_with == ["ML", "CI"] and job.categories == ["fingerprints"]
    assert [(lang.language, lang.level, lang.mother_tongue) for lang in profile.languages] == [
        ("fr", None, True),
        ("en", "C1", None),
    ]
    assert f"Wrote {out}" in result.stderr

    check = runner.invoke(
        app, ["check", str(out), str(ROOT / "rules" / "interpol-vn-0844.yaml"), "--format", "json", "--no-infer"]
    )
    assert check.exit_code == 0, check.output
    report = json.loads(check.stdout)
    assert report["verdict"] == "eligible"
    statuses = {r["id"]: r["status"] for r in report["evaluations"][0]["requirements"]}
    assert statuses["fingerprint_experience"] == "met" and statuses["african_countries"] == "met"


def test_wrong_answers_are_refused_with_the_reason_and_asked_again(tmp_path):
    out = tmp_path / "me.yaml"
    lines = list(ANSWERS)
    lines[1:2] = ["Narnia", "Senegal"]  # unknown country, then a good one
    at = lines.index("2019-03")
    lines[at : at + 2] = ["March 2019", "2019-13", "2999-01", "2019-03", "maybe", "n", "2018-01", "2020-12"]
    lines[lines.index("C1")] = "D1\nC1"
    result = runner.invoke(app, ["profile", "new", "-o", str(out)], input=answers(lines))
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "✗ unknown country 'Narnia'" in err
    assert "✗ 'March 2019' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY" in err
    assert "✗ '2019-13': month 13 is not between 1 and 12" in err
    assert "✗ 2999-01 is in the future" in err
    assert "✗ answer y (yes) or n (no)" in err
    assert "✗ the end 2018-01 is before the start 2019-03" in err
    assert "✗ give a CEFR level: A1, A2, B1, B2, C1 or C2" in err
    job = load_profile(out).experience[0]
    assert (job.start, job.end, job.is_ongoing) == ("2019-03", "2020-12", False)


def test_cefr_descriptions_are_shown_and_skills_can_differ(tmp_path):
    lines = ["", "", "7", "n", "n", "y", "Arabic", "n", "B1", "n", "B2", "", "A2", "A2", "n"]
    result = runner.invoke(app, ["profile", "new"], input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "B2  I can follow complex discussions" in result.stderr
    assert "CEFR self-assessment (listening):" in result.stderr
    profile = profile_from_document(parse_yaml(result.stdout))  # no -o: the YAML alone on stdout
    arabic = profile.languages[0]
    assert (arabic.language, arabic.level) == ("ar", "B1")
    assert arabic.skills == {"listening": "B2", "reading": "B1", "speaking": "A2", "writing": "A2"}
    assert profile.current_employment.employer_type == "none" and profile.experience == []


def test_answers_that_end_early_give_one_line_and_no_file(tmp_path):
    out = tmp_path / "me.yaml"
    result = runner.invoke(app, ["profile", "new", "-o", str(out)], input=answers(ANSWERS[:5]))
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert (
        last
        == 'matcher: <stdin>: the answers ended before the question "Employer\'s country"; nothing was written [E015]'
    )
    assert not out.exists()


def test_an_existing_file_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "me.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    result = runner.invoke(app, ["profile", "new", "-o", str(out)], input=answers(ANSWERS))
    assert result.exit_code == 2 and "add --force" in result.stderr
    assert out.read_text() == "keep me\n"
    result = runner.invoke(app, ["profile", "new", "-o", str(out), "--force"], input=answers(ANSWERS))
    assert result.exit_code == 0 and load_profile(out).name


def test_schema_line_is_relative_inside_the_checkout_and_absolute_elsewhere(tmp_path):
    assert schema_reference(ROOT / "profiles" / "me.yaml") == "../schemas/profile.schema.json"
    assert schema_reference(tmp_path / "me.yaml").startswith("file:///")
    assert schema_reference(None).endswith("/schemas/profile.schema.json")


@given(st.text(), st.text(), st.sampled_from(["NO", "yes", "null", "2019-03", "0x1F", "~", "- a", "# b"]))
def test_writer_round_trips_any_text(free, more, tricky):
    data = {
        "name": tricky + free,
        "notes": more + "\n" + free,
        "experience": [{"title": tricky, "start": "2019-03", "description": free, "employer": more}],
    }
    back = parse_yaml(profile_yaml(data, header=["header"], schema_ref=None)).data
    assert back == data
