"""Fourth red-team pass of issue 17, `screen`: new inputs of rows 7, 8, 13 and 17.

- Row 17 (control characters from a rules file): the CSV header row and the XLSX header
  cells took requirement labels raw (escape sequences, BEL, bidi overrides, a CR LF that
  starts a line "Verdict for Mallory", a label starting with "=" as a formula); the data
  cells below them were cleaned.
- Rows 7, 8 and 13 for `--save-profiles`: a FIFO or a file as the folder, a full disk, or a
  symbolic link planted below the folder were each an "internal error while reading" row
  blaming the applicant's CV, and the link was followed: a draft landed in /etc.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import zipfile
from pathlib import Path

import pytest
import yaml
from fuzzkit import describe, run_cli

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "interpol-vn-0844.yaml"
PROFILE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
HOSTILE = "=HYPERLINK(1) \x1b]0;title\x07\x1b[2J\u202eevil\u202c\r\nVerdict for Mallory: ELIGIBLE"
CV_TEXT = "Jane Doe\nExperience\n2015-01 - 2019-12 Fingerprint examiner, National Police, Nairobi\nLatent prints.\n"


def _hostile_rules(tmp_path: Path) -> Path:
    data = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    data["requirements"][1]["label"] = HOSTILE
    data["notice"]["source_file"] = str(RULES.parent / data["notice"]["source_file"])
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _clean(cell: str) -> None:
    assert not any(ch in cell for ch in "\x1b\x07\r\n\u202e\u202c"), repr(cell)
    assert not cell.startswith(("=", "+", "-", "@")), repr(cell)


@pytest.mark.timeout(120)
def test_csv_header_cells_from_the_rules_file_are_cleaned(tmp_path: Path):
    run = run_cli("screen", _hostile_rules(tmp_path), PROFILE, "-f", "csv")
    assert run.exit_code == 0, describe(run)
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert len(rows) == 2  # the header and one applicant: no line of its own for "Verdict for Mallory"
    for cell in rows[0]:
        _clean(cell)
    assert any("evil" in cell and "Verdict for Mallory" in cell for cell in rows[0])  # the control: still shown


@pytest.mark.timeout(120)
def test_xlsx_header_cells_from_the_rules_file_are_cleaned(tmp_path: Path):
    out = tmp_path / "shortlist.xlsx"
    run = run_cli("screen", _hostile_rules(tmp_path), PROFILE, "-o", out)
    assert run.exit_code == 0, describe(run)
    with zipfile.ZipFile(out) as book:
        xml = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))
    assert "evil" in xml  # the control: the label is in the workbook
    for bad in ("\x1b", "_x001B_", "\x07", "_x0007_", "\u202e"):
        assert bad not in xml, bad


def _cv(tmp_path: Path) -> Path:
    cv = tmp_path / "in" / "cv.txt"
    cv.parent.mkdir()
    cv.write_text(CV_TEXT, encoding="utf-8")
    return cv


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", ["fifo", "file"])
def test_save_profiles_onto_something_that_is_no_folder_is_a_usage_error(tmp_path: Path, kind: str):
    target = tmp_path / "saved"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.write_text("keep me")
    run = run_cli("screen", RULES, _cv(tmp_path), "--save-profiles", target, "-q")
    assert run.exit_code == 2 and "is not a folder" in run.stderr, describe(run)
    assert kind == "fifo" or target.read_text() == "keep me"


@pytest.mark.timeout(120)
def test_save_profiles_never_follows_a_link_planted_in_the_folder(tmp_path: Path):
    cv = _cv(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    saved = tmp_path / "saved"
    first = Path(*[p for p in cv.parent.parts if p != "/"])  # DIR/<the input's folders>/cv.txt.yaml
    (saved / first).parent.mkdir(parents=True)
    (saved / first).symlink_to(outside, target_is_directory=True)
    run = run_cli("screen", RULES, cv, "--save-profiles", saved, "-q")
    assert run.exit_code == 74 and "symbolic link" in run.stderr, describe(run)
    assert list(outside.iterdir()) == []


@pytest.mark.timeout(120)
def test_save_profiles_on_a_full_disk_is_an_output_error_not_an_internal_error(tmp_path: Path, monkeypatch):
    from matcher.files import output

    def full(path, content):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "write_atomic", full)
    run = run_cli("screen", RULES, _cv(tmp_path), "--save-profiles", tmp_path / "saved", "-q")
    assert run.exit_code == 74, describe(run)
    assert "No space left on device" in run.stderr and "internal error" not in run.stdout + run.stderr


@pytest.mark.timeout(120)
def test_save_profiles_still_writes_the_draft(tmp_path: Path):
    """The control: an ordinary folder gets DIR/<input path>.yaml."""
    cv = _cv(tmp_path)
    saved = tmp_path / "saved"
    run = run_cli("screen", RULES, cv, "--save-profiles", saved, "-q")
    assert run.exit_code == 0, describe(run)
    drafts = list(saved.rglob("cv.txt.yaml"))
    assert len(drafts) == 1 and "Fingerprint examiner" in drafts[0].read_text(encoding="utf-8")


@pytest.mark.timeout(120)
def test_a_link_to_a_folder_outside_is_an_error_row_not_a_silent_skip(tmp_path: Path):
    """Row 19 with a folder: a link to a folder of applications elsewhere (or to /etc) gave
    no row at all, so those applicants vanished; it is reported, never followed. A link
    inside the folder stays unreported: its files are screened through their own path."""
    folder = tmp_path / "applicants"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.yaml").write_bytes(PROFILE.read_bytes())
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.yaml").write_bytes(PROFILE.read_bytes())
    (folder / "to_elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "to_real").symlink_to(folder / "real", target_is_directory=True)
    run = run_cli("screen", RULES, folder, "-f", "csv")
    assert run.exit_code == 4, describe(run)
    rows = list(csv.reader(io.StringIO(run.stdout)))[1:]
    assert [Path(r[1]).name for r in rows] == ["a.yaml", "to_elsewhere"], rows
    assert "folder outside the folder; not followed" in rows[1][11]
