"""JSON (one document: notice, summary, requirements, rows) and JSON Lines (one row per
line), each with `schema_version`, both described by docs/screen-output.schema.json
(a JSON Lines record is its `$defs/jsonl_row`). Rows are written one at a time; the
details come straight from the spool, already serialized."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..report import ScreenReport, ranked
from .common import SCHEMA_VERSION, record


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _row_json(report: ScreenReport, rank, row, versioned: bool = False) -> str:
    data = record(rank, row, report.blind)
    if versioned:  # a JSON Lines record stands alone
        data = {"schema_version": SCHEMA_VERSION, **data}
    text = _dumps(data)
    raw = report.raw_details(row)
    if raw is not None and raw != b"{}":  # splice the stored {"...": ...} object in
        text = text[:-1] + ", " + raw.decode("utf-8")[1:]
    return text


def header(report: ScreenReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "notice": report.notice_dict(),
        "as_of": report.as_of.isoformat(),
        "closed": report.closed,
        "blind": report.blind,
        "only": sorted(report.only) if report.only else None,
        "summary": report.counts,
        "requirements": report.requirements,
        "assessed_at_selection": report.assessed,
        "unlisted_errors": [record(None, row, report.blind) for row in report.unlisted_errors],
    }


def write(report: ScreenReport, out: TextIO) -> None:
    head = json.dumps(header(report), ensure_ascii=False, indent=2)
    out.write(head[:-2] + ',\n  "rows": [')  # reopen the header object to add the rows
    for i, (rank, row) in enumerate(ranked(report.shown)):
        out.write(("\n    " if i == 0 else ",\n    ") + _row_json(report, rank, row))
    out.write("\n  ]\n}\n")


def write_lines(report: ScreenReport, out: TextIO) -> None:
    for rank, row in ranked(report.shown):
        out.write(_row_json(report, rank, row, versioned=True) + "\n")
