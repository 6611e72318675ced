"""HTML: one self-contained page (no network) from templates/screen.html.j2, which
extends the shared layout: summary, sortable ranked table, then every applicant's
requirements with explanations and evidence. Jinja2 autoescapes every value; the
page is streamed to the output as it renders.

Each applicant's requirements are rendered by `render_details` in the worker that
screened them (templates/screen_macros.html.j2), in parallel, and kept in the spool
as finished, escaped HTML; the page only stitches the pieces together."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from ...files.output import clean
from ...report.common import evidence_line
from ...report.templating import environment
from ..report import ScreenReport, ranked
from ..rows import ORDER, Row
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


def _cell(position: int, rank: int | None, row: Row, blind: bool) -> dict[str, Any]:
    return {"position": position, "rank": rank, "anchor": f"a-{row.pseudonym}", "verdict": row.verdict,
            "verdict_word": verdict_word(row), "verdict_order": ORDER[row.verdict], "score": score(row),
            "score_sort": -1 if row.is_error else row.score, "eligible_from": row.eligible_from or "",
            "not_met": [clean(x) for x in row.not_met], "unknown": [clean(x) for x in row.unknown],
            "unconfirmed": [clean(x) for x in row.unconfirmed], "imported": row.imported,
            "error": _clean(row.error), "pseudonym": row.pseudonym,
            "name": None if blind else _clean(row.name), "input": None if blind else clean(row.ref),
            "profile_id": None if blind else _clean(row.profile_id)}


def _clean(value: str | None) -> str | None:
    """Control characters out (autoescaping handles the rest)."""
    return None if value is None else clean(value)


def _table(report: ScreenReport) -> Iterator[dict[str, Any]]:
    for position, (rank, row) in enumerate(ranked(report.shown), 1):
        yield _cell(position, rank, row, report.blind)


def _requirement(r: dict[str, Any]) -> dict[str, Any]:
    return {"label": clean(r["label"]), "status": r["status"], "mark": STATUS_MARKS.get(r["status"], ""),
            "status_word": STATUS_WORDS.get(r["status"], r["status"]),
            "importance": IMPORTANCE_WORDS.get(r["importance"], r["importance"]),
            "explanation": clean(r["explanation"]), "evidence": [clean(evidence_line(e)) for e in r["evidence"]],
            "children": [_requirement(c) for c in r["children"]]}


def render_details(details: dict[str, Any]) -> str:
    """One applicant's requirements as an HTML fragment (autoescaped)."""
    macros = environment().get_template("screen_macros.html.j2").module
    return str(macros.applicant_body([_requirement(r) for r in details.get("requirements", [])],
                                     [clean(x) for x in details.get("needs_proof_of_employment", [])]))


def _details(report: ScreenReport) -> Iterator[dict[str, Any]]:
    from markupsafe import Markup

    for position, (rank, row, raw) in enumerate(report.with_details(), 1):
        cell = _cell(position, rank, row, report.blind)
        cell["body"] = Markup(raw.decode("utf-8")) if raw else ""  # rendered and escaped by render_details
        yield cell


def write(report: ScreenReport, out: TextIO) -> None:
    template = environment().get_template("screen.html.j2")
    # The rules file's title and labels are cleaned like profile text (autoescaping keeps
    # markup out; control characters would still reach the page and its <title>).
    context = {"headline": clean(headline(report)), "status_line": status_line(report),
               "counts_line": counts_line(report), "counts": report.counts, "blind": report.blind,
               "notice": report.notice, "title": clean(report.notice.title), "as_of": report.as_of.isoformat(),
               "requirements": [{**req, "label": clean(req["label"]), "source": clean(req["source"]),
                                 "importance": IMPORTANCE_WORDS[req["importance"]]} for req in report.requirements],
               "assessed": [clean(a) for a in report.assessed], "table": _table(report), "details": _details(report)}
    for piece in template.generate(**context):
        out.write(piece)
