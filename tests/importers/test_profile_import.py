"""`matcher profile import`: JSON Resume documents (tests/data/jsonresume/) -> profiles.

Real-shaped resumes (the v1.0.0 schema fields, LinkedIn proficiency words, French
CVs) convert into valid profiles; missing fields, wrong types and unknown words are
reported (stderr and `notes`) and never crash the import.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from matcher.cli import app
from matcher.models.load import load_profile
from matcher.models.profile import Profile
from matcher.profile_tools.jsonresume import convert
from matcher.profile_tools.level_words import fluency_level, study_level

DATA = Path(__file__).resolve().parents[1] / "data" / "jsonresume"
ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def imported(tmp_path: Path, name: str):
    out = tmp_path / f"{name}.yaml"
    result = runner.invoke(app, ["profile", "import", str(DATA / f"{name}.json"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return load_profile(out), result.stderr, out.read_text(encoding="utf-8")


def test_full_resume_becomes_a_valid_profile(tmp_path):
    profile, err, text = imported(tmp_path, "full")
    assert profile.name == "Kwame Mensah" and profile.email == "kwame.mensah@example.org"
    first, second, volunteer = profile.experience  # the volunteer item comes after the work items
    assert (first.title, first.employer, first.country, first.start, first.is_ongoing) == (
        "Fingerprint Examiner",
        "Ghana Police Service",
        "GH",
        "2020-02-01",
        True,
    )
    assert "Ten-print and latent print identification" in first.description  # highlights kept
    assert (second.start, second.end) == ("2016-09", "2020-01")
    degree = profile.education[0]
    # 2012-09 to 2016-06 is 3 years 10 months as the engine counts it; an end in the past reads
    # as completed, and the note says so
    assert (degree.level, degree.years, degree.completed, degree.field) == (6, 3.83, True, "Forensic Science")
    assert "education[0] (University of Ghana): completed: true read from the endDate 2016-06" in err
    assert [(x.language, x.level, x.mother_tongue) for x in profile.languages] == [
        ("en", None, None),
        ("tw", None, True),
        ("fr", None, None),
    ]  # LinkedIn-style wording is not a CEFR level: not stated, with the phrase table's reading in a note
    assert "'Professional Working Proficiency' is not a CEFR level (the phrase table reads it as B2)" in err
    assert (volunteer.title, volunteer.employer, volunteer.start, volunteer.end) == (
        "First aid volunteer",
        "Red Cross",
        "2014-01",
        "2015-12",
    )
    assert "volunteer[0] (Red Cross): review: volunteer work, drafted as experience" in err
    assert text.startswith("# yaml-language-server: $schema=")
    assert "Import notes:" in profile.notes


def test_imported_profile_checks_against_the_notices(tmp_path):
    _, _, _ = imported(tmp_path, "full")
    result = runner.invoke(
        app,
        [
            "check",
            str(tmp_path / "full.yaml"),
            str(ROOT / "rules" / "interpol-vn-0844.yaml"),
            "--format",
            "json",
            "--no-infer",
        ],
    )
    assert result.exit_code in (0, 1, 3), result.output
    [report] = json.loads(result.stdout)["evaluations"]
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    # the CV gives no CEFR level for French or English (only wording): unknown, never guessed
    languages = next(r for r in report["requirements"] if r["id"] == "languages_french_english")
    assert {c["id"]: c["status"] for c in languages["children"]} == {"french": "unknown", "english": "unknown"}
    assert statuses["african_countries"] == "met"  # job based in Ghana


def test_french_resume(tmp_path):
    profile, err, _ = imported(tmp_path, "french")
    assert [e.country for e in profile.experience] == ["SN", "AT"]  # "Dakar, Sénégal", "Vienne, Autriche"
    # Licence "2009" to "2012": year-only dates do not give the length; Master 2 2012-10..2014-07: 22 months
    assert [(e.level, e.years) for e in profile.education] == [(6, None), (7, 1.83)]
    assert [(x.language, x.level, x.mother_tongue) for x in profile.languages] == [
        ("fr", None, True),
        ("wo", None, None),  # "bilingue": how well, not a mother tongue; a note says so
        ("en", "C1", None),
        ("es", "B1", None),
    ]
    assert "'B1-B2' gives B1/B2: the lower, B1, is drafted" in err


def test_minimal_resume_is_an_import_error_not_an_empty_profile(tmp_path):
    # a name and nothing else: an empty profile would be "not eligible" from nothing
    out = tmp_path / "minimal.yaml"
    result = runner.invoke(app, ["profile", "import", str(DATA / "minimal.json"), "-o", str(out)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "minimal.json" in lines[0] and "nothing to draft a profile from" in lines[0]
    assert not out.exists()
    data, notes = convert(json.loads((DATA / "minimal.json").read_text(encoding="utf-8")))
    assert data["name"] == "Only A. Name" and "experience" not in data  # the converter itself still reads it
    assert any("current_employment: not in JSON Resume" in note for note in notes)


def test_messy_resume_reports_everything_it_left_out(tmp_path):
    profile, err, _ = imported(tmp_path, "messy")
    # a job whose dates cannot be read is kept with them not stated (its length unknown, so a
    # duration it could decide goes to review), never dropped: dropping makes the applicant look less
    # experienced; a job that has not begun yet (Future Corp) is no experience and is left out
    titles = ["Analyst", "Investigator", "Officer", "Clerk", "Job at Untitled Police", "Liaison officer"]
    assert [e.title for e in profile.experience] == titles
    assert [(e.start, e.end) for e in profile.experience[1:4]] == [(None, None)] * 3
    assert profile.experience[0].employer == "Old-schema Employer Ltd"  # "company", schema < 1.0
    assert profile.experience[5].start == "2016-01-01"  # time of day dropped
    # languages without a usable fluency are kept, without a level (not stated), not dropped
    assert [(x.language, x.level) for x in profile.languages] == [
        ("de", None),
        ("it", None),
        ("es", None),
        ("pt", None),
        ("ar", None),
        ("en", None),
    ]  # "Elementary Proficiency", "Fluent": wording, not a CEFR level; "English (US)" is en
    expected = [
        "basics: expected an object, got list",
        "work[1] (No Dates Inc.): review: no startDate; job kept with its start not stated: add it",
        "work[2] (Bad Date Agency): date 'March 2015' is not YYYY-MM-DD, YYYY-MM or YYYY; start left not stated",
        "work[2] (Bad Date Agency): review: startDate not read; job kept with its start not stated",
        "work[3] (Backwards Ltd): review: end 2018-01 is before start 2019-05; job kept with its dates not stated",
        "work[4] (Untitled Police): no position given; titled 'Job at Untitled Police'",
        "work[4] (Untitled Police): location 'Atlantis' not mapped to a country",
        "work[0]: not carried over: website",
        "work[5] (Future Corp): start 2999-01 is in the future; job left out",
        "work[6]: expected an object, got str; left out",
        "education[0] (Somewhere): studyType 'Diploma' does not tell the level",
        "education[1] (Nowhere University): no studyType",
        "education[3] (Not yet): ends 2999-06: still under way",
        "languages[0] (Klingon): unknown language 'Klingon'",
        "languages[1] (German): fluency 'so-so' not recognised; kept without a level",
        "languages[2] (Italian): no fluency given; kept without a level",
        "languages[3]: no language name; left out",
        "languages[4] (Spanish): fluency 'not fluent' not recognised",
        "languages[5] (Portuguese): fluency '5' not recognised",
        "skills: not used by matcher",
        "projects (1 entry): not used by matcher",
    ]
    for line in expected:
        assert f"matcher: {DATA / 'messy.json'}: {line}" in err, line
        assert line in profile.notes, line


@pytest.mark.parametrize(
    "text, problem",
    [
        ("[1, 2, 3]", "expected a JSON Resume object"),
        ('{"work": [}', "invalid JSON"),
        ("", "file is empty"),
    ],
)
def test_documents_that_are_not_resumes_are_one_line_errors(tmp_path, text, problem):
    path = tmp_path / "resume.json"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["profile", "import", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"matcher: {path}:") and problem in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "words, level",
    [
        ("Native speaker", "mother_tongue"),
        ("Native or Bilingual Proficiency", "mother_tongue"),
        ("Langue maternelle", "mother_tongue"),
        ("Full Professional Proficiency", "C1"),
        ("Professional Working Proficiency", "B2"),
        ("Limited Working Proficiency", "B1"),
        ("Elementary Proficiency", "A1"),
        ("Fluent", "C1"),
        ("fluent (professional)", "C1"),
        ("Upper-intermediate", "B2"),
        ("Intermediate", "B1"),
        ("Basic", "A2"),
        ("Beginner", "A1"),
        ("C1 (advanced)", "C1"),
        ("b2", "B2"),
        ("courant", "C1"),
        ("Débutant", "A1"),
        ("not fluent", None),
        ("so-so", None),
        ("", None),
    ],
)
def test_fluency_words(words, level):
    assert fluency_level(words)[0] == level


@pytest.mark.parametrize(
    "study_type, level",
    [
        ("Bachelor", 6),
        ("Bachelor's degree", 6),
        ("B.Sc.", 6),
        ("Licence", 6),
        ("Master of Laws", 7),
        ("MSc", 7),
        ("M.A.", 7),
        ("MBA", 7),
        ("Ph.D.", 8),
        ("Doctorate", 8),
        ("Associate Degree", 5),
        ("BTS", 5),
        ("High School", 3),
        ("Diploma", None),
        ("Certificate", None),
        ("", None),
    ],
)
def test_study_types(study_type, level):
    assert study_level(study_type) == level


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
resume_fields = st.fixed_dictionaries(
    {},
    optional={
        "basics": json_values | st.fixed_dictionaries({}, optional={"name": json_values}),
        "work": st.lists(
            json_values
            | st.fixed_dictionaries(
                {},
                optional={
                    k: json_values | st.sampled_from(["2019-03", "2020", "Police", "Lyon, France"])
                    for k in ("name", "position", "startDate", "endDate", "summary", "highlights", "location")
                },
            ),
            max_size=3,
        ),
        "education": st.lists(
            json_values
            | st.fixed_dictionaries(
                {},
                optional={
                    k: json_values | st.sampled_from(["Master", "2019-03", "law"])
                    for k in ("institution", "area", "studyType", "startDate", "endDate")
                },
            ),
            max_size=3,
        ),
        "languages": st.lists(
            json_values
            | st.fixed_dictionaries(
                {},
                optional={
                    "language": json_values | st.sampled_from(["English", "fr"]),
                    "fluency": json_values | st.sampled_from(["Fluent", "Native speaker"]),
                },
            ),
            max_size=3,
        ),
    },
)


@given(resume_fields)
def test_any_resume_shape_converts_to_a_valid_profile_or_notes(resume):
    data, notes = convert(resume)
    Profile.model_validate(data)
    assert all(isinstance(note, str) and note for note in notes)


def test_dash_output_prints_the_draft_and_no_next_steps_about_a_file_named_dash():
    # "-o -" means standard output: "Wrote -. Next: matcher profile validate -" pointed at no file
    result = runner.invoke(app, ["profile", "import", str(DATA / "full.json"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Kwame Mensah" in result.stdout
    assert "Wrote" not in result.stderr and "Next:" not in result.stderr
