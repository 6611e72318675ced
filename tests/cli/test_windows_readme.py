"""Issue 18, "Windows": `./run` is bash only, so the README says how to install and run
matcher on Windows without bash, with commands that exist."""

from __future__ import annotations

import re
from pathlib import Path

from fuzzkit import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _windows_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Running on Windows\n(.*?)(?=^## )", readme, re.M | re.S)
    assert match, "README has no 'Running on Windows' section"
    return match.group(1)


def test_the_readme_says_how_to_run_on_windows_without_bash():
    section = _windows_section()
    block = re.search(r"```powershell\n(.*?)```", section, re.S)
    assert block, "no PowerShell commands"
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert any(c.startswith("pipx install") for c in commands) and "pip install" in section
    assert not [c for c in commands if c.startswith(("./", "bash", "source", "sh "))]  # no bash needed
    assert ".venv\\Scripts\\" in section  # a virtualenv's commands on Windows
    for command in commands:
        if command.startswith("matcher "):
            assert run_cli(*command.split()[1:2], "--help").exit_code == 0, command  # the command exists
            for path in command.split()[2:]:
                if "\\" in path and "." in path.rsplit("\\", 1)[-1]:  # a shipped file, not "applicants\\"
                    assert (ROOT / path.replace("\\", "/")).is_file(), path  # it exists
