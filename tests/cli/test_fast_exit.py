"""`matcher.cli.run` (the executable): after `check`, the process ends without tearing its
modules down, yet atexit handlers run, the report is complete and the exit code is the
verdict's; other commands exit as Python always does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
R0844 = str(ROOT / "rules" / "interpol-vn-0844.yaml")
PROFILE = str(ROOT / "profiles" / "agnieszka-nowak-border-guard.json")  # not eligible: exit 1

# atexit handlers registered by the program must still run (and their output be flushed)
SCRIPT = """
import atexit, sys
import matcher.cli as cli
atexit.register(lambda: print("atexit ran"))
sys.argv = ["matcher", *sys.argv[1:]]
cli.run()
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=120)


def test_check_report_whole_exit_code_kept_and_atexit_handlers_run():
    fast = _run("check", PROFILE, R0844)
    usual = subprocess.run(
        [sys.executable, "-c", "import sys; import matcher.cli as c; sys.argv=['matcher',*sys.argv[1:]]; c.main()"]
        + ["check", PROFILE, R0844],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert fast.returncode == usual.returncode == 1
    assert fast.stdout == usual.stdout + "atexit ran\n"
    assert fast.stderr == usual.stderr == ""


def test_bad_input_and_other_commands_exit_as_usual():
    missing = _run("check", "/nonexistent/profile.yaml", R0844)
    assert missing.returncode == 2 and "cannot read file" in missing.stderr
    assert missing.stdout == "atexit ran\n"
    validated = _run("rules", "validate", R0844)
    assert validated.returncode == 0 and validated.stdout.endswith("atexit ran\n")


def test_python_dash_m_matcher_uses_run():
    assert "run()" in (ROOT / "matcher" / "__main__.py").read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", "check", PROFILE, R0844], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1 and "Verdict" in proc.stdout
