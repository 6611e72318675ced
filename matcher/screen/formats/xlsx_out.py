"""XLSX for spreadsheets (XlsxWriter, in constant-memory mode: rows are written as
they come, so 10,000 applicants cost no more memory than 10).

Sheet "Applicants": one row per listed applicant, with rank, who (the pseudonym only
in a blind report), verdict, score, eligible-from, then one column per requirement of
the notice holding that applicant's status word, coloured like the HTML report (met
green, not met red, unknown amber; the same columns as the CSV's), the error; frozen
header row and rank and who columns, autofilter on every column so a recruiter can
filter "not met" on one requirement.

Sheet "Explanations": one row per applicant and requirement (sub-requirements
indented under their parent), with the status, the explanation, the evidence and the
notice's sentence. A web app run adds a "Reviews" column and sheet (its reviewers'
decisions).

Cells are written as strings (never formulas, `strings_to_formulas` off), so an
applicant's "=HYPERLINK(...)" stays text; control characters are removed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import Any, BinaryIO

from ...files.output import clean
from ...report.words import importance_word, status_word
from ..report import ScreenReport, ranked
from .common import requirement_heads, verdict_word

COLOURS = {
    "met": "#1A7F37",
    "not_met": "#CF222E",
    "unknown": "#9A6700",
    "assessed": "#57606A",
    "eligible": "#1A7F37",
    "not_eligible": "#CF222E",
    "needs_review": "#9A6700",
    "error": "#CF222E",
}
MAX_CELL = 32_767  # Excel's limit on one cell's text


def _text(value: object) -> str:
    return clean("" if value is None else value)[:MAX_CELL]


EXPLANATION_HEADS = ["Applicant", "Requirement", "Importance", "Status", "Explanation", "Evidence", "Notice says"]
REVIEW_HEADS = ["Applicant", "Requirement", "Decision", "Note", "Reviewer", "At"]


def _heads(report: ScreenReport) -> list[str]:
    who = ["Pseudonym"] if report.blind else ["Input", "Name", "Pseudonym"]
    fixed = ["Rank", *who, "Verdict", "Score", "Max score", "Eligible from"]
    return fixed + requirement_heads(report) + ["Error"] + (["Reviews"] if report.reviews is not None else [])


def _explanations(
    sheet, formats: dict[str, Any], at: int, who: str, details: dict[str, Any], sources: dict[str, str]
) -> int:
    def put(r: dict[str, Any], depth: int) -> None:
        nonlocal at
        sheet.write_string(at, 0, _text(who))
        sheet.write_string(at, 1, _text("  " * depth + r["label"]))
        sheet.write_string(at, 2, importance_word(r["importance"]))
        sheet.write_string(at, 3, status_word(r["status"]), formats[r["status"]])
        sheet.write_string(at, 4, _text(r["explanation"]))
        sheet.write_string(at, 5, _text("\n".join(e["summary"] for e in r["evidence"])))
        if depth == 0 and sources.get(r["id"]):
            sheet.write_string(at, 6, _text(sources[r["id"]]))
        at += 1
        for child in r["children"]:
            put(child, depth + 1)

    for r in details.get("requirements", []):
        put(r, 0)
    return at


class _Sink:
    """The output as xlsxwriter's zip file sees it. Once the system refuses a write (disk
    full), later writes and seeks only move a position: the zip file tidies up when it is
    collected, after the report's file is closed, and must not fail a second time there."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.failed, self.position = out, False, 0

    def write(self, data: bytes) -> int:
        if not self.failed:
            try:
                return self.out.write(data)
            except OSError:
                self.failed, self.position = True, self.out.tell()
                raise
        self.position += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        if not self.failed:
            return self.out.seek(offset, whence)
        self.position = offset if whence == 0 else self.position + offset
        return self.position

    def tell(self) -> int:
        return self.position if self.failed else self.out.tell()

    def flush(self) -> None:
        if not self.failed:
            self.out.flush()

    def seekable(self) -> bool:
        return True


def write(report: ScreenReport, out: BinaryIO) -> None:
    """The workbook; the system refusing to write it (disk full) is an OSError, as for
    every other format (xlsxwriter wraps it in its own FileCreateError)."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        _write(report, _Sink(out))
    except FileCreateError as exc:
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
        raise reason from None


def _write(report: ScreenReport, out: _Sink) -> None:
    import xlsxwriter  # only XLSX reports pay for it

    book = xlsxwriter.Workbook(
        out,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    # The creation time is the as-of date, not the clock: two runs write the same bytes, as every
    # other format does (xlsxwriter already fixes the zip members' times).
    book.set_properties({"created": datetime.combine(report.as_of, time(), UTC)})
    bold = book.add_format({"bold": True, "bg_color": "#F6F8FA", "bottom": 1, "text_wrap": True, "valign": "top"})
    formats = {key: book.add_format({"font_color": colour, "bold": True}) for key, colour in COLOURS.items()}
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    applicants = book.add_worksheet("Applicants")
    explanations = book.add_worksheet("Explanations")
    heads = _heads(report)
    for col, head in enumerate(heads):  # requirement labels come from the rules file: cleaned too
        applicants.write_string(0, col, _text(head), bold)
    for col, head in enumerate(EXPLANATION_HEADS):
        explanations.write_string(0, col, head, bold)
    sources = {req["id"]: req["source"] for req in report.requirements}
    error_col = heads.index("Error")
    first_req = heads.index("Eligible from") + 1
    applicants.set_column(first_req - len(heads[:first_req]), first_req - 1, 14)
    applicants.set_column(first_req, len(heads) - 2, 22)
    explanations.set_column(0, 0, 22)
    explanations.set_column(1, 1, 40)
    explanations.set_column(4, 6, 80, wrap)
    at, row_no = 1, 0
    for row_no, (rank, row) in enumerate(ranked(report.shown), 1):
        who = row.pseudonym if report.blind else row.name or row.ref
        cells: list[Any] = [rank]
        cells += [row.pseudonym] if report.blind else [row.ref, row.name, row.pseudonym]
        cells += [
            verdict_word(row),
            None if row.is_error else row.score,
            None if row.is_error else row.max_score,
            row.eligible_from,
        ]
        for col, value in enumerate(cells):
            if isinstance(value, int):
                applicants.write_number(row_no, col, value)
            elif value:
                style = formats[row.verdict] if col == len(cells) - 4 else None
                applicants.write_string(row_no, col, _text(value), style)
        for offset, status in enumerate(row.statuses):
            applicants.write_string(row_no, len(cells) + offset, status_word(status), formats[status])
        if row.error:
            applicants.write_string(row_no, error_col, _text(row.error))
        if report.reviews is not None and (reviews := report.reviews_of(row)):
            applicants.write_string(row_no, error_col + 1, _text("\n".join(r.line() for r in reviews)))
        raw = report.raw_details(row)
        if raw:
            at = _explanations(explanations, formats, at, who, json.loads(raw), sources)
    applicants.freeze_panes(1, 2)  # the header row, and the rank and who (input or pseudonym) columns
    applicants.autofilter(0, 0, max(row_no, 1), len(heads) - 1)
    explanations.freeze_panes(1, 0)
    explanations.autofilter(0, 0, max(at - 1, 1), len(EXPLANATION_HEADS) - 1)
    if report.reviews is not None:
        _reviews(book.add_worksheet("Reviews"), bold, report)
    book.close()


def _reviews(sheet, bold, report: ScreenReport) -> None:
    """A web app run's reviews, one per line: who decided what about which requirement."""
    for col, head in enumerate(REVIEW_HEADS):
        sheet.write_string(0, col, head, bold)
    rows = {row.seq: row for row in report.rows}
    for at, review in enumerate(report.reviews or (), 1):
        row = rows.get(review.seq)
        who = "" if row is None else row.pseudonym if report.blind else row.name or row.ref
        values = (who, review.requirement, review.decision, review.note, review.reviewer, review.at)
        for col, value in enumerate(values):
            if value:
                sheet.write_string(at, col, _text(value))
    sheet.freeze_panes(1, 0)
