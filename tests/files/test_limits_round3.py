"""Third red-team pass of issue 17, row 3 (numbers in odd forms) in the one limit the
operator sets: `MATCHER_MAX_FILE_BYTES=5MB` (or -1, or 0) was an "internal error
(a bug in matcher)", exit 70, from `int()` at import; now it is one usage line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzkit import run_process

from matcher.files.reading import MAX_FILE_BYTES

PROFILE = Path(__file__).resolve().parents[2] / "profiles" / "marc-lefevre-gendarme-no-degree.yaml"


@pytest.mark.parametrize("value", ["5MB", "-1", "0", "1e6", "9" * 30])
def test_a_bad_file_limit_in_the_environment_is_a_usage_error(value: str):
    run = run_process("profile", "validate", PROFILE, env={"MATCHER_MAX_FILE_BYTES": value})
    assert run.exit_code == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "MATCHER_MAX_FILE_BYTES" in lines[0] and "internal error" not in lines[0]


def test_an_empty_file_limit_is_the_default():
    run = run_process("profile", "validate", PROFILE, env={"MATCHER_MAX_FILE_BYTES": ""})
    assert run.exit_code == 0, run.stderr
    assert MAX_FILE_BYTES > 0
