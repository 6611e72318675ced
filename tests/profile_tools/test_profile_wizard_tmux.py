"""`matcher profile new` on a real terminal: tmux runs it and types the keys.

Each answer is typed only once its question is on screen, including a mistake
corrected with Backspace and a refused answer, as a person would. Skipped when tmux
is not installed (CI does not need it; `apt-get install tmux` to run it).
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from matcher.models.load import load_profile

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
ROOT = Path(__file__).resolve().parents[2]

# (text that must be on the last line of the screen, keys to type then Enter)
DIALOGUE = [
    ("Your full name", ["Kofi Boateng"]),
    ("Nationality", ["Ghana"]),
    ("Who employs you today?", ["1"]),
    ("Employer's name", ["Ghana Police Service"]),
    ("Your position", ["Crime scene officer"]),
    ("Employer's country", ["GH"]),
    ("Add a degree or diploma?", ["y"]),
    ("Degree or diploma", ["BSc Forensic Science"]),
    ("University or school", [""]),
    ("Field of study", ["forensic science"]),
    ("Level (ISCED 2011)", ["6"]),
    ("Length of the programme", ["4"]),
    ("Completed (degree or diploma awarded)?", ["y"]),
    ("Year or month it ended", ["2015"]),
    ("Add another degree or diploma?", [""]),
    ("Add a job?", ["y"]),
    ("Job title", ["Crime scene officer"]),
    ("Employer (Enter or ? if you don't know)", ["Ghana Police Service"]),
    ("Type of employer", ["1"]),
    ("Country where the job was based", ["Ghana"]),
    ("Start (YYYY-MM)", ["2016-08", "BSpace", "9"]),  # typo fixed with Backspace: 2016-09
    ("Do you still hold this job?", ["y"]),
    ("Full time?", ["y"]),
    ("Other countries", ["Togo"]),
    ("Can you show official proof", ["perhaps"]),  # refused: asked again
    ("Can you show official proof", ["y"]),
    ("What did the job involve?", ["Crime scene examination and fingerprint lifting."]),
    ("Categories", ["crime_scene"]),
    ("Add another job?", ["n"]),
    ("Add a language?", ["y"]),
    ("Language (name or code", ["English"]),
    ("mother tongue?", ["n"]),
    ("Your overall level", ["C1"]),
    ("Is that level the same", ["y"]),
    ("Add another language?", ["n"]),
]


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run([TMUX, "-S", socket, *args], check=True, capture_output=True, text=True).stdout


def _last_line(socket: str) -> str:
    lines = [line for line in _tmux(socket, "capture-pane", "-p", "-t", "w").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _wait_for(socket: str, text: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in _last_line(socket):
            return
        time.sleep(0.05)
    screen = _tmux(socket, "capture-pane", "-p", "-t", "w")
    raise AssertionError(f"waited for {text!r}; the screen shows:\n{screen}")


def test_wizard_driven_by_keystrokes_writes_a_valid_profile(tmp_path):
    out = tmp_path / "me.yaml"
    # a tmux server of our own, never the user's; its socket path must stay short (~100 bytes)
    folder = tempfile.mkdtemp(prefix="matcher-tmux-", dir="/tmp" if Path("/tmp").is_dir() else None)
    socket = str(Path(folder) / "s")
    command = (
        f"{shlex.quote(sys.executable)} -m matcher profile new -o {shlex.quote(str(out))}; "
        "echo WIZARD-EXIT=$?; sleep 60"
    )
    # pytest exports COLUMNS=80; a real terminal tells its own size
    env_cmd = f"unset COLUMNS LINES; cd {shlex.quote(str(ROOT))} && {command}"
    _tmux(socket, "-f", "/dev/null", "new-session", "-d", "-s", "w", "-x", "220", "-y", "50", env_cmd)
    try:
        for prompt, keys in DIALOGUE:
            _wait_for(socket, prompt)
            for key in keys:
                if key == "BSpace":
                    _tmux(socket, "send-keys", "-t", "w", "BSpace")
                elif key:
                    _tmux(socket, "send-keys", "-t", "w", "-l", key)
            _tmux(socket, "send-keys", "-t", "w", "Enter")
        _wait_for(socket, "WIZARD-EXIT=")
        screen = _tmux(socket, "capture-pane", "-p", "-S", "-200", "-t", "w")
    finally:
        subprocess.run([TMUX, "-S", socket, "kill-server"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
    assert "WIZARD-EXIT=0" in screen, screen
    assert "✗ answer y (yes) or n (no)" in screen
    profile = load_profile(out)
    job = profile.experience[0]
    assert (job.title, job.start, job.country, job.countries_worked_with) == (
        "Crime scene officer",
        "2016-09",
        "GH",
        ["TG"],
    )
    assert job.categories == ["crime_scene"] and job.proof_of_employment
    assert profile.education[0].level == 6 and profile.education[0].years == 4
    assert profile.languages[0].language == "en" and profile.languages[0].level == "C1"
