"""Markdown: the ranked table to paste into an email or a ticket, then each
applicant's requirements. Cell text is escaped (pipes, backticks, HTML brackets)
and kept on one line."""

from __future__ import annotations

from typing import Any, TextIO

from ...report.common import evidence_line
from ...report.markdown import md
from ..report import ScreenReport, ranked
from ..rows import Row
from .common import (
    IMPORTANCE_WORDS,
    STATUS_MARKS,
    STATUS_WORDS,
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


def _requirement(r: dict[str, Any], depth: int) -> list[str]:
    pad = "  " * depth
    importance = "" if depth else f" ({IMPORTANCE_WORDS.get(r['importance'], r['importance'])})"
    lines = [f"{pad}- {STATUS_MARKS.get(r['status'], '')} {STATUS_WORDS.get(r['status'], r['status'])} — "
             f"**{md(r['label'])}**{importance}: {md(r['explanation'])}"]
    lines += [f"{pad}  - {md(evidence_line(item))}" for item in r["evidence"]]
    for child in r["children"]:
        lines += _requirement(child, depth + 1)
    return lines


def write(report: ScreenReport, out: TextIO) -> None:
    out.write(f"# Screening: {md(headline(report))}\n\n{md(status_line(report))}  \n"
              f"**{md(counts_line(report))}**\n\n")
    out.write("| Rank | Applicant | Verdict | Score | Eligible from | Not met / unknown |\n"
              "|---:|---|---|---|---|---|\n")
    for rank, row in ranked(report.shown):
        out.write(f"| {rank or ''} | {_who(row, report.blind)} | {verdict_word(row)} | {score(row)} | "
                  f"{row.eligible_from or ''} | {md(row.blocking)} |\n")
    out.write("\n## Requirements\n\n")
    for req in report.requirements:
        out.write(f"- **{md(req['label'])}** ({IMPORTANCE_WORDS[req['importance']]}): “{md(req['source'])}”\n")
    if report.assessed:
        out.write(f"\nAssessed at selection (interview or test): {md('; '.join(report.assessed))}\n")
    out.write("\n## Details\n")
    for rank, row, raw in report.with_details():
        out.write(f"\n### {f'{rank}. ' if rank else ''}{_who(row, report.blind)} — {verdict_word(row)}"
                  f"{', score ' + score(row) if not row.is_error else ''}\n\n")
        if row.is_error:
            out.write(f"Could not be screened: {md(row.error)}\n")
            continue
        if row.eligible_from:
            out.write(f"Would be eligible from {row.eligible_from} if the current post continues.\n\n")
        out.write(raw.decode("utf-8") if raw else "")


def render_details(details: dict[str, Any]) -> str:
    """One applicant's requirements as Markdown lines (rendered in the worker)."""
    lines = []
    for r in details.get("requirements", []):
        lines += _requirement(r, 0)
    unproven = details.get("needs_proof_of_employment")
    if unproven:
        lines += ["", f"**Needs official proof of employment (not counted):** {md(', '.join(unproven))}"]
    return "".join(line + "\n" for line in lines)
