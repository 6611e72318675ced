"""CSV for spreadsheets: a header row, RFC 4180 quoting (the csv module), UTF-8.

Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab or
carriage return) as a formula, and applicants write the text that ends up in these
cells. Such cells get a leading apostrophe ('=HYPERLINK(...) shows as text). The
apostrophe is visible in the file. Control characters (terminal escape sequences) are
removed, as in the text report; nothing else is changed.
"""

from __future__ import annotations

import csv
from typing import TextIO

from ...files.output import clean
from ..report import ScreenReport, ranked
from .common import columns, record

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    if isinstance(value, str):
        value = clean(value)  # no terminal escape sequences when the CSV goes to a terminal
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def write(report: ScreenReport, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(columns(report.blind))
    for rank, row in ranked(report.shown):
        data = record(rank, row, report.blind)
        data["not_met"] = "; ".join(data["not_met"])
        data["unknown"] = "; ".join(data["unknown"])
        data["rests_on_unconfirmed"] = "; ".join(data["rests_on_unconfirmed"])
        writer.writerow([neutralize("" if v is None else v) for v in data.values()])
