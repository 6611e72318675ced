"""Markdown: the ranked table to paste into an email or a ticket, then each
applicant's requirements. Cell text is escaped (pipes, backticks, HTML brackets)
and kept on one line."""

from __future__ import annotations

from typing import TextIO

from ...engine.results import Status
from ...report.markdown import md, requirement_rows
from ...report.view import EvaluationView
from ...report.words import importance_word
from ..report import ScreenReport, ranked
from ..rows import Row
from .common import (
    counts_line,
    headline,
    score,
    status_line,
    verdict_word,
)


def _who(row: Row, blind: bool) -> str:
    if blind:
        return md(row.pseudonym)
    return md(row.ref) + (f" ({md(row.name)})" if row.name else "")


def write(report: ScreenReport, out: TextIO) -> None:
    out.write(f"# Screening: {md(headline(report))}\n\n{md(status_line(report))}  \n**{md(counts_line(report))}**\n\n")
    out.write(
        "| Rank | Applicant | Verdict | Score | Eligible from | Not met / unknown |\n|---:|---|---|---|---|---|\n"
    )
    for rank, row in ranked(report.shown):
        out.write(
            f"| {rank or ''} | {_who(row, report.blind)} | {verdict_word(row)} | {score(row)} | "
            f"{row.eligible_from or ''} | {md(row.blocking)} |\n"
        )
    if report.unlisted_errors:
        out.write(f"\n**Not screened ({len(report.unlisted_errors)}, not listed above):**\n\n")
        out.write("".join(f"- {md(row.error)}\n" for row in report.unlisted_errors))
    out.write("\n## Requirements\n\n")
    for req in report.requirements:
        out.write(f"- **{md(req['label'])}** ({importance_word(req['importance'])}): “{md(req['source'])}”\n")
    if report.assessed:
        out.write(f"\nAssessed at selection (interview or test): {md('; '.join(report.assessed))}\n")
    out.write("\n## Details\n")
    for rank, row, raw in report.with_details():
        out.write(
            f"\n### {f'{rank}. ' if rank else ''}{_who(row, report.blind)} — {verdict_word(row)}"
            f"{', score ' + score(row) if not row.is_error else ''}\n\n"
        )
        if row.is_error:
            out.write(f"Could not be screened: {md(row.error)}\n")
            continue
        if row.eligible_from:
            out.write(f"Would be eligible from {row.eligible_from} if the current post continues.\n\n")
        out.write(raw.decode("utf-8") if raw else "")


def render_details(view: EvaluationView) -> str:
    """One applicant's requirements as a Markdown table (rendered in the worker), the
    same table as in `check`'s Markdown report, without the notice sentences."""
    results = [r for r in view.requirements if r.status is not Status.ASSESSED]
    lines = requirement_rows(results, with_source=False)
    if view.unproven:
        lines += ["", f"**Needs official proof of employment (not counted):** {md(', '.join(view.unproven))}"]
    return "".join(line + "\n" for line in lines)
