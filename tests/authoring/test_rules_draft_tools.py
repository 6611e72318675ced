"""`matcher rules coverage`, `matcher rules diff` and bench/eval_drafts.py, end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
INTERPOL = sorted((ROOT / "rules").glob("interpol-vn-*.yaml"))
R0844 = ROOT / "rules" / "interpol-vn-0844.yaml"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def copy_0844(tmp_path, edit=lambda text: text) -> Path:
    """The 0844 rules beside a copy of its notice, with `edit` applied."""
    (tmp_path / "notices").mkdir()
    for notice in (ROOT / "rules" / "notices").glob("*0844*"):
        shutil.copy(notice, tmp_path / "notices" / notice.name)
    target = tmp_path / "interpol-vn-0844.yaml"
    target.write_text(edit(R0844.read_text(encoding="utf-8")), encoding="utf-8")
    return target


@pytest.mark.parametrize("rules", INTERPOL, ids=lambda p: p.stem)
def test_hand_written_files_cover_their_notices(rules):
    res = run("rules", "coverage", rules)  # the notice defaults to the file's source_file
    assert res.exit_code == 0, res.output
    assert res.stdout.strip().endswith("fully covered")


def test_uncovered_sentence_and_stray_quote_are_both_reported(tmp_path):
    path = copy_0844(
        tmp_path,
        lambda t: t.replace('  - {id: listening, kind: assessed, source: "Good listening skills."}\n', "").replace(
            'source: "Ability to work under pressure."', 'source: "Ability to work under heavy pressure."'
        ),
    )
    res = run("rules", "coverage", path)
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert any("uncovered (skills): Good listening skills." in line for line in lines)
    assert any(
        line.startswith("pressure: source not in the notice: Ability to work under heavy pressure.") for line in lines
    )
    uncovered = [line for line in lines if "uncovered" in line]
    assert len(uncovered) == 2  # listening, and the real "under pressure." sentence no longer quoted
    notice_line = next(
        i
        for i, line in enumerate(
            (tmp_path / "notices").glob("*.txt").__next__().read_text(encoding="utf-8").splitlines(), 1
        )
        if line == "- Good listening skills."
    )
    assert any(f".txt:{notice_line}: uncovered" in line for line in uncovered)


def test_coverage_json_with_an_explicit_notice(tmp_path):
    notice = next((ROOT / "rules" / "notices").glob("*1695*"))
    res = run("rules", "coverage", R0844, notice, "--format", "json")  # the wrong notice on purpose
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert not data["complete"] and data["requirement_sentences"] == 24
    assert {"Team management."} <= {u["sentence"] for u in data["uncovered"]}
    assert "Working experience with African countries." in {q["source"] for q in data["quotes_not_in_notice"]}


def test_diff_of_a_file_with_itself_agrees():
    res = run("rules", "diff", R0844, R0844)
    assert res.exit_code == 0, res.output
    assert "the files agree" in res.stdout


def test_diff_text_names_each_differing_field(tmp_path):
    path = copy_0844(
        tmp_path,
        lambda t: (
            t.replace("min_years: 3\n    categories: [fingerprints]", "min_years: 4\n    categories: [fingerprints]")
            .replace("deadline: 2025-02-13", "deadline: 2025-02-14")
            .replace('  - {id: pressure, kind: assessed, source: "Ability to work under pressure."}\n', "")
        ),
    )
    res = run("rules", "diff", R0844, path)
    assert res.exit_code == 1
    out = res.stdout
    assert "≠ deadline: datetime.date(2025, 2, 13)" not in out  # dates shown as dates
    assert "≠ deadline: 2025-02-13 | 2025-02-14" in out
    assert "≠ fingerprint_experience [experience]\n      min_years: 3 | 4" in out
    assert '- only in A: pressure [assessed] "Ability to work under pressure."' in out
    assert "1 notice field(s) differ" in out and "1 only in A, 0 only in B" in out


def test_diff_compares_every_parameter_of_the_kind_not_a_fixed_list(tmp_path):
    """`or_equivalent`, a language's `skills` and `member_countries` were missing from the old
    list of fields: files differing only there "agreed". The fields now come from each kind's
    `Params`; a language's `wording` is compared through the `level` it sets."""
    r1295 = ROOT / "rules" / "interpol-vn-1295.yaml"
    text = r1295.read_text(encoding="utf-8")
    changed = tmp_path / "interpol-vn-1295.yaml"
    changed.write_text(
        text.replace(
            "security studies, forensic]\n    or_equivalent: true",
            "security studies, forensic]\n    or_equivalent: false",
        ),
        encoding="utf-8",
    )
    res = run("rules", "diff", r1295, changed)
    assert res.exit_code == 1, res.stdout
    assert "≠ higher_education [education]\n      or_equivalent: True | -" in res.stdout  # false is the default
    same_level = tmp_path / "same-level.yaml"
    same_level.write_text(text.replace("wording: excellent command", "level: C1"), encoding="utf-8")
    res = run("rules", "diff", r1295, same_level)
    assert res.exit_code == 0 and "the files agree" in res.stdout, res.stdout
    other_level = tmp_path / "other-level.yaml"
    other_level.write_text(text.replace("wording: excellent command", "level: B2"), encoding="utf-8")
    res = run("rules", "diff", r1295, other_level)
    assert res.exit_code == 1 and "level: 'C1' | 'B2'" in res.stdout, res.stdout


def test_diff_json_pairs_a_draft_by_quote(tmp_path):
    notice = next((ROOT / "rules" / "notices").glob("*0844*"))
    draft = tmp_path / "draft.yaml"
    assert run("rules", "draft", notice, "-o", draft).exit_code == 0
    res = run("rules", "diff", R0844, draft, "--format", "json")
    assert res.exit_code == 1  # ids and source_file differ at least
    data = json.loads(res.stdout)
    pairs = {p["a"]["id"]: p for p in data["requirements"] if p["a"] and p["b"]}
    fingerprints = pairs["fingerprint_experience"]
    assert fingerprints["b"]["id"] == "experience_fingerprints" and fingerprints["same"]
    assert {f["field"] for f in fingerprints["fields"]} >= {"kind", "importance", "min_years", "categories"}
    choice = pairs["education_or_experience"]
    assert {
        "field": "structure",
        "a": ["education", "experience"],
        "b": ["education", "experience"],
        "same": True,
    } in choice["fields"]
    assert data["summary"]["only_in_a"] == 0 and data["summary"]["only_in_b"] == 0


def test_diff_and_coverage_bad_input_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("notice: [unclosed\n")
    for args in (
        ("diff", R0844, tmp_path / "missing.yaml"),
        ("diff", bad, R0844),
        ("coverage", R0844, tmp_path / "missing.txt"),
        ("coverage", bad),
    ):
        res = run("rules", *args)
        assert res.exit_code == 2, args
        assert len(res.stderr.strip().splitlines()) == 1 and res.stderr.startswith("matcher: "), res.stderr


def test_eval_script_meets_the_target():
    res = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_drafts.py"), "--json", "--min", "0.9"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr + res.stdout
    data = json.loads(res.stdout)
    assert len(data["notices"]) == 4
    overall = data["overall"]["all"]
    assert overall["precision"] >= 0.9 and overall["recall"] >= 0.9
