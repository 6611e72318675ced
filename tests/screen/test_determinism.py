"""Same inputs, same bytes: reports do not depend on the run, the process's hash seed,
the number of screening workers, or the order the profile files are given in.

The as-of date is fixed (--as-of). Cross-process cases run the real executable with
different PYTHONHASHSEED values, so any ordering that leaks from a set or a dict built
from one shows up. Screening ranks ties by input path (natural order; the pseudonym with
--blind), documented in docs/screening.md.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from fuzzkit import AS_OF, PROFILES, RULES, describe, run_cli, run_process

CHECK_FORMATS = ["json", "markdown", "html", "text"]
# XLSX too: its creation time is the as-of date, not the clock
SCREEN_FORMATS = ["csv", "json", "jsonl", "markdown", "html", "text", "xlsx"]


def check_bytes(profile: Path, fmt: str) -> str:
    run = run_cli("check", profile, *RULES, "--as-of", AS_OF, "--format", fmt)
    assert run.exception is None and run.exit_code in (0, 1, 2, 3), describe(run)
    return run.stdout + run.stderr


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
def test_check_is_byte_identical_across_runs(profile):
    for fmt in CHECK_FORMATS:
        assert check_bytes(profile, fmt) == check_bytes(profile, fmt), fmt


FREE_TEXT = [p for p in PROFILES if "freetext" in p.name][:1] + [p for p in PROFILES if p.suffix == ".json"][:1]


@pytest.mark.parametrize("profile", FREE_TEXT, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_check_is_byte_identical_across_processes_and_hash_seeds(profile, fmt):
    outputs = set()
    for seed in ("0", "4242"):
        run = run_process(
            "check", profile, *RULES, "--as-of", AS_OF, "--format", fmt, env={"PYTHONHASHSEED": seed}, timeout=120
        )
        assert run.exit_code in (0, 1, 3), describe(run)
        outputs.add(run.stdout)
    assert len(outputs) == 1


@pytest.fixture(scope="module")
def applicants(tmp_path_factory) -> Path:
    """The example profiles, plus a broken one (an error row) and two exact duplicates
    under other names (ties that only the tie-break can order)."""
    folder = tmp_path_factory.mktemp("screen") / "applicants"
    folder.mkdir()
    for path in PROFILES:
        shutil.copy(path, folder / path.name)
    shutil.copy(PROFILES[0], folder / f"copy-2-{PROFILES[0].name}")
    shutil.copy(PROFILES[0], folder / f"copy-10-{PROFILES[0].name}")
    (folder / "broken.yaml").write_text("experience: [\n")
    return folder


def screen(
    rules: Path, inputs: list[Path], fmt: str, out: Path, *, workers: int, seed: str, infer: bool = True
) -> bytes:
    args = [
        "screen",
        rules,
        *inputs,
        "--as-of",
        AS_OF,
        "--format",
        fmt,
        "-o",
        out,
        "--workers",
        str(workers),
        "--quiet",
    ] + ([] if infer else ["--no-infer"])
    run = run_process(*args, env={"PYTHONHASHSEED": seed}, timeout=300)
    assert run.exit_code == 4 and "Traceback" not in run.stderr, describe(run)  # 4: the broken file's row
    return out.read_bytes()


def variants(folder: Path) -> list[tuple[list[Path], int, str]]:
    """(inputs, workers, hash seed): the folder itself, its files reversed, and shuffled."""
    files = sorted(folder.iterdir())
    shuffled = list(files)
    random.Random(8).shuffle(shuffled)
    return [([folder], 1, "0"), (files[::-1], 3, "1"), (shuffled, 2, "77")]


@pytest.mark.parametrize("fmt", SCREEN_FORMATS)
def test_screen_is_byte_identical_across_workers_input_order_and_seeds(applicants, tmp_path, fmt):
    reports = [
        screen(RULES[0], inputs, fmt, tmp_path / f"{i}.{fmt}", workers=workers, seed=seed, infer=False)
        for i, (inputs, workers, seed) in enumerate(variants(applicants))
    ]
    assert reports[0] and reports[1] == reports[0] and reports[2] == reports[0]


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_screen_with_free_text_inference_is_byte_identical(applicants, tmp_path, fmt):
    """Categories inferred by NLP (sets of matches) reach the details of these formats."""
    (first, w1, s1), (second, w2, s2) = variants(applicants)[:2]
    one = screen(RULES[1], first, fmt, tmp_path / f"a.{fmt}", workers=w1, seed=s1)
    two = screen(RULES[1], second, fmt, tmp_path / f"b.{fmt}", workers=w2, seed=s2)
    assert one == two


def test_blind_screen_does_not_depend_on_file_order_either(applicants, tmp_path):
    files = sorted(applicants.iterdir())
    outs = []
    for i, inputs in enumerate((files, files[::-1])):
        out = tmp_path / f"blind{i}.csv"
        run = run_process("screen", RULES[0], *inputs, "--as-of", AS_OF, "-o", out, "--blind", "--no-infer", "--quiet")
        assert run.exit_code == 4, describe(run)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert b"Aminata Diallo" not in outs[0] and b"aminata-diallo-fingerprints.yaml," not in outs[0]  # still blind
