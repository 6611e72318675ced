"""A run's results as files recruiters open in a spreadsheet: CSV and XLSX.

CSV: a UTF-8 byte-order mark (so Excel on Windows reads accents right), comma or
semicolon (French or German Excel splits on `;`), one column per required item, and
every cell that a spreadsheet would read as a formula (starting with = + - @ or a
tab/CR) prefixed with an apostrophe. XLSX: the same table with coloured status words,
an autofilter and a frozen header, a sheet with every requirement's explanation, and
a sheet with the reviewers' decisions.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..screen.formats.csv_out import BOM, DIALECTS, neutralize

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILLS = {"met": "C6EFCE", "not_met": "FFC7CE", "unknown": "FFEB9C"}
# One rule for every spreadsheet matcher writes: the screening report's (cells that
# would start a formula get an apostrophe; the dialects' delimiter, line end and BOM).
safe_cell = neutralize


def _requirements(details: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The top-level required items of one applicant's details, in the rules' order."""
    return [r for r in (details or {}).get("requirements", []) if r.get("importance") == "required"]


def table(rows: list[dict[str, Any]], reviews: list[dict[str, Any]]) -> tuple[list[str], list[list[object]]]:
    """Header and one row per applicant: rank, applicant, verdict, score, eligible-from,
    one status per required item, the error (if any) and the reviews."""
    columns: dict[str, str] = {}
    for row in rows:
        for req in _requirements(json.loads(row["details"]) if row["details"] else None):
            columns.setdefault(req["id"], req["label"])
    by_applicant: dict[int, list[str]] = {}
    for review in reviews:
        by_applicant.setdefault(review["seq"], []).append(
            f"{review['requirement']}: {review['decision']} by {review['reviewer']} at {review['at']}"
            + (f" ({review['note']})" if review["note"] else "")
        )
    header = [
        "rank",
        "applicant",
        "verdict",
        "score",
        "max_score",
        "eligible_from",
        *columns.values(),
        "error",
        "reviews",
    ]
    body = []
    for row in rows:
        status = {r["id"]: r["status"] for r in _requirements(json.loads(row["details"]) if row["details"] else None)}
        body.append(
            [
                row["rank"],
                row["name"] or row["input"] or row["pseudonym"],
                row["verdict"],
                row["score"],
                row["max_score"],
                row["eligible_from"],
                *[status.get(cid, "") for cid in columns],
                row["error"] or "",
                "; ".join(by_applicant.get(row["seq"], [])),
            ]
        )
    return header, body


def csv_bytes(
    run: dict[str, Any], rows: list[dict[str, Any]], reviews: list[dict[str, Any]], dialect: str = "excel"
) -> bytes:
    header, body = table(rows, reviews)
    delimiter, line_end, with_bom = DIALECTS.get(dialect, DIALECTS["excel"])
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows([[safe_cell(v) for v in line] for line in body])
    return ((BOM if with_bom else "") + out.getvalue()).encode("utf-8")


def xlsx(run: dict[str, Any], rows: list[dict[str, Any]], reviews: list[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    header, body = table(rows, reviews)
    book = Workbook()
    sheet = book.active
    sheet.title = "Applicants"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    first_status, last_status = 7, len(header) - 2
    for line in body:
        sheet.append([safe_cell(v) for v in line])
        for col in range(first_status, last_status + 1):
            cell = sheet.cell(row=sheet.max_row, column=col)
            if cell.value in FILLS:
                cell.fill = PatternFill("solid", fgColor=FILLS[str(cell.value)])
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "C2"
    explained = book.create_sheet("Explanations")
    explained.append(["applicant", "requirement", "importance", "status", "explanation", "notice sentence"])
    for row in rows:
        details = json.loads(row["details"]) if row["details"] else {}
        for req in details.get("requirements", []):
            explained.append(
                [
                    safe_cell(v)
                    for v in (
                        row["name"] or row["input"],
                        req["label"],
                        req["importance"],
                        req["status"],
                        req["explanation"],
                        req.get("source", ""),
                    )
                ]
            )
    explained.freeze_panes = "A2"
    decided = book.create_sheet("Reviews")
    decided.append(["applicant", "requirement", "decision", "note", "reviewer", "at"])
    names = {row["seq"]: row["name"] or row["input"] for row in rows}
    for review in reviews:
        decided.append(
            [
                safe_cell(v)
                for v in (
                    names.get(review["seq"], review["seq"]),
                    review["requirement"],
                    review["decision"],
                    review["note"],
                    review["reviewer"],
                    review["at"],
                )
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
