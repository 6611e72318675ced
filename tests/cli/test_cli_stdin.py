"""'-' is standard input for every file argument that can take it (issue 18, "One
behaviour for every command"): the notice of `rules draft` and `rules coverage`, the
rules file of `rules coverage` when the notice is named, and the CV and the --check
rules of `profile import`; read once, with the size limit of any file, named <stdin>."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from fuzzkit import MATCHER, ROOT, RULE_0844
from typer.testing import CliRunner

from matcher.cli import app

NOTICE = next((ROOT / "rules" / "notices").glob("interpol-vn-0844*.txt"))
CVS = ROOT / "tests" / "data" / "cvs"


def invoke(args: list[object], stdin: bytes | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


def body(path: Path) -> list[str]:
    """A YAML file's lines without its comments: what it says, not how it was made."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")]


def test_rules_draft_reads_the_notice_from_standard_input(tmp_path):
    named = invoke(["rules", "draft", NOTICE, "-o", tmp_path / "named.yaml", "--id", "vn"])
    piped = invoke(["rules", "draft", "-", "-o", tmp_path / "piped.yaml", "--id", "vn"], NOTICE.read_bytes())
    assert named.exit_code == 0 and piped.exit_code == 0, piped.stderr
    assert "from <stdin>" in piped.stderr
    source = [line for line in body(tmp_path / "piped.yaml") if "source_file:" in line]
    assert source == ["  source_file: notices/vn.txt"]  # no file to record: where to save it
    text = (tmp_path / "piped.yaml").read_text(encoding="utf-8")
    assert "# review: the notice came from standard input" in text
    same = [line for line in body(tmp_path / "named.yaml") if "source_file:" not in line]
    assert [line for line in body(tmp_path / "piped.yaml") if "source_file:" not in line] == same


def test_rules_coverage_reads_the_notice_or_the_rules_from_standard_input(tmp_path):
    named = invoke(["rules", "coverage", RULE_0844, NOTICE])
    notice_piped = invoke(["rules", "coverage", RULE_0844, "-"], NOTICE.read_bytes())
    rules_piped = invoke(["rules", "coverage", "-", NOTICE], RULE_0844.read_bytes())
    assert named.exit_code == notice_piped.exit_code == rules_piped.exit_code == 0, notice_piped.stderr
    assert named.stdout == notice_piped.stdout == rules_piped.stdout and "fully covered" in named.stdout
    shorter = NOTICE.read_text(encoding="utf-8") + "\nRequirements\n- A driving licence valid in France.\n"
    uncovered = invoke(["rules", "coverage", RULE_0844, "-"], shorter.encode("utf-8"))
    assert uncovered.exit_code == 1 and "<stdin>:" in uncovered.stdout and "driving licence" in uncovered.stdout
    alone = invoke(["rules", "coverage", "-"], RULE_0844.read_bytes())  # its notice sits beside a file
    assert alone.exit_code == 2 and "name the notice" in alone.stderr


@pytest.mark.parametrize(
    "name",
    [
        "pdf06_sidebar_en.pdf",
        "docx11_en_headings.docx",
        "li19_linkedin_us.zip",
        "jr21_jsonresume_us.json",
        "json18_europass.json",
        "txt01_en_classic.txt",
    ],
)
def test_profile_import_reads_a_cv_of_any_format_from_standard_input(tmp_path, name):
    cv = CVS / name
    named = invoke(["profile", "import", cv, "-o", tmp_path / "named.yaml"])
    piped = invoke(["profile", "import", "-", "-o", tmp_path / "piped.yaml"], cv.read_bytes())
    assert named.exit_code == 0 and piped.exit_code == 0, piped.stderr
    suffix = cv.suffix
    expected = [line.replace(f"({name},", f"(stdin{suffix},") for line in body(tmp_path / "named.yaml")]
    assert body(tmp_path / "piped.yaml") == expected  # the same draft: the content told the format
    assert str(CVS) not in piped.stderr and "matcher-cv-" not in piped.stderr


def test_profile_import_from_standard_input_names_stdin_in_errors_and_checks_piped_rules(tmp_path):
    broken = invoke(["profile", "import", "-"], b"%PDF-1.4 not really")
    assert (
        broken.exit_code == 2 and broken.stderr.startswith("matcher: <stdin>: ") and "matcher-cv-" not in broken.stderr
    )
    checked = invoke(
        ["profile", "import", CVS / "txt01_en_classic.txt", "--check", "-", "--as-of", "2025-01-31"],
        RULE_0844.read_bytes(),
    )
    assert checked.exit_code == 0 and "Draft verdict against <stdin>:" in checked.stderr, checked.stderr
    twice = invoke(["profile", "import", "-", "--check", "-"], b"")
    assert twice.exit_code == 2 and "only one file" in twice.stderr


@pytest.mark.parametrize(
    "args", [["rules", "draft", "-"], ["rules", "coverage", RULE_0844, "-"], ["profile", "import", "-"]]
)
def test_standard_input_has_the_size_limit_of_a_file(args):
    env = {**os.environ, "MATCHER_MAX_FILE_BYTES": "8000"}  # the rules file fits, the notice not
    done = subprocess.run(
        [str(MATCHER), *map(str, args)],
        input=NOTICE.read_bytes(),
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "<stdin>" in stderr and "8,000-byte limit" in stderr, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


def test_notice_from_standard_input_is_checked_like_a_file():
    binary = invoke(["rules", "draft", "-"], b"\x00\x01\x02")
    empty = invoke(["rules", "draft", "-"], b"  \n")
    assert binary.exit_code == 2 and "<stdin>: looks like a binary file" in binary.stderr
    assert empty.exit_code == 2 and "<stdin>: notice is empty" in empty.stderr
