"""Fourth red-team pass of issue 17, row 16 (a key that looks like a known one): a key
written with a no-break space, another Unicode space or the braille blank (U+2800) showed
in the error line as "name : unknown field", like a typo'd space; error lines now show
them escaped. Reports keep them (a no-break space in a name is ordinary text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzzkit import describe, run_cli

from matcher.files.sanitize import sanitize

BLANKS = ["\u00a0", "\u2007", "\u202f", "\u205f", "\u3000", "\u2800", "\u1680"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("blank", BLANKS)
def test_a_blank_looking_character_in_an_unknown_key_is_shown_escaped(tmp_path: Path, blank: str):
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"id": "a", f"name{blank}": "X"}), encoding="utf-8")
    run = run_cli("profile", "validate", profile)
    assert run.exit_code == 2, describe(run)
    assert blank not in run.stderr and f"name{blank.encode('unicode_escape').decode()}" in run.stderr, run.stderr


@pytest.mark.timeout(30)
@pytest.mark.parametrize("blank", BLANKS)
def test_reports_keep_those_characters(blank: str):
    assert sanitize(f"Marc{blank}Dupont") == f"Marc{blank}Dupont"
    assert sanitize(f"Marc{blank}Dupont", one_line=True, markup=True) == f"Marc{blank}Dupont"


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("before", "key"),
    [
        ("", "employ\\udb40\\udc41er"),  # a tag character, as json.dumps writes it
        ('"name": "A\\ud83d\\ude00", ', "employ\\udb40\\udc41er"),  # an emoji earlier on the line
        ('"name": "A\\\\udb40\\\\udc41", ', "employzer"),  # an escaped backslash: not a pair
    ],
)
def test_an_unknown_json_key_after_a_surrogate_escape_keeps_its_line_and_column(tmp_path: Path, before, key):
    # YAML (which locates JSON fields) refuses surrogate escapes, so these lost line:column
    text = '{"id": "a", ' + before + '"experience": [{"title": "x", "' + key + '": "y"}]}'
    profile = tmp_path / "p.json"
    profile.write_text(text, encoding="utf-8")
    run = run_cli("profile", "validate", profile)
    assert run.exit_code == 2, describe(run)
    column = text.index('"employ') + 1
    assert f"p.json:1:{column}: experience[0].employ" in run.stderr, run.stderr
