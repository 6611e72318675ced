"""docs/applicants.md shows real output: its example profile still validates and still
gets the verdicts, first blocking requirements and eligible-from dates the page shows."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from matcher.cli import app

DOC = Path(__file__).resolve().parents[2] / "docs" / "applicants.md"
runner = CliRunner()


def test_applicants_walkthrough_is_still_true(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    profile = re.search(r"The result, `me.yaml`.*?```yaml\n(.*?)```", text, re.S).group(1)
    me = tmp_path / "me.yaml"
    me.write_text(profile, encoding="utf-8")
    assert runner.invoke(app, ["profile", "validate", str(me)]).exit_code == 0

    shown = re.search(r"\$ matcher check me.yaml; echo.*?\n(.*?)└", text, re.S).group(1)
    rows = [line for line in shown.splitlines() if re.match(r"│ \d", line)]
    result = runner.invoke(app, ["check", str(me), "--format", "markdown"])
    assert result.exit_code == 1
    now = [line for line in result.stdout.splitlines() if re.match(r"\| \d", line)]
    assert [r.split("│")[1].strip() for r in rows] == [r.split("|")[1].strip() for r in now]
    for doc_row, row in zip(rows, now, strict=True):
        verdict = doc_row.split("│")[5].strip()
        assert f"| {verdict} |" in row
    assert "2025-02-28 (after the deadline)" in now[1]
