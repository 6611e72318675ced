"""The built wheel works once installed, outside the checkout (what `pipx install` does).

The wheel is built from this checkout and installed without dependencies into a fresh
virtualenv in a temporary folder; the dependencies come from the test environment
through a `.pth` line (a folder named in a `.pth` file is put on `sys.path`, but its own
`.pth` files, such as the editable install's finder, are not run). So `matcher` can only
be imported from the wheel, and every command runs from a folder that is not the checkout.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("matcher-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> tuple[Path, Path]:
    """(bin folder, installed package folder) of a fresh virtualenv holding the wheel."""
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = Path(subprocess.check_output([str(python), "-c", where], text=True).strip())
    (purelib / "test-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    return env / "bin", purelib / "matcher"


def run(installed: tuple[Path, Path], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    bin_dir, _ = installed
    return subprocess.run(
        [str(bin_dir / "matcher"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=240,
        env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "MATCHER_CACHE_DIR": str(cwd / "cache")},
    )


def test_the_wheel_carries_data_examples_license_and_types(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in [
        "matcher/py.typed",
        "matcher/reference/data/countries.yaml",
        "matcher/reference/data/categories.yaml",
        "matcher/nlp/data/nlp_cues.yaml",
        "matcher/authoring/data/draft_patterns.yaml",
        "matcher/profile_tools/data/cefr_self_assessment.yaml",
        "matcher/examples/rules/interpol-vn-0844.yaml",
        "matcher/examples/rules/tests/interpol-vn-0844.yaml",
        "matcher/examples/profiles/aminata-diallo-fingerprints.yaml",
        "matcher/examples/schemas/profile.schema.json",
    ]:
        assert needed in names, needed
    assert any(n.startswith("matcher/report/templates/") and n.endswith(".j2") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not [n for n in names if "__pycache__" in n or n.startswith("rules/") or n.startswith("tests/")]


def test_every_command_works_from_the_installed_wheel_outside_the_checkout(installed, tmp_path: Path):
    _, package = installed
    assert ROOT not in package.parents
    examples = package / "examples"
    profile = examples / "profiles" / "aminata-diallo-fingerprints.yaml"
    before = {p for p in package.rglob("*") if p.suffix != ".pyc" and "__pycache__" not in p.parts}

    version = run(installed, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("matcher ")
    one = run(installed, tmp_path, "check", str(profile), str(examples / "rules" / "interpol-vn-0844.yaml"))
    assert one.returncode == 0 and "Verdict for Aminata Diallo: ELIGIBLE" in one.stdout, one.stderr
    every = run(installed, tmp_path, "check", str(profile), "--format", "json")  # the shipped notices
    assert every.returncode in (0, 1, 3) and every.stdout.count("interpol-vn-") >= 4, every.stderr
    screened = run(
        installed,
        tmp_path,
        "screen",
        str(examples / "rules" / "interpol-vn-0844.yaml"),
        str(examples / "profiles"),
        "--format",
        "csv",
        "--quiet",
    )
    assert screened.returncode == 0 and screened.stdout.count("\n") > 10, screened.stderr
    valid = run(installed, tmp_path, "profile", "validate", str(profile))
    assert valid.returncode == 0, valid.stderr
    rules = run(installed, tmp_path, "rules", "validate")
    assert rules.returncode == 0 and "interpol-vn-0844" in rules.stdout, rules.stderr + rules.stdout
    notice = next((examples / "rules" / "notices").glob("interpol-vn-0844-*.txt"))
    draft = run(installed, tmp_path, "rules", "draft", str(notice))
    assert draft.returncode == 0 and "kind: education" in draft.stdout, draft.stderr
    for result in (one, every, screened, valid, rules, draft):
        assert "Traceback" not in result.stderr and "Warning" not in result.stderr

    after = {p for p in package.rglob("*") if p.suffix != ".pyc" and "__pycache__" not in p.parts}
    assert after == before  # nothing is written into the installed package at run time
    # only the user cache folder, and the recruiter's pseudonym key (user config, created by screen)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config", "cache"]
    assert [p.relative_to(tmp_path).as_posix() for p in (tmp_path / ".config").rglob("*") if p.is_file()] == [
        ".config/matcher/blind.key"
    ]
