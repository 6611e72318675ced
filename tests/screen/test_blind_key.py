"""Where the pseudonym key lives: `screen` writes it on first use, with or without
--blind, to the user's config folder unless told otherwise; the README and --help say
so, and the tests never touch the real one (conftest.py sets MATCHER_BLIND_KEY)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from fuzzkit import MATCHER, ROOT, RULE_0844

from matcher.report.pseudonyms import default_key_path

PROFILE = ROOT / "profiles" / "sarah-thompson-safeguarding.yaml"


def test_the_tests_never_use_the_real_key():
    assert not default_key_path().resolve().is_relative_to(Path.home().resolve())


def _screen(home: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("MATCHER_BLIND_KEY", "XDG_CONFIG_HOME", "APPDATA")}
    return subprocess.run(
        [str(MATCHER), "screen", str(RULE_0844), str(PROFILE), "-f", "csv", "-q", "--no-infer"],
        capture_output=True,
        timeout=100,
        check=False,
        env={**clean, "HOME": str(home), **env},
    )


def test_a_first_screening_writes_the_key_to_the_config_folder_blind_or_not(tmp_path):
    done = _screen(tmp_path)
    assert done.returncode == 0, done.stderr
    key = tmp_path / ".config" / "matcher" / "blind.key"
    assert key.is_file() and key.stat().st_mode & 0o777 == 0o600  # readable by the recruiter only
    assert _screen(tmp_path, XDG_CONFIG_HOME=str(tmp_path / "xdg")).returncode == 0
    assert (tmp_path / "xdg" / "matcher" / "blind.key").is_file()
    assert _screen(tmp_path, MATCHER_BLIND_KEY=str(tmp_path / "mine.key")).returncode == 0
    assert (tmp_path / "mine.key").is_file()


def test_readme_and_help_say_where_the_key_is():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "~/.config/matcher/blind.key" in readme and "with or without `--blind`" in readme
    done = subprocess.run(
        [str(MATCHER), "screen", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "COLUMNS": "300"},
    )
    assert "~/.config/matcher/blind.key" in done.stdout and "without --blind" in done.stdout
