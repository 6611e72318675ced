"""A screening run of the web app as the files recruiters open in a spreadsheet.

The run's stored rows are turned back into a ScreenReport and written by the screening
report's own CSV and XLSX writers (matcher/screen/formats): the same columns (one per
requirement, with its status word), dialects, byte-order mark, formula rule, colours,
explanation sheet and blind rules as `matcher screen -o x.csv` or `-o x.xlsx`, plus the
reviewers' decisions (a `reviews` column, and a "Reviews" sheet).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from ..screen.formats import write_report
from ..screen.formats.csv_out import DIALECTS
from ..screen.report import Review, ScreenReport, Spool
from ..screen.rows import Row
from . import notices

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _details(row: dict[str, Any]) -> dict[str, Any] | None:
    return json.loads(row["details"]) if row.get("details") else None


def _listed(rows: list[dict[str, Any]], sources: dict[str, str]) -> list[dict[str, str]]:
    """The requirements as the run recorded them (the rules file may have changed since)."""
    for row in rows:
        details = _details(row)
        if details:
            return [
                {"id": r["id"], "label": r["label"], "importance": r["importance"], "source": sources.get(r["id"], "")}
                for r in details["requirements"]
            ]
    return []


def _row(stored: dict[str, Any], spool: Spool) -> Row:
    details = _details(stored)
    row = Row(
        seq=stored["seq"],
        ref=stored["input"],
        pseudonym=stored["pseudonym"],
        verdict=stored["verdict"],
        score=stored["score"] or 0,
        max_score=stored["max_score"] or 0,
        eligible_from=stored["eligible_from"],
        not_met=tuple(json.loads(stored["not_met"] or "[]")),
        unknown=tuple(json.loads(stored["unknown"] or "[]")),
        statuses=tuple(r["status"] for r in details["requirements"]) if details else (),
        error=stored["error"],
        name=stored["name"],
    )
    if stored.get("details"):
        row.detail_at, row.detail_len = spool.add(stored["details"].encode("utf-8"))
    return row


def report_of_run(run: dict[str, Any], rows: list[dict[str, Any]], reviews: list[dict[str, Any]]) -> ScreenReport:
    """The run as a screening report (close it when written: its details sit in a spool)."""
    rules = notices.load(Path(run["rules_path"]))
    sources = {req.id: req.source for req in rules.all_requirements()}
    spool = Spool()
    return ScreenReport(
        notice=rules.notice,
        rules_path=run["rules_path"],
        as_of=rules.notice.deadline,
        blind=bool(run["blind"]),
        requirements=_listed(rows, sources),
        assessed=[],
        rows=[_row(row, spool) for row in rows],
        spool=spool,
        details="json",
        reviews=[Review(r["seq"], r["requirement"], r["decision"], r["note"], r["reviewer"], r["at"]) for r in reviews],
    )


def _written(report: ScreenReport, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    try:
        if fmt == "xlsx":
            write_report(report, fmt, out, to_file=True)
        else:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="")
            write_report(report, fmt, text, to_file=True, **options)
            text.flush()
            text.detach()
    finally:
        report.close()
    return out.getvalue()


def csv_bytes(
    run: dict[str, Any], rows: list[dict[str, Any]], reviews: list[dict[str, Any]], dialect: str = "excel"
) -> bytes:
    """The run as a CSV file (an unknown dialect is the default one: it comes from a link)."""
    return _written(report_of_run(run, rows, reviews), "csv", csv_dialect=dialect if dialect in DIALECTS else "excel")


def xlsx(run: dict[str, Any], rows: list[dict[str, Any]], reviews: list[dict[str, Any]]) -> bytes:
    return _written(report_of_run(run, rows, reviews), "xlsx")
