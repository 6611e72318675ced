"""Files a recruiter opens (issue 18): CSV that Excel decodes, XLSX, the HTML screening
report at scale (in a real browser when Chromium is installed), keyed pseudonyms."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from published_schemas import validate_check, validate_screen, validate_screen_line
from screen_support import RULES, html_page_data, load_generator, make_batch, run
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
ACCENTED = """name: Lena Traoré
current_employment: {employer: Gendarmerie Nationale Française, employer_type: law_enforcement, employer_country: FR}
experience:
  - {title: Technicienne d'identification, employer: Gendarmerie Nationale Française, employer_type: law_enforcement,
     start: 2015-01, ongoing: true, country: SN, categories: [fingerprints]}
languages: [{language: fr, mother_tongue: true}, {language: en, level: C1}]
education: [{title: Licence, field: biologie, level: 6, years: 3}]
email: lena.traore@example.org
phone: "+33 6 12 34 56 78"
nationality: [FR]
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return make_batch(tmp_path_factory.mktemp("recruiter") / "applicants")


def excel_decode(data: bytes) -> str:
    """How Excel on Windows opens a CSV: UTF-8 if it starts with the BOM, else the ANSI code page."""
    return data[3:].decode("utf-8") if data.startswith(b"\xef\xbb\xbf") else data.decode("cp1252")


@pytest.fixture()
def applicants(tmp_path: Path) -> Path:
    folder = tmp_path / "applicants"
    folder.mkdir()
    (folder / "lena.yaml").write_text(ACCENTED, encoding="utf-8")
    return folder


def test_csv_file_opens_in_excel_with_its_accents(applicants: Path, tmp_path: Path):
    out = tmp_path / "shortlist.csv"
    assert run(str(applicants), "-o", str(out), "-q").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(excel_decode(out.read_bytes()), newline="")))
    assert rows[0]["name"] == "Lena Traoré"  # not "Lena TraorÃ©"
    stdout = run(str(applicants), "-f", "csv", "-q").stdout
    assert not stdout.startswith("\ufeff") and stdout.startswith("rank,")  # programs read stdout: no BOM


def test_csv_dialects(applicants: Path, tmp_path: Path):
    semicolon = tmp_path / "fr.csv"
    run(str(applicants), "-o", str(semicolon), "-q", "--csv-dialect", "excel-semicolon")
    text = excel_decode(semicolon.read_bytes())
    assert text.startswith("rank;input;") and "\r\n" in text
    assert next(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))["name"] == "Lena Traoré"
    plain = tmp_path / "plain.csv"
    run(str(applicants), "-o", str(plain), "-q", "--csv-dialect", "plain")
    data = plain.read_bytes()
    assert data.startswith(b"rank,input,") and b"\r\n" not in data
    bad = run(str(applicants), "-f", "csv", "--csv-dialect", "tsv")
    assert bad.exit_code == 2


@pytest.mark.parametrize("dialect, delimiter", [("excel", ","), ("excel-semicolon", ";"), ("plain", ",")])
def test_csv_has_a_column_per_requirement_to_filter_on(batch: Path, tmp_path: Path, dialect: str, delimiter: str):
    """The free-text "why" (not_met, unknown) stays; beside it each requirement of the
    notice has its own column of status words, the XLSX's columns, so a spreadsheet
    filters "not met" on one requirement."""
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "screen.csv"
    assert run(str(batch), "-o", str(out), "-q", "--csv-dialect", dialect).exit_code == 4
    text = excel_decode(out.read_bytes())
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    run(str(batch), "-o", str(tmp_path / "screen.xlsx"), "-q")
    xlsx_heads = [c.value for c in openpyxl.load_workbook(tmp_path / "screen.xlsx")["Applicants"][1]]
    requirements = [h for h in xlsx_heads if h.endswith(("(required)", "(asset)", "(strong asset)"))]
    assert len(requirements) == 7 and list(rows[0])[-len(requirements) :] == requirements
    assert {"not_met", "unknown"} <= set(rows[0])  # the few words of why, kept
    fingerprints = "Three years in the fingerprint discipline (required)"
    screened = [r for r in rows if r["verdict"] != "error"]
    assert {r[fingerprints] for r in screened} <= {"met", "not met", "unknown"}
    short = [r for r in screened if r[fingerprints] == "not met"]
    assert short and all("Three years in the fingerprint discipline" in r["not_met"] for r in short)
    assert all(r[fingerprints] == "" for r in rows if r["verdict"] == "error")


def test_xlsx_reads_back_with_its_columns_colours_filter_and_second_sheet(batch: Path, tmp_path: Path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "screen.xlsx"
    result = run(str(batch), "-o", str(out), "-q")  # the format from the extension
    assert result.exit_code == 4 and out.read_bytes()[:2] == b"PK"  # 4: the report is written, some error rows
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Applicants", "Explanations"]
    sheet = book["Applicants"]
    head = [c.value for c in sheet[1]]
    assert head[:8] == ["Rank", "Input", "Name", "Pseudonym", "Verdict", "Score", "Max score", "Eligible from"]
    requirements = head[8:-1]
    assert "Three years in the fingerprint discipline (required)" in requirements
    assert any(h.endswith("(asset)") for h in requirements) and head[-1] == "Error"
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(head)).column_letter}13"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 12
    eligible = next(r for r in rows if r[4] == "ELIGIBLE")
    assert set(eligible[8:12]) == {"met"} and eligible[5] == 1 and eligible[6] == 3
    colours = {c.value: c.font.color.rgb for row in sheet.iter_rows(min_row=2) for c in row[8:-1] if c.value}
    assert colours["met"].endswith("1A7F37") and colours["not met"].endswith("CF222E")
    errors = [r for r in rows if r[4] == "ERROR"]
    assert len(errors) == 7 and all(r[-1] for r in errors)
    formula = [c for row in sheet.iter_rows(min_row=2) for c in row if str(c.value or "").startswith("=")]
    assert all(c.data_type == "s" for c in formula)  # an applicant's "=HYPERLINK(...)" stays text
    explanations = book["Explanations"]
    assert [c.value for c in explanations[1]] == [
        "Applicant",
        "Requirement",
        "Importance",
        "Status",
        "Explanation",
        "Evidence",
        "Notice says",
    ]
    lines = [[c.value for c in row] for row in explanations.iter_rows(min_row=2)]
    assert any("short by" in (r[4] or "") for r in lines)  # every requirement's explanation is there
    assert explanations.freeze_panes == "A2" and explanations.auto_filter.ref


def test_blind_xlsx_names_nobody(batch: Path, tmp_path: Path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "blind.xlsx"
    run(str(batch), "-o", str(out), "-q", "--blind")
    book = openpyxl.load_workbook(out)
    text = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
    assert "Zebulon" not in text and "eligible.yaml" not in text
    assert [c.value for c in book["Applicants"][1]][:3] == ["Rank", "Pseudonym", "Verdict"]


# --- the HTML screening report at scale --------------------------------------------


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> tuple[str, int]:
    """A screening page of 240 generated applicants (JSON Lines on stdin)."""
    folder = tmp_path_factory.mktemp("big")
    load_generator().generate(folder / "profiles", 240, invalid=0.0, jsonl=folder / "all.jsonl")
    lines = (folder / "all.jsonl").read_bytes()
    result = CliRunner().invoke(app, ["screen", str(RULES), "-", "-f", "html", "-q", "--no-infer"], input=lines)
    assert result.exit_code == 0, result.output
    return result.stdout, lines.count(b"\n")


def test_html_report_stays_light(big_report):
    html, count = big_report
    data, details = html_page_data(html)
    assert len(data["rows"]) == count
    assert html.count("<tr") == 1  # only the header row is HTML: the script lists 50 at a time
    assert len(html.encode("utf-8")) / count < 700  # bytes per applicant, details included (was ~4,700)
    labels = json.dumps(data["labels"], ensure_ascii=False)
    assert html.count("Three years in the fingerprint discipline") <= 2  # once in the list, once as data
    assert "Three years in the fingerprint discipline" in labels
    assert sum('<li class="req">' in line for line in details) == count  # each applicant's details, on demand
    assert not re.search(r"\son[a-z]+=", html.split("<script>", 1)[0])  # no inline event handlers
    assert re.search(r"@media print \{[^@]*\.controls[^{}]*\{ *display: none", html)  # printed without controls


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dom(page: Path, fragment: str, tmp_path: Path) -> str:
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-dev-shm-usage",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    assert "data-ready=" in result.stdout, result.stderr[-500:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_search_filter_paging_and_details_in_a_browser(big_report, tmp_path: Path):
    html, count = big_report
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    data, _ = html_page_data(html)
    listed = re.compile(r'<tr class="([a-z_]+)-row" data-position="(\d+)"')

    first = listed.findall(_dom(page, "", tmp_path))
    assert [int(p) for _, p in first] == list(range(1, 51))  # page 1: the first 50 of the ranking
    second = _dom(page, "#page=2", tmp_path)
    assert [int(p) for _, p in listed.findall(second)] == list(range(51, 101))
    assert f"Applicants 51–100 of {count}" in second

    wanted = sum(r[4] == "needs_review" for r in data["rows"])
    filtered = listed.findall(_dom(page, "#verdict=needs_review&size=500", tmp_path))
    assert wanted and len(filtered) == wanted and {v for v, _ in filtered} == {"needs_review"}

    target = data["rows"][137]
    query = target[3].rsplit("/", 1)[-1]  # the file name: unique
    found = listed.findall(_dom(page, "#q=" + query, tmp_path))
    assert [int(p) for _, p in found] == [target[0]]

    opened = _dom(page, "#open=3", tmp_path)  # details inflated and inserted on demand
    assert opened.count('class="details"') == 1 and '<li class="req">' in opened


# --- pseudonyms --------------------------------------------------------------------


def _pseudonyms(*args: str, cwd: Path) -> dict[str, str]:
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "matcher"), "screen", str(RULES), *args, "-f", "json", "-q"],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=100,
        env={**os.environ},
    )
    return {Path(r["input"]).name: r["pseudonym"] for r in json.loads(result.stdout)["rows"]}


def test_pseudonyms_are_keyed_and_stable_across_working_folders(applicants: Path, tmp_path: Path):
    key = tmp_path / "keys" / "recruiter.key"
    from_parent = _pseudonyms("applicants", "--blind-key", str(key), cwd=applicants.parent)
    assert key.is_file() and (key.stat().st_mode & 0o777) == 0o600  # created on first use, private
    from_inside = _pseudonyms(".", "--blind-key", str(key), cwd=applicants)
    absolute = _pseudonyms(str(applicants), "--blind-key", str(key), cwd=ROOT)
    assert from_parent == from_inside == absolute  # relative or absolute, from anywhere: the same
    other = _pseudonyms(str(applicants), "--blind-key", str(tmp_path / "other.key"), cwd=ROOT)
    assert other["lena.yaml"] != absolute["lena.yaml"]  # another key, other pseudonyms
    for typed in ("applicants/lena.yaml", str(applicants / "lena.yaml")):  # not recomputable without the key
        unsalted = "A-" + hashlib.sha256(b"matcher-screen\x00" + typed.encode()).hexdigest()[:10]
        assert not absolute["lena.yaml"].startswith(unsalted[:12])


def test_a_bad_key_file_is_a_one_line_error(applicants: Path, tmp_path: Path):
    key = tmp_path / "bad.key"
    key.write_text("not hex\n")
    result = run(str(applicants), "--blind-key", str(key))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "bad.key" in result.stderr


# --- one redactor for check and screen ----------------------------------------------

IDENTIFYING = (
    "Lena",
    "Traoré",
    "Gendarmerie Nationale Française",
    "lena.traore@example.org",
    "+33 6 12 34 56 78",
    "lena.yaml",
)


def test_check_and_screen_blind_hide_the_same_fields_in_every_format(applicants: Path, tmp_path: Path):
    profile = applicants / "lena.yaml"
    outputs = {}
    for fmt in ("text", "json", "markdown", "html"):
        outputs[f"check {fmt}"] = (
            CliRunner().invoke(app, ["check", str(profile), str(RULES), "-f", fmt, "--blind", "--no-infer"]).stdout
        )
    for fmt in ("text", "csv", "json", "jsonl", "markdown", "html"):
        outputs[f"screen {fmt}"] = run(str(applicants), "-f", fmt, "--blind", "-q", "--no-infer").stdout
    data, details = html_page_data(outputs["screen html"])
    outputs["screen html details"] = "\n".join(details)
    for where, text in outputs.items():
        for value in IDENTIFYING:
            assert value not in text, (where, value)
    check_json = json.loads(outputs["check json"])
    assert check_json["profile"] == {"ref": None, "id": None, "name": None}
    employers = [
        e["employer"]
        for ev in check_json["evaluations"]
        for r in ev["requirements"]
        for e in r["evidence"]
        if "employer" in e
    ]
    assert employers and set(employers) == {"[hidden]"}  # the evidence says an employer was there


def test_json_outputs_match_their_published_schemas(applicants: Path, batch: Path):
    one = CliRunner().invoke(app, ["check", str(applicants / "lena.yaml"), str(RULES), "-f", "json", "--no-infer"])
    many = CliRunner().invoke(app, ["check", str(applicants / "lena.yaml"), "-f", "json", "--no-infer"])
    for result in (one, many):
        data = json.loads(result.stdout)
        validate_check(data)
        assert data["schema_version"] == "2" and isinstance(data["evaluations"], list)
    assert len(json.loads(one.stdout)["evaluations"]) == 1 and len(json.loads(many.stdout)["evaluations"]) == 4
    for extra in ((), ("--blind",), ("--only", "eligible")):
        validate_screen(json.loads(run(str(batch), "-f", "json", "-q", *extra).stdout))
        for line in run(str(batch), "-f", "jsonl", "-q", *extra).stdout.splitlines():
            validate_screen_line(json.loads(line))


def test_the_demo_prints_escape_codes_only_to_a_terminal():
    script = (ROOT / "run").read_text(encoding="utf-8")
    step = re.search(r"^step\(\) \{.*?\}$", script, re.M | re.S)
    assert step
    piped = subprocess.run(
        ["bash", "-c", step.group(0) + "\nstep 'A title' 'a command'"], capture_output=True, text=True, check=True
    )
    assert "A title" in piped.stdout and "\x1b" not in piped.stdout
