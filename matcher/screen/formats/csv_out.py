"""CSV for spreadsheets: a header row, RFC 4180 quoting (the csv module), UTF-8.

Columns: the row record (common.columns: rank, who, verdict, score, eligible_from, the
required items not met and unknown in words, ...), then one column per requirement of
the notice, headed "<label> (<importance>)" like the XLSX, holding that applicant's
status word (met, not met, unknown), so a spreadsheet filters on one requirement; a web
app run adds its reviewers' decisions (`reviews`).

Dialects (`--csv-dialect`): `excel` (comma, CRLF) and `excel-semicolon` (semicolon,
CRLF: what Excel expects where the decimal separator is a comma, in French or German
locales) start a file with a UTF-8 byte-order mark, which is how Excel on Windows
knows the file is UTF-8 ("Traoré", not "TraorÃ©"); `plain` (comma, LF, no BOM) is for
scripts. Standard output never gets a BOM: it is read by programs.

Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab or
carriage return) as a formula, and applicants write the text that ends up in these
cells. Such cells get a leading apostrophe ('=HYPERLINK(...) shows as text). The
apostrophe is visible in the file. Control characters (terminal escape sequences) are
removed and line breaks folded to a space, as in the text report; nothing else is changed.
"""

from __future__ import annotations

import csv
from typing import TextIO

from ...files.sanitize import sanitize
from ..report import ScreenReport, ranked
from .common import columns, record, requirement_heads, requirement_statuses

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
DIALECTS = {  # name -> (delimiter, line end, BOM in files)
    "excel": (",", "\r\n", True),
    "excel-semicolon": (";", "\r\n", True),
    "plain": (",", "\n", False),
}


def neutralize(value: object) -> object:
    if isinstance(value, str):
        # one line per cell (every column is a single-line field): no terminal escape sequences
        # when the CSV goes to a terminal, and no line break (CR, LF, U+2028...) inside a name
        value = sanitize(value, one_line=True)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def write(report: ScreenReport, out: TextIO, *, dialect: str = "excel", to_file: bool = False) -> None:
    if dialect not in DIALECTS:
        raise KeyError(f"unknown CSV dialect {dialect!r}; choose from {', '.join(DIALECTS)}")
    delimiter, line_end, bom = DIALECTS[dialect]
    if bom and to_file:
        out.write(BOM)
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    reviews = report.reviews is not None
    # the header too: requirement labels come from a rules file and must not run or drive a terminal
    head = columns(report.blind) + requirement_heads(report) + (["reviews"] if reviews else [])
    writer.writerow([neutralize(v) for v in head])
    for rank, row in ranked(report.shown):
        data = record(rank, row, report.blind)
        data["not_met"] = "; ".join(data["not_met"])
        data["unknown"] = "; ".join(data["unknown"])
        data["rests_on_unconfirmed"] = "; ".join(data["rests_on_unconfirmed"])
        cells = [*data.values(), *requirement_statuses(report, row)]
        if reviews:
            cells.append("; ".join(review.line() for review in report.reviews_of(row)))
        writer.writerow([neutralize("" if v is None else v) for v in cells])
