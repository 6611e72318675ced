"""`matcher screen` end to end: every input exactly once, error rows, counts, ranking,
exit codes, --only, --as-of, stdin JSON Lines, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from screen_support import EXPECTED, RULES, VERDICTS, csv_rows, json_report, rel, run


def test_every_kind_of_bad_input_becomes_an_error_row_and_the_rest_is_screened(batch: Path):
    result = run(str(batch), "--format", "csv", "-q")
    assert result.exit_code == 4, result.stderr
    rows = csv_rows(result.stdout)
    by_file = {rel(r["input"], batch): r for r in rows}
    assert sorted(by_file) == sorted(EXPECTED)  # each input exactly once, nothing else
    assert len(rows) == len(EXPECTED)
    for name, expected in EXPECTED.items():
        row = by_file[name]
        if expected in VERDICTS:
            assert row["verdict"] == expected, (name, row)
            assert row["error"] == ""
        else:
            assert row["verdict"] == "error", (name, row)
            assert row["error"].startswith(str(batch / name) + ":"), row["error"]
            assert expected in row["error"], (name, row["error"])
            assert "\n" not in row["error"] and "Traceback" not in row["error"]
            assert row["rank"] == "" and row["score"] == ""


def test_error_rows_are_also_told_on_stderr_one_line_each(batch: Path):
    result = run(str(batch), "--format", "json")
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("matcher: ")]
    assert len(errors) == sum(1 for v in EXPECTED.values() if v not in VERDICTS)
    assert "screened 12 profiles: 1 eligible, 1 needs review, 3 not eligible, 7 errors" in lines[-1]
    assert "Traceback" not in result.stderr


def test_counts_add_up_to_the_inputs(batch: Path):
    result = run(str(batch), "--format", "json", "-q")
    report = json_report(result.stdout)
    summary = report["summary"]
    assert summary["total"] == len(EXPECTED) == len(report["rows"]) == summary["shown"]
    assert (
        summary["eligible"] + summary["needs_review"] + summary["not_eligible"] + summary["errors"] == summary["total"]
    )
    assert summary == {"eligible": 1, "needs_review": 1, "not_eligible": 3, "errors": 7, "total": 12, "shown": 12}


def test_ranking_verdict_then_score_then_closest_then_input_order(batch: Path):
    rows = json_report(run(str(batch), "-f", "json", "-q").stdout)["rows"]
    order = {"eligible": 0, "needs_review": 1, "not_eligible": 2, "error": 3}
    keys = [(order[r["verdict"]], -(r["score"] or 0), len(r["not_met"]), len(r["unknown"])) for r in rows]
    assert keys == sorted(keys)
    assert [r["rank"] for r in rows if r["verdict"] != "error"] == [1, 2, 3, 4, 5]
    assert all(r["rank"] is None for r in rows if r["verdict"] == "error")
    # hostile.yaml fails 3 items; formula.yaml fails the same 3 and has 1 unknown: further from eligible
    names = [rel(r["input"], batch) for r in rows]
    assert names.index("good/hostile.yaml") < names.index("good/formula.yaml")
    # the same key everywhere: input order (here, sorted paths) decides
    for a, b in zip(rows, rows[1:], strict=False):
        if keys[rows.index(a)] == keys[rows.index(b)]:
            assert a["input"] < b["input"]
    errors = [r["input"] for r in rows if r["verdict"] == "error"]
    assert errors == sorted(errors)


def test_rows_say_what_fails_and_from_when(batch: Path):
    rows = {rel(r["input"], batch): r for r in json_report(run(str(batch), "-f", "json", "-q").stdout)["rows"]}
    late = rows["good/not_eligible.yaml"]
    assert late["not_met"] == ["Three years in the fingerprint discipline"]
    assert late["eligible_from"] == "2025-12-31"
    review = rows["good/needs_review.yaml"]
    assert review["unknown"] == ["Working experience with African countries"] and review["not_met"] == []
    assert rows["good/eligible.yaml"]["score"] == 1 and rows["good/eligible.yaml"]["max_score"] == 3
    details = {r["id"]: r for r in rows["good/eligible.yaml"]["requirements"]}
    fingerprints = details["fingerprint_experience"]
    assert fingerprints["status"] == "met"
    assert any("→ fingerprints" in why for e in fingerprints["evidence"] for why in e["why"])  # which words matched


def test_exit_code_0_when_every_input_was_screened(batch: Path):
    result = run(str(batch / "good"), "-q")
    assert result.exit_code == 0, result.stderr
    assert "5 profiles: 1 eligible, 1 needs review, 3 not eligible, 0 errors" in result.stdout


def test_same_file_twice_is_screened_once_and_missing_paths_are_error_rows(batch: Path, tmp_path: Path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    args = [str(batch / "good"), str(batch / "good" / "eligible.yaml"), str(tmp_path / "missing.yaml"), str(empty)]
    rows = csv_rows(run(*args, "-f", "csv", "-q").stdout)
    inputs = [r["input"] for r in rows]
    assert len(inputs) == len(set(inputs)) == 7
    errors = {r["input"]: r["error"] for r in rows if r["verdict"] == "error"}
    assert errors == {
        str(tmp_path / "missing.yaml"): f"{tmp_path / 'missing.yaml'}: no such file or folder",
        str(empty): f"{empty}: folder has no profiles or CVs (*.yaml, *.yml, *.json, *.pdf, "
        "*.docx, *.txt, *.xml, *.zip)",
    }


def test_only_lists_only_the_verdicts_asked_for_and_names_errors_apart(batch: Path):
    result = run(str(batch), "-f", "json", "--only", "eligible,needs_review")
    report = json_report(result.stdout)
    shown = {r["verdict"] for r in report["rows"]}
    assert shown == {"eligible", "needs_review"}  # a shortlist is a shortlist: no error rows in it
    assert report["summary"]["total"] == 12 and report["summary"]["errors"] == 7 and report["summary"]["shown"] == 2
    assert [r["rank"] for r in report["rows"]] == [1, 2]
    assert len(report["unlisted_errors"]) == 7  # counted, and named in their own section
    assert sum(line.startswith("matcher: ") for line in result.stderr.splitlines()) == 7  # and on stderr
    for fmt, marker in (("text", "Not screened (7"), ("markdown", "Not screened (7"), ("html", "Not screened (7")):
        assert marker in run(str(batch), "-f", fmt, "-q", "--only", "eligible,needs_review").stdout


def test_only_error_lists_the_error_rows(batch: Path):
    report = json_report(run(str(batch), "-f", "json", "-q", "--only", "error").stdout)
    assert {r["verdict"] for r in report["rows"]} == {"error"} and len(report["rows"]) == 7
    assert report["unlisted_errors"] == []


def test_bad_options_and_bad_rules_are_one_line_exit_2(batch: Path, tmp_path: Path):
    bad = run(str(batch), "--only", "eligible,maybe")
    assert bad.exit_code == 2
    assert bad.stderr.strip().startswith("matcher: <command line>: --only takes") and "maybe" in bad.stderr
    assert run(str(batch), "--as-of", "tomorrow").exit_code == 2
    rules = tmp_path / "rules.yaml"
    rules.write_text("notice: {id: x}\nrequirements: []\n")
    from typer.testing import CliRunner

    from matcher.cli import app

    result = CliRunner().invoke(app, ["screen", str(rules), str(batch)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith(f"matcher: {rules}:")
    assert result.stdout == ""


def test_as_of_moves_the_counting_date(batch: Path):
    rows = {
        rel(r["input"], batch): r
        for r in json_report(run(str(batch / "good"), "-f", "json", "-q", "--as-of", "2026-01-01").stdout)["rows"]
    }
    assert rows["good/not_eligible.yaml"]["verdict"] == "eligible"


def test_stdin_json_lines_with_bad_lines(batch: Path):
    good = json.dumps(
        {
            "id": "S-1",
            "experience": [{"title": "Fingerprint examiner", "start": "2010-01", "countries_worked_with": ["SN"]}],
        }
    )
    lines = [good, "", "{not json", json.dumps({"experience": "many"}), json.dumps([1, 2])]
    result = run("-", "-f", "csv", "-q", input="\n".join(lines) + "\n")
    assert result.exit_code == 4
    rows = {r["input"]: r for r in csv_rows(result.stdout)}
    assert sorted(rows) == ["<stdin>:1", "<stdin>:3", "<stdin>:4", "<stdin>:5"]  # blank line 2 skipped
    assert rows["<stdin>:1"]["verdict"] in VERDICTS and rows["<stdin>:1"]["profile_id"] == "S-1"
    assert rows["<stdin>:3"]["error"].startswith("<stdin>:3:2: invalid JSON")
    assert (
        rows["<stdin>:4"]["error"].startswith("<stdin>:4:")
        and "experience: Input should be a valid list" in rows["<stdin>:4"]["error"]
    )
    assert rows["<stdin>:5"]["error"].startswith("<stdin>:5") and "mapping" in rows["<stdin>:5"]["error"]


def test_stdin_non_utf8_line_and_files_together(batch: Path):
    data = b'{"experience": []}\n{"name": "Ren\xe9"}\n'
    result = run(str(batch / "good" / "eligible.yaml"), "-", "-f", "csv", "-q", input=data)
    rows = csv_rows(result.stdout)
    assert [r["input"] for r in rows if r["verdict"] != "error"][0].endswith("eligible.yaml")
    errors = [r["error"] for r in rows if r["verdict"] == "error"]
    assert errors == ["<stdin>:2: byte 0xe9 is not valid UTF-8; save the file as UTF-8 [E410]"]
    assert len(rows) == 3


def test_output_file_is_written_atomically_and_replaces_the_old_one(batch: Path, tmp_path: Path):
    out = tmp_path / "report.csv"
    out.write_text("old report")
    result = run(str(batch), "-o", str(out), "-q", "--force")  # format from the extension
    assert result.exit_code == 4 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("\ufeffrank,input,profile_id")  # BOM: a file for Excel
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]  # no temp file left behind
    folder = run(str(batch), "-o", str(tmp_path))
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


def _drain_both(proc: subprocess.Popen, master: int, deadline: float) -> tuple[bytes, bytes]:
    """Read the child's stdout pipe and the pty holding its stderr at the same time.

    Reading one to the end before the other can deadlock: a progress bar that fills
    the pty blocks the child, which then never closes stdout."""
    import os
    import selectors

    assert proc.stdout is not None
    streams = {proc.stdout.fileno(): bytearray(), master: bytearray()}
    selector = selectors.DefaultSelector()
    for fd in streams:
        selector.register(fd, selectors.EVENT_READ)
    while selector.get_map():
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("the command did not finish in time")
        for key, _ in selector.select(timeout=1):
            try:
                chunk = os.read(key.fd, 65536)
            except OSError:  # the terminal closed
                chunk = b""
            if chunk:
                streams[key.fd] += chunk
            else:
                selector.unregister(key.fd)
    return bytes(streams[proc.stdout.fileno()]), bytes(streams[master])


def test_installed_command_end_to_end_with_a_progress_bar_on_a_terminal(batch: Path, tmp_path: Path):
    """The real entry point in a subprocess whose stderr is a terminal: the bar shows
    there, the report file is untouched by it, errors are one line each, exit code 4 (some error rows)."""
    import os
    import pty

    out = tmp_path / "r.html"
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "matcher", "screen", str(RULES), str(batch), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    stdout, terminal = _drain_both(proc, master, deadline=time.monotonic() + 120)
    assert proc.wait(timeout=10) == 4
    os.close(master)
    assert stdout == b""
    assert b"screening" in terminal and b"12/12" in terminal  # the bar, with the total
    assert b"Traceback" not in terminal
    assert terminal.count(b"matcher: ") == 7  # one line per error row
    assert b"screened 12 profiles: 1 eligible, 1 needs review, 3 not eligible, 7 errors" in terminal
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "━" not in html
    piped = run(str(batch), "-f", "csv")  # CliRunner: stderr is not a terminal, so no bar
    assert "━" not in piped.stderr and "12/12" not in piped.stderr


def test_library_api_matches_the_command(batch: Path):
    import io

    import pytest

    from matcher.screen import screen, write_report

    report = screen(str(RULES), [str(batch)], details=None)
    try:
        text = io.StringIO(newline="")
        write_report(report, "csv", text)
        assert text.getvalue() == run(str(batch), "-f", "csv", "-q").stdout_bytes.decode("utf-8")
        assert report.counts["total"] == 12
        with pytest.raises(ValueError, match="details='html'"):  # details were not rendered for HTML
            write_report(report, "html", io.StringIO())
    finally:
        report.close()
