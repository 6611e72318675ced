"""Screening many applicants for one notice: `matcher screen RULES PROFILES...`.

- `sources`: finding the inputs (files, folders, JSON Lines on stdin), each exactly once;
- `worker`: loading, validating and evaluating a chunk of inputs into small rows;
- `batching`: NLP for a whole chunk in one batched call;
- `rows`: the row summary, the ranking and the counts;
- `runner`: streaming chunks through one or more processes, details to a spool;
- `report`: the result, and `formats`: text, CSV, JSON, JSON Lines, Markdown, HTML, XLSX.

Blind screening, the words, the per-applicant view and the requirement macro are
those of `check` (matcher/report/: blind.py, words.py, view.py, templates/).

Library use::

    from matcher.screen import screen, write_report
    report = screen("rules/interpol-vn-0844.yaml", ["applicants/"], workers=2, details="html")
    try:
        write_report(report, "html", sys.stdout)
    finally:
        report.close()
"""

from __future__ import annotations

from .formats import DETAIL_FORMATS, FORMATS, write_report
from .report import ScreenReport
from .runner import screen

__all__ = ["screen", "write_report", "ScreenReport", "FORMATS", "DETAIL_FORMATS"]
