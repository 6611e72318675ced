"""A report given to `emit` as pieces (report.render_parts) is written byte for byte as its joined
text, to a file and to standard output, each piece encoded in turn (issue 17: a long JSON report
held as text and as bytes at once took a check over 1 GB)."""

from __future__ import annotations

import os
import subprocess
import sys

from matcher.files.output import emit

PIECES = ['{\n  "a": "é",', '\n  "b": "\ud800"', "", "\n}"]  # a lone surrogate: '?' in a file


def test_pieces_to_a_file_are_the_joined_text(tmp_path):
    joined, pieces = tmp_path / "joined.json", tmp_path / "pieces.json"
    emit("".join(PIECES), joined)
    emit(PIECES, pieces)
    assert pieces.read_bytes() == joined.read_bytes()
    assert pieces.read_bytes().endswith(b'?"\n}')


def test_pieces_to_standard_output_are_the_joined_text_and_its_newline():
    code = (
        "import sys; from matcher.files.output import emit; "
        "emit(sys.argv[1:] if sys.argv[1] != 'joined' else [''.join(sys.argv[2:])], None)"
    )
    ascii_pieces = ['{\n  "a": 1,', "", '\n  "b": "é"\n}']
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = [sys.executable, "-c", code]
    out = subprocess.run([*run, *ascii_pieces], capture_output=True, env=env, timeout=60, check=True).stdout
    joined = subprocess.run([*run, "joined", *ascii_pieces], capture_output=True, env=env, timeout=60, check=True)
    assert out == joined.stdout == "".join(ascii_pieces).encode() + b"\n"
