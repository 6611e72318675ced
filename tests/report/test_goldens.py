"""Every report users read, held whole: each example profile against each notice in
every `check` format, each profile against all notices (the overview), and `screen`
of every example in every format. See tests/goldens.py for how to regenerate."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from matcher.engine.evaluate import evaluate
from matcher.files.documents import load_document
from matcher.models.load import load_profile, load_rules
from matcher.report import render
from matcher.screen import screen, write_report

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted(p.name for p in (ROOT / "profiles").iterdir() if p.suffix in (".yaml", ".json"))
NOTICES = sorted(p.stem for p in (ROOT / "rules").glob("interpol-vn-*.yaml"))
TODAY = date(2026, 1, 15)  # "open"/"closed" and "generated" depend on the day: pinned
KEY = bytes(range(32))  # a fixed pseudonym key, so the screening goldens are stable
CHECK_FORMATS = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}
SCREEN_FORMATS = {"text": "txt", "csv": "csv", "json": "json", "jsonl": "jsonl", "markdown": "md", "html": "html"}


@pytest.fixture()
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the reports are relative to the checkout, as a user types them


@pytest.mark.parametrize("name", PROFILES)
def test_check_reports(name, golden, cat, at_root):
    profile = load_profile(Path("profiles") / name)
    stem = Path(name).stem
    evaluations = []
    for notice in NOTICES:
        ev = evaluate(
            profile, load_rules(Path("rules") / f"{notice}.yaml"), categorizer=cat, profile_ref=f"profiles/{name}"
        )
        evaluations.append(ev)
        for fmt, ext in CHECK_FORMATS.items():
            golden(f"check/{stem}/{notice}.{ext}", render([ev], fmt, today=TODAY))
    for fmt in ("text", "markdown"):
        golden(f"check/{stem}/all-notices.{CHECK_FORMATS[fmt]}", render(evaluations, fmt, today=TODAY))


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_check_blind_reports(fmt, golden, cat, at_root):
    """One profile with a name, employers and contact details, blind, in three formats."""
    profile = load_profile(Path("profiles") / "aminata-diallo-fingerprints.yaml")
    evaluations = [
        evaluate(
            profile,
            load_rules(Path("rules") / f"{n}.yaml"),
            categorizer=cat,
            profile_ref="profiles/aminata-diallo-fingerprints.yaml",
        )
        for n in NOTICES
    ]
    golden(
        f"check/blind/aminata-diallo-fingerprints.{CHECK_FORMATS[fmt]}",
        render(evaluations, fmt, blind=True, today=TODAY),
    )


def _profiles_as_json_lines() -> bytes:
    """The example profiles as one JSON Lines stream: pseudonyms of stdin lines come from
    their content, so they do not depend on where the checkout is."""
    lines = [
        json.dumps(load_document(ROOT / "profiles" / name).data, ensure_ascii=False, default=str) for name in PROFILES
    ]  # read as matcher reads them (YAML 1.2: "NO" is Norway)
    lines.append('{"name": "Broken Line", "experience": "not a list"}')  # one error row
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("blind", [False, True], ids=["named", "blind"])
@pytest.mark.parametrize("fmt", list(SCREEN_FORMATS))
def test_screen_reports(fmt, blind, golden, at_root):
    from matcher.screen import DETAIL_FORMATS

    report = screen(
        "rules/interpol-vn-0844.yaml",
        ["-"],
        stdin=io.BytesIO(_profiles_as_json_lines()),
        details=DETAIL_FORMATS.get(fmt),
        blind=blind,
        key=KEY,
        today=TODAY,
        infer=False,
    )
    try:
        out = io.StringIO(newline="")
        write_report(report, fmt, out, to_file=True)
    finally:
        report.close()
    golden(f"screen/{'blind' if blind else 'named'}-0844.{SCREEN_FORMATS[fmt]}", out.getvalue())


def test_screen_xlsx_cells(golden, at_root, tmp_path):
    """The XLSX as its cells and their colours (the file itself has timestamps)."""
    openpyxl = pytest.importorskip("openpyxl")
    report = screen(
        "rules/interpol-vn-0844.yaml",
        ["-"],
        stdin=io.BytesIO(_profiles_as_json_lines()),
        details="json",
        key=KEY,
        today=TODAY,
        infer=False,
    )
    try:
        with open(tmp_path / "r.xlsx", "wb") as handle:
            write_report(report, "xlsx", handle, to_file=True)
    finally:
        report.close()
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    lines = []
    for sheet in book.worksheets:
        lines.append(f"## {sheet.title} (frozen {sheet.freeze_panes}, filter {sheet.auto_filter.ref})")
        for row in sheet.iter_rows():
            cells = []
            for c in row:
                rgb = c.font.color.rgb if c.font.color is not None else None
                colour = rgb if isinstance(rgb, str) and rgb != "FF000000" else None
                cells.append("" if c.value is None else f"{c.value}" + (f" [{colour}]" if colour else ""))
            lines.append("\t".join(cells).rstrip("\t"))
    golden("screen/named-0844.xlsx.tsv", "\n".join(lines) + "\n")
