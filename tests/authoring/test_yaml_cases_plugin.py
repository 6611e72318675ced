"""The pytest plugin collects each YAML case as its own item and reports a wrong one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
R0844 = ROOT / "rules" / "interpol-vn-0844.yaml"
CASES = """\
- name: grace is short of experience
  profile: {profile}
  expect:
    verdict: not_eligible
- name: a wrong expectation
  profile: {profile}
  expect:
    verdict: eligible
"""


def test_each_case_is_an_item_and_a_wrong_one_fails_with_its_differences(tmp_path: Path):
    rules = tmp_path / "rules"
    (rules / "tests").mkdir(parents=True)
    shutil.copy(R0844, rules / R0844.name)
    shutil.copytree(ROOT / "rules" / "notices", rules / "notices")
    profile = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
    (rules / "tests" / R0844.name).write_text(CASES.format(profile=profile), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "yaml_cases",
            "-p",
            "no:cacheprovider",
            "-q",
            "--rootdir",
            str(tmp_path),
            str(rules / "tests"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={"PYTHONPATH": str(ROOT / "tests"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout
    assert "case 'a wrong expectation'" in done.stdout and "verdict: expected eligible, got not_eligible" in done.stdout
