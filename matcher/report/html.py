"""HTML: one self-contained, printable page with the overview and every notice in detail.

The page is built from plain strings prepared here (control characters removed) and
rendered by an autoescaping template (templates/check.html.j2), so nothing a profile
or a rules file says can become markup or script.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..engine.evaluate import Evaluation
from ..engine.results import Result
from ..files.output import clean
from .common import IMPORTANCE_WORDS, STATUS_MARKS, STATUS_WORDS, VERDICT_WORDS, evidence_line, headline, sections
from .overview import eligible_from, is_open, rows
from .templating import render_template


def anchor(notice_id: str) -> str:
    """An id attribute value for a notice's section."""
    return "notice-" + re.sub(r"[^A-Za-z0-9_-]+", "-", notice_id)


def _requirement(r: Result) -> dict[str, Any]:
    return {"label": clean(r.label), "status": r.status.value, "mark": STATUS_MARKS[r.status],
            "status_word": STATUS_WORDS[r.status], "importance": IMPORTANCE_WORDS.get(r.importance, r.importance),
            "explanation": clean(r.explanation), "source": clean(r.source),
            "evidence": [clean(evidence_line(item)) for item in r.evidence],
            "met_from": r.met_from.isoformat() if r.met_from else "",
            "children": [_requirement(child) for child in r.children]}


def _notice(ev: Evaluation, today: date | None) -> dict[str, Any]:
    n = ev.notice
    groups = []
    for title, results in sections(ev):
        if results:
            groups.append({"title": title, "assessed": title.startswith("Assessed"),
                           "items": [_requirement(r) for r in results]})
    facts = [("Organization", n.organization), ("Location", n.location), ("Contract", n.contract_type),
             ("Duration", f"{n.duration_months:g} months" if n.duration_months else None), ("Grade", n.grade),
             ("Security screening", n.security_screening), ("Secondment", "yes" if n.secondment else "no")]
    return {
        "anchor": anchor(n.id), "id": n.id, "headline": clean(headline(ev)), "title": clean(n.title),
        "verdict": ev.verdict.value, "verdict_words": VERDICT_WORDS[ev.verdict.value],
        "open": is_open(ev, today), "deadline": n.deadline.isoformat(), "as_of": ev.as_of.isoformat(),
        "score": f"{ev.score}/{ev.max_score}", "eligible_from": eligible_from(ev),
        "facts": [(label, clean(value)) for label, value in facts if value],
        "groups": groups, "unproven": [clean(u) for u in ev.unproven],
        "steps": [clean(step) for step in n.application_steps],
        "rules_file": clean(ev.rules_path or ""),
    }


def render(evaluations: list[Evaluation], *, blind: bool = False, today: date | None = None) -> str:
    """The report as one HTML document (CSS inline, no network, no external files)."""
    first = evaluations[0] if evaluations else None
    name = None if blind or first is None or not first.profile.name else clean(first.profile.name)
    overview = rows(evaluations, today)
    for row in overview:
        row["anchor"] = anchor(row["id"])
        row["severity"] = {"eligible": 0, "needs_review": 1, "not_eligible": 2}[row["verdict"]]
    as_ofs = sorted({ev.as_of for ev in evaluations})
    return render_template(
        "check.html.j2",
        candidate=name, profile_ref=None if blind or first is None else clean(first.profile_ref or ""),
        overview=overview, notices=[_notice(ev, today) for ev in evaluations],
        today=(today or date.today()).isoformat(),
        as_of=as_ofs[0].isoformat() if len(as_ofs) == 1 else None,
        each_deadline=len(as_ofs) > 1 and all(ev.as_of == ev.notice.deadline for ev in evaluations),
    )
