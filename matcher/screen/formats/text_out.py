"""Plain text for the terminal: the summary and the ranked table, one line per input.
(Per-requirement details are in the JSON, Markdown and HTML reports.)"""

from __future__ import annotations

from typing import TextIO

from ...files.output import clean
from ..report import ScreenReport, ranked
from ..rows import Row
from .common import counts_line, headline, score, status_line, verdict_word

MAX_REF, MAX_NAME = 40, 24


def one_line(value: object) -> str:
    """Terminal-safe (no control characters) and on one line."""
    return " ".join(clean(value).split())


def _short(text: str, width: int, keep_end: bool = False) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1) :] if keep_end else text[: width - 1] + "…"


def _who(row: Row, blind: bool) -> str:
    if blind:
        return row.pseudonym
    ref = _short(one_line(row.ref), MAX_REF, keep_end=True)  # the file name matters most
    return ref + (f" ({_short(one_line(row.name), MAX_NAME)})" if row.name else "")


HEADER = ("Rank", "Applicant", "Verdict", "Score", "Eligible from", "Not met / unknown")


def _lines(report: ScreenReport):
    yield HEADER
    for rank, row in ranked(report.shown):
        yield (
            "" if rank is None else str(rank),
            _who(row, report.blind),
            verdict_word(row),
            score(row),
            row.eligible_from or "",
            one_line(row.blocking),
        )


def write(report: ScreenReport, out: TextIO) -> None:
    out.write(f"Screening: {one_line(headline(report))}\n{status_line(report)}\n{counts_line(report)}\n\n")
    widths = [0] * 5
    for line in _lines(report):  # first pass: column widths, without holding the table
        widths = [max(w, len(cell)) for w, cell in zip(widths, line, strict=False)]
    for line in _lines(report):
        rest = zip(line[1:5], widths[1:], strict=True)
        cells = [line[0].rjust(widths[0])] + [cell.ljust(width) for cell, width in rest]
        out.write(("  ".join(cells) + "  " + line[5]).rstrip() + "\n")
    if report.unlisted_errors:
        out.write(f"\nNot screened ({len(report.unlisted_errors)}, not listed above):\n")
        for row in report.unlisted_errors:
            out.write(f"  {one_line(row.error)}\n")
