"""Second red-team pass of issue 17 (rows 4 and 15, and the "lax parameters" line), with
inputs the first pass did not use: number forms only YAML 1.1 has, digits of other
scripts in dates, a Unix timestamp as a deadline, and the model fields that were still
lax (`experience_entry`, `confidence`, `schema_version`). Each was accepted before."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzkit import RULE_0844, VALID_PROFILE, assert_one_line_error, run_cli


def _profile(tmp_path: Path, old: str, new: str) -> Path:
    assert old in VALID_PROFILE
    path = tmp_path / "profile.yaml"
    path.write_text(VALID_PROFILE.replace(old, new, 1), encoding="utf-8")
    return path


def _rules(tmp_path: Path, old: str, new: str) -> Path:
    text = RULE_0844.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "rules.yaml"
    text = text.replace(old, new, 1).replace("source_file: ", f"source_file: {RULE_0844.parent}/", 1)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("level: 6", "level: 0b110", "level"),  # binary: YAML 1.1 only
        ("level: 6", "level: 0_6", "level"),  # digit separators: YAML 1.1 only
        ("years: 3", "years: 1_0.5", "years"),
        ("start: 2012-01", "start: ٢٠١٢-٠١", "start"),  # Arabic-Indic digits
        ("start: 2012-01", "start: ２０１２-０１", "start"),  # full-width digits
        ("start: 2012-01", "start: 𝟐𝟎𝟏𝟐-𝟎𝟏", "start"),  # mathematical bold digits
        (
            "employer_country: SN}",
            'employer_country: SN, experience_entry: "2"}',
            "experience_entry",
        ),
        ("employer_country: SN}", "employer_country: SN, experience_entry: true}", "experience_entry"),
        ("employer_country: SN}", "employer_country: SN, experience_entry: 2.0}", "experience_entry"),
    ],
)
def test_a_lax_number_or_date_in_a_profile_is_refused(tmp_path: Path, old: str, new: str, field: str):
    profile = _profile(tmp_path, old, new)
    line = assert_one_line_error(run_cli("profile", "validate", profile), profile)
    assert field in line


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("min_years: 3\n", "min_years: 0b11\n", "min_years"),
        ("min_years: 3\n", "min_years: 1_0\n", "min_years"),
        ("deadline: 2025-02-13", "deadline: 1739404800", "deadline"),  # pydantic read it as a timestamp
        ("deadline: 2025-02-13", "deadline: ٢٠٢٥-٠٢-١٣", "deadline"),
        ("schema_version: 1", "schema_version: true", "schema_version"),
        ("schema_version: 1", "schema_version: 1.0", "schema_version"),
        ("schema_version: 1", 'schema_version: "1"', "schema_version"),
        ("min_years: 3\n", 'min_years: 3\n        confidence: "0.5"\n', "confidence"),
        ("min_years: 3\n", "min_years: 3\n        confidence: true\n", "confidence"),
    ],
)
def test_a_lax_value_in_a_rules_file_is_refused(tmp_path: Path, old: str, new: str, field: str):
    rules = _rules(tmp_path, old, new)
    line = assert_one_line_error(run_cli("rules", "validate", rules), rules)
    assert field in line


def test_the_yaml_1_2_number_forms_still_read(tmp_path: Path):
    """The control: what YAML 1.2 calls a number is still one (0x, a sign, a leading zero)."""
    for form in ("0x6", "+6", "06"):
        profile = _profile(tmp_path, "level: 6", f"level: {form}")
        run = run_cli("profile", "validate", profile)
        assert run.exit_code == 0, (form, run.stderr)


@pytest.mark.parametrize("as_of", ["20250213", "2025-W07-4", "٢٠٢٥-٠٢-١٣"])
def test_as_of_is_written_one_way(as_of: str):
    run = run_cli(
        "check",
        RULE_0844.parent.parent / "profiles" / "marc-lefevre-gendarme-no-degree.yaml",
        RULE_0844,
        "--as-of",
        as_of,
    )
    assert run.exit_code == 2 and "--as-of" in run.stderr and "YYYY-MM-DD" in run.stderr, run.stderr
