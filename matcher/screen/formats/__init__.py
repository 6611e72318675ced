"""Screening report formats. Each module has `write(report, out)` that writes the
report to a text stream piece by piece (never the whole report in one string), so
a 10,000-row HTML report costs no more memory than a 10-row one."""

from __future__ import annotations

import importlib
import json
from typing import Any, BinaryIO, TextIO

from ...engine.results import Status
from ...report.view import EvaluationView
from ..report import ScreenReport

FORMATS = {
    "text": "text_out",
    "csv": "csv_out",
    "json": "json_out",
    "jsonl": "json_out",
    "markdown": "markdown_out",
    "html": "html_out",
    "xlsx": "xlsx_out",
}
BINARY_FORMATS = frozenset({"xlsx"})  # written to a binary stream
# Formats that show each applicant's requirement-by-requirement details, and the form
# the workers render those details in (kept in the spool until the report is written).
DETAIL_FORMATS = {"json": "json", "jsonl": "json", "markdown": "markdown", "html": "html", "xlsx": "json"}
# File extensions that choose a format when --format is not given.
EXTENSIONS = {
    ".txt": "text",
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
}


def details_dict(view: EvaluationView) -> dict[str, Any]:
    """One applicant's details as data: the requirements of the view (the same shape as
    in `check`'s JSON, without the notice sentences, listed once per report)."""
    return {
        "requirements": [r.to_dict(with_source=False) for r in view.requirements if r.status is not Status.ASSESSED],
        "needs_proof_of_employment": view.unproven,
    }


def render_details(kind: str, view: EvaluationView) -> bytes:
    """One applicant's details as stored in the spool: JSON, Markdown or HTML."""
    if kind == "json":
        return json.dumps(details_dict(view), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    module = importlib.import_module(f"{__name__}.{FORMATS[kind]}")
    return module.render_details(view).encode("utf-8")


def write_report(
    report: ScreenReport, fmt: str, out: TextIO | BinaryIO, *, csv_dialect: str = "excel", to_file: bool = False
) -> None:
    """Write the report in `fmt` to `out` (a binary stream for XLSX, text otherwise).
    `to_file`: `out` is a file (CSV then starts with a BOM, see csv_out)."""
    if fmt not in FORMATS:
        raise KeyError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt in DETAIL_FORMATS and DETAIL_FORMATS[fmt] != report.details:
        raise ValueError(
            f"a {fmt} report needs screen(..., details={DETAIL_FORMATS[fmt]!r}); "
            f"this one was screened with details={report.details!r}"
        )
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    if fmt == "jsonl":
        module.write_lines(report, out)
    elif fmt == "csv":
        module.write(report, out, dialect=csv_dialect, to_file=to_file)
    else:
        module.write(report, out)
