"""`matcher categorize` end to end: text and JSONL output, stdin, files, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"id", "span", "match", "method", "confidence"}


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_single_text(runner):
    result = runner.invoke(app, ["categorize", "Latent print examiner; no experience in DNA"])
    assert result.exit_code == 0, result.output
    assert "fingerprints < biometrics: 'Latent print' [0:12] exact 1.00" in result.stdout
    assert "dna" not in result.stdout


def test_jsonl_from_stdin_mixes_plain_and_json_lines(runner):
    lines = [
        "Chargé de la lutte contre la traite des êtres humains",
        json.dumps({"text": "AFIS ten-print comparison", "id": 7}),
        "",
        "Would like to move into facial recognition",
    ]
    result = runner.invoke(app, ["categorize", "--input", "-", "--format", "jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == [lines[0], "AFIS ten-print comparison", lines[3]]
    assert [[c["id"] for c in r["categories"]] for r in records] == [["human_trafficking"], ["fingerprints"], []]
    for record in records:
        for c in record["categories"]:
            assert set(c) == KEYS
            start, end = c["span"]
            assert record["text"][start:end] == c["match"]


def test_file_input_and_output_file(runner, tmp_path):
    source = tmp_path / "texts.txt"
    source.write_text("Enquêteur à la brigade criminelle\nAccredited mediator\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["categorize", "-i", str(source), "-f", "jsonl", "-o", str(out), "--lang", "auto"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["categories"][0]["id"] for r in records] == ["investigations", "mediation"]


def test_lang_option_forces_the_pipeline(runner):
    result = runner.invoke(app, ["categorize", "--lang", "fr", "-f", "jsonl", "Enquêtes judiciaires"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["categories"][0]["id"] == "investigations"


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["categorize", "-i", "-"], '{"text": 3}\n', "<stdin>:1: text: expected a string"),
        (["categorize", "-i", "-"], 'ok line\n{"text": \n', "<stdin>:2:"),
        (["categorize", "-i", "-"], '{"title": "x"}\n', 'expected a string "text" field'),
        (["categorize"], None, "give either TEXT or --input"),
        (["categorize", "x", "-i", "-"], "y\n", "give either TEXT or --input"),
        (["categorize", "x", "--lang", "de"], None, "--lang 'de'"),
        (["categorize", "x", "--format", "csv"], None, "--format 'csv'"),
        (["categorize", "-i", "/nonexistent/texts.txt"], None, "cannot read"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(runner, args, stdin, message):
    result = runner.invoke(app, args, input=stdin)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) <= 1
    assert "Traceback" not in result.output
    if message:
        assert message in result.stderr


def test_subprocess_end_to_end_and_undecodable_stdin():
    command = [sys.executable, "-m", "matcher", "categorize", "-i", "-", "-f", "jsonl"]
    ok = subprocess.run(command, input=b"Dactyloscopy expert\n", cwd=ROOT, capture_output=True)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["categories"][0]["id"] == "fingerprints"
    bad = subprocess.run(command, input=b"abc\xff\n", cwd=ROOT, capture_output=True)
    assert bad.returncode == 2
    # the line is named, now that lines are read one by one (bounded)
    assert bad.stderr.decode().strip() == "matcher: <stdin>:1: is not UTF-8 text (invalid start byte) [E303]"
