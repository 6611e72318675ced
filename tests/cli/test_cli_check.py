"""`matcher check` end to end: formats, exit codes, bad input, as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from published_schemas import validate_check
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
R0844 = str(ROOT / "rules" / "interpol-vn-0844.yaml")
runner = CliRunner()

ELIGIBLE = """
name: Awa Ndiaye
current_employment: {employer_type: law_enforcement, employer_country: SN}
education: [{title: Licence, field: law, level: 6, years: 3, completed: true}]
experience:
  - {title: Fingerprint expert, start: 2015-01, ongoing: true, employer_type: law_enforcement,
     country: SN, categories: [fingerprints]}
languages: [{language: fr, mother_tongue: true}, {language: en, level: C1}]
"""


def write(tmp_path, text, name="p.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_eligible_exit_0_and_json_matches_the_documented_shape(tmp_path):
    res = run("check", write(tmp_path, ELIGIBLE), R0844, "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    validate_check(data)
    assert data["schema_version"] == "2" and data["verdict"] == "eligible"
    [evaluation] = data["evaluations"]  # one notice: the same shape as several
    assert evaluation["verdict"] == "eligible" and evaluation["as_of"] == "2025-02-13"
    assert {r["id"] for r in evaluation["requirements"]} >= {"fingerprint_experience", "african_countries"}


def test_not_eligible_exit_1_and_text_report_explains(tmp_path):
    text = ELIGIBLE.replace("start: 2015-01", "start: 2023-01")
    res = run("check", write(tmp_path, text), R0844)
    assert res.exit_code == 1
    out = res.stdout
    assert "NOT ELIGIBLE" in out
    # 13 February days are "13 days", not 13/28 of an average month
    assert (
        "2 years 1 month 13 days of Fingerprint discipline experience, 3 years required: short by 10 months 15 days"
        in out
    )
    assert "At least three years' experience in the Fingerprint discipline." in out  # the notice sentence
    assert "met from 2025-12-31 if the current post continues" in out


def test_needs_review_exit_3(tmp_path):
    text = ELIGIBLE.replace("categories: [fingerprints]", "description: ''")
    res = run("check", write(tmp_path, text), R0844, "--no-infer")
    assert res.exit_code == 3, res.output
    assert "NEEDS REVIEW" in res.stdout


def test_all_notices_worst_verdict_decides_and_overview(tmp_path):
    res = run("check", write(tmp_path, ELIGIBLE), "--format", "json")
    data = json.loads(res.stdout)
    verdicts = [e["verdict"] for e in data["evaluations"]]
    assert len(verdicts) == 4
    validate_check(data)
    order = ["eligible", "needs_review", "not_eligible"]
    assert data["verdict"] == max(verdicts, key=order.index)
    assert res.exit_code == {"eligible": 0, "not_eligible": 1, "needs_review": 3}[data["verdict"]]
    text = run("check", write(tmp_path, ELIGIBLE)).stdout
    assert "Overview" in text and "First blocking requirement" in text


def test_as_of_overrides_the_deadline_and_reports_closed(tmp_path):
    res = run("check", write(tmp_path, ELIGIBLE), R0844, "--format", "json", "--as-of", "2026-01-01")
    [data] = json.loads(res.stdout)["evaluations"]
    assert data["as_of"] == "2026-01-01" and data["closed"] is True
    bad = run("check", write(tmp_path, ELIGIBLE), R0844, "--as-of", "yesterday")
    assert bad.exit_code == 2 and "--as-of" in bad.stderr


def test_markdown_report_and_output_file(tmp_path):
    out = tmp_path / "report.md"
    res = run("check", write(tmp_path, ELIGIBLE), R0844, "--format", "markdown", "-o", out)
    assert res.exit_code == 0 and res.stdout == ""
    md = out.read_text()
    assert md.startswith("# Eligibility report") and "| ✓ | Three years in the fingerprint discipline" in md


def test_blind_hides_the_name(tmp_path):
    for fmt in ("text", "json", "markdown"):
        res = run("check", write(tmp_path, ELIGIBLE), R0844, "--format", fmt, "--blind")
        assert "Awa Ndiaye" not in res.stdout
    assert "Awa Ndiaye" in run("check", write(tmp_path, ELIGIBLE), R0844).stdout


@pytest.mark.parametrize(
    "text,expected",
    [
        ("name: [unclosed", r"p.yaml:\d+:\d+: invalid YAML"),
        ("", "p.yaml: file is empty"),
        (
            "experience:\n  - title: X\n    start: 2020-01\n    end: 2019-01\n",
            r"p.yaml:2:\d+: experience\[0\]: .*end 2019-01 is before start",
        ),
        ("experience:\n  - title: X\n    start: 2023-13-40\n", r"p.yaml:3:\d+: experience\[0\]\.start: .*month 13"),
        ("experience:\n  - title: X\n    start: 2099-01\n", r"experience\[0\].*in the future"),
        (
            "experience:\n  - title: X\n    start: 2020-01\n    fraction: 1.5\n",
            r"p.yaml:4:\d+: experience\[0\]\.fraction",
        ),
        (
            "experience:\n  - title: X\n    start: 2020-01\n    categories: [astrology]\n",
            r"p.yaml:4:\d+: experience\[0\]\.categories\[0\]: unknown category 'astrology'",
        ),
        (
            "languages:\n  - {language: xx, level: C1}\n",
            r"p.yaml:2:\d+: languages\[0\]\.language: unknown language code 'xx'",
        ),
        ("languages:\n  - {language: en, level: D1}\n", r"p.yaml:2:\d+: languages\[0\]\.level"),
        ("nam: Typo\n", r"p.yaml:1:1: nam: unknown field"),
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        ("name: A\nname: B\n", r"p.yaml:2:1: name: duplicate key 'name'"),
        ("- just\n- a list\n", "expected a mapping"),
        ("experience: 5\n", r"experience: Input should be a valid list"),
    ],
)
def test_bad_profiles_give_one_line_with_file_line_and_field(tmp_path, text, expected):
    import re

    res = run("check", write(tmp_path, text), R0844)
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.output
    assert re.search(expected, lines[0]), lines[0]


def test_missing_file_directory_and_binary(tmp_path):
    assert "cannot read file" in run("check", tmp_path / "nope.yaml", R0844).stderr
    assert "is a directory" in run("check", tmp_path, R0844).stderr
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\x00\x01\x02PNG")
    res = run("check", binary, R0844)
    assert res.exit_code == 2 and "binary" in res.stderr


def test_json_profiles_are_accepted_with_line_numbers_in_errors(tmp_path):
    ok = write(tmp_path, json.dumps({"name": "J", "experience": []}), "p.json")
    assert run("check", ok, R0844).exit_code in (1, 3)
    bad = write(tmp_path, '{\n  "name": "J",\n  "experience": [{"title": "X", "start": "2020-02-30"}]\n}', "q.json")
    res = run("check", bad, R0844)
    assert res.exit_code == 2 and "q.json:3:" in res.stderr and "day 30" in res.stderr


def test_bad_rules_file_is_bad_input(tmp_path):
    rules = Path(R0844).read_text().replace("kind: region_experience", "kind: horoscope")
    res = run("check", write(tmp_path, ELIGIBLE), write(tmp_path, rules, "r.yaml"))
    assert res.exit_code == 2 and "unknown requirement kind 'horoscope'" in res.stderr and "r.yaml:" in res.stderr


def test_console_script_in_a_subprocess(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", "check", write(tmp_path, ELIGIBLE), R0844, "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)["verdict"] == "eligible"
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", "check", write(tmp_path, "x: [", "bad.yaml"), R0844],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "args,needle",
    [
        (["check", "--format", "pdf", "x.yaml"], "'pdf' is not one of"),
        (["check"], "Missing argument"),
        (["nosuch"], "No such command 'nosuch'"),
        (["check", "x.yaml", "--colour"], "No such option"),
    ],
)
def test_usage_errors_are_one_line_exit_2_from_the_console_script(args, needle):
    proc = subprocess.run([sys.executable, "-m", "matcher", *args], capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("matcher: ") and needle in lines[0], proc.stderr
