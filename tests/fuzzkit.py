"""Helpers for the hardening tests: running the CLI, and what a clean outcome looks like.

A run is clean when it either succeeds (exit 0, 1 or 3: a verdict) or fails on bad
input the documented way: exit 2 and exactly one line on stderr, `matcher: FILE...`.
Anything else (a traceback, a crash, a hang, a second line) is a bug.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "rules"
RULES = sorted(p for p in RULES_DIR.glob("interpol-vn-*.yaml"))
RULE_0844 = RULES_DIR / "interpol-vn-0844.yaml"
PROFILES = sorted(p for p in (ROOT / "profiles").glob("*") if p.suffix in {".yaml", ".yml", ".json"})
MATCHER = Path(sys.executable).parent / "matcher"
AS_OF = "2025-01-31"

_SCALE = {"long": 20}.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), 1)


def examples(n: int) -> int:
    """`n` examples in the ci profile, twenty times more in the long one."""
    return n * _SCALE


# A valid profile that declares its categories (no NLP needed): eligible for 0844.
VALID_PROFILE = """\
id: valid-seed
name: Seed Candidate
nationality: [SN, "NO"]
current_employment: {employer: Police Nationale, employer_type: law_enforcement, employer_country: SN}
education:
  - {title: Licence, field: biology, level: 6, years: 3, completed: true}
experience:
  - title: Fingerprint examiner
    employer: Police Nationale
    employer_type: law_enforcement
    country: SN
    countries_worked_with: [ML, "NO"]
    start: 2012-01
    end: 2018-12
    fraction: 1
    proof_of_employment: true
    description: Latent prints and AFIS searches.
    categories: [fingerprints]
  - title: Head of AFIS unit
    employer: Police Nationale
    country: SN
    start: 2019-01
    ongoing: true
    categories: [fingerprints, dna]
languages:
  - {language: fr, level: C2}
  - {language: en, skills: {listening: C1, reading: C1, speaking: C1, writing: C1}}
  - {language: wo, mother_tongue: true}
"""


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang if the block runs longer than `seconds` (main thread, POSIX)."""

    def expired(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: object, timeout: float = 20.0, env: dict[str, str] | None = None) -> Run:
    """The CLI in-process (fast), as `matcher.cli.main` would run it."""
    from typer.testing import CliRunner

    from matcher.cli import app
    from matcher.errors import InputError

    with time_limit(timeout):
        result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    exc = result.exception
    if isinstance(exc, InputError):  # main() turns an escaped InputError into the one line
        return Run(2, result.stdout, result.stderr + f"matcher: {exc.one_line()}\n")
    if exc is not None and not isinstance(exc, SystemExit):
        return Run(result.exit_code, result.stdout, result.stderr, exc)
    return Run(result.exit_code, result.stdout, result.stderr)


def run_process(*args: object, timeout: float = 60.0, env: dict[str, str] | None = None) -> Run:
    """The real `matcher` executable in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    done = subprocess.run([str(MATCHER), *map(str, args)], capture_output=True, timeout=timeout, env=full_env)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def describe(run: Run) -> str:
    return f"exit {run.exit_code}\nstderr: {run.stderr[:2000]!r}\nexception: {run.exception!r}"


def assert_clean(run: Run, bad_file: str | Path | None = None) -> None:
    """A verdict, or the one-line error (naming `bad_file` when given) with exit code 2."""
    assert run.exception is None, describe(run)
    assert "Traceback" not in run.stderr, describe(run)
    assert run.exit_code in (0, 1, 2, 3), describe(run)
    if run.exit_code == 2:
        assert_one_line_error(run, bad_file)
    else:
        assert run.stdout.strip(), describe(run)


def assert_one_line_error(run: Run, bad_file: str | Path | None = None) -> str:
    """Exit 2, one line `matcher: FILE...: message` on stderr; returns that line."""
    assert run.exit_code == 2, describe(run)
    assert run.exception is None, describe(run)
    lines = run.stderr.splitlines()
    assert len(lines) == 1, describe(run)
    line = lines[0]
    assert line.startswith("matcher: "), describe(run)
    assert "Traceback" not in line
    assert not any(ch in line for ch in "\x1b\x07\x9b\x9d\r"), describe(run)  # nothing for the terminal
    if bad_file is not None:
        assert line.startswith(f"matcher: {bad_file}"), describe(run)
    return line
