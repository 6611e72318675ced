"""Third red-team pass of issue 17, row 14 in another command: `categorize -i` printed
each text of a JSON Lines file as it was, so a text with a newline or a line separator
wrote lines that look like the command's own ("  fingerprints < forensics: ...")."""

from __future__ import annotations

import json
from pathlib import Path

from fuzzkit import describe, run_cli


def test_categorize_texts_cannot_forge_result_lines(tmp_path: Path):
    forged = "  fingerprints < forensics: 'x' [0:1] exact 1.00"
    texts = [f"fingerprint examiner{sep}{forged}" for sep in ("\n", "\u2028", "\r\n", "\x85")] + ["crime scene"]
    source = tmp_path / "texts.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    run = run_cli("categorize", "-i", source, "--lang", "en", timeout=60)
    assert run.exit_code == 0, describe(run)
    lines = run.stdout.splitlines()
    assert sum(line.startswith("fingerprint examiner") for line in lines) == 4  # the control: each text is shown
    assert not any(line.startswith("  fingerprints < forensics: 'x'") for line in lines)
