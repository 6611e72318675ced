"""Shared by the `matcher screen` tests: a batch of real files (good, bad, hostile)
against the real 0844 rules file, and a way to run the CLI on it."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules" / "interpol-vn-0844.yaml"
DATA = ROOT / "tests" / "data" / "screen"

# file name -> expected verdict (error rows: a piece of the expected message)
EXPECTED = {
    "good/eligible.yaml": "eligible",
    "good/needs_review.yaml": "needs_review",
    "good/not_eligible.yaml": "not_eligible",
    "good/hostile.yaml": "not_eligible",
    "good/formula.yaml": "not_eligible",
    "bad/malformed.yaml": ":3:3: invalid YAML",
    "bad/wrong_type.yaml": ":2:13: experience: Input should be a valid list",
    "bad/unknown_field.yaml": ":2:1: favourite_colour: unknown field",
    "bad/impossible_date.yaml": ":4:12: experience[0].start: '2019-02-30': day 30 is not between 1 and 28",
    "bad/empty.yaml": ": file is empty",
    "bad/latin1.yaml": ":1: byte 0xe9 is not valid UTF-8",
    "bad/identifying_dob.yaml": ":3:16: date_of_birth:",
}
VERDICTS = {"eligible", "needs_review", "not_eligible"}


def make_batch(folder: Path) -> Path:
    """tests/data/screen plus the files that are better written as bytes here."""
    shutil.copytree(DATA, folder)
    (folder / "bad" / "latin1.yaml").write_bytes(b"name: Ren\xe9 Latin\nexperience: []\n")
    return folder


def run(*args: str, input: str | bytes | None = None):
    """`matcher screen RULES ARGS...` in-process; stdout and stderr kept apart."""
    result = CliRunner().invoke(app, ["screen", str(RULES), *args], input=input, catch_exceptions=False)
    return result


def rel(path: str, batch: Path) -> str:
    return Path(path).relative_to(batch).as_posix()


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def json_report(text: str) -> dict:
    return json.loads(text)


def load_generator():
    """bench/generate_profiles.py as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("generate_profiles", ROOT / "bench" / "generate_profiles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def html_page_data(html: str) -> tuple[dict, list[str]]:
    """A screening page's embedded applicants (the JSON) and their details fragments
    (deflated, base64, one line each), as the page's script reads them."""
    import base64
    import zlib

    data = html.split('<script type="application/json" id="screen-data">', 1)[1].split("</script>", 1)[0]
    packed = html.split('<script type="text/plain" id="screen-details">', 1)[1].split("</script>", 1)[0]
    details = zlib.decompress(base64.b64decode("".join(packed.split()))).decode("utf-8").split("\n")
    return json.loads(data), details
