"""A profile's own limits (matcher/models/profile_limits.py): what the engine works on is bounded,
so that any profile inside them is checked in bounded time (issue 17, row 9: 28,000 free-text
entries, inside the file limits, took 25 s for one check). At each limit a profile is taken;
one past it is one error line naming the file, the line and the field, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzzkit import RULE_0844, assert_one_line_error, run_cli

from matcher.models.profile_limits import MAX_COUNTRIES, MAX_ENTRIES, MAX_EXPERIENCE_TEXT, MAX_NAME_CHARS


def _job(i: int, description: str = "") -> dict:
    return {"title": f"examiner {i}", "start": "2001", "end": "2002", "description": description}


def _profiles(over: bool) -> dict[str, dict]:
    extra = 1 if over else 0
    share = MAX_EXPERIENCE_TEXT // 5
    text = [_job(i, "x" * (share - len(f"examiner {i}"))) for i in range(5)]
    text[-1]["description"] += "x" * extra
    return {
        "experience": {"experience": [_job(i) for i in range(MAX_ENTRIES + extra)]},
        "education": {"education": [{"level": 6}] * (MAX_ENTRIES + extra)},
        "languages": {"languages": [{"language": "en"}] * (MAX_ENTRIES + extra)},
        "nationality": {"nationality": ["FR"] * (MAX_COUNTRIES + extra)},
        "countries_worked_with": {
            "experience": [{**_job(1), "countries_worked_with": ["SN"] * (MAX_COUNTRIES + extra)}]
        },
        "name": {"name": "A" * (MAX_NAME_CHARS + extra)},
        "email": {"email": "a" * (MAX_NAME_CHARS + extra - 12) + "@example.org"},
        "experience text": {"experience": text},
    }


@pytest.mark.parametrize("what", list(_profiles(False)))
def test_a_profile_at_each_limit_is_checked(tmp_path: Path, what: str):
    path = tmp_path / "at-limit.json"
    path.write_text(json.dumps(_profiles(False)[what]), encoding="utf-8")
    run = run_cli("check", path, RULE_0844)
    assert run.exit_code in (0, 1, 3), run.stderr


@pytest.mark.parametrize("what", list(_profiles(True)))
def test_one_past_each_limit_is_one_error_line(tmp_path: Path, what: str):
    path = tmp_path / "over.json"
    path.write_text(json.dumps(_profiles(True)[what], indent=1), encoding="utf-8")
    line = assert_one_line_error(run_cli("check", path, RULE_0844), path)
    key = "experience" if what == "experience text" else what
    field = "experience[0].countries_worked_with" if key == "countries_worked_with" else key
    number = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if f'"{key}"' in text)
    assert line.startswith(f"matcher: {path}:{number}:") and f": {field}: " in line, line


def test_the_text_limit_names_the_entry_that_crosses_it(tmp_path: Path):
    path = tmp_path / "over.json"
    path.write_text(json.dumps(_profiles(True)["experience text"], indent=1), encoding="utf-8")
    line = assert_one_line_error(run_cli("check", path, RULE_0844), path)
    assert f"over the {MAX_EXPERIENCE_TEXT:,}-character limit" in line and "entry 5 crosses it" in line
