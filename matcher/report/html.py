"""HTML: one self-contained, printable page with the overview and every notice in detail.

The page is rendered by an autoescaping template (templates/check.html.j2) from the
views; the requirement macro (templates/requirement.html.j2) is the one every HTML
report uses. Control characters are removed by the `clean` filter, so nothing a
profile or a rules file says can become markup or script.
"""

from __future__ import annotations

import re
from typing import Any

from ..files.output import clean
from .overview import rows
from .templating import render_template
from .view import EvaluationView, order


def anchor(notice_id: str) -> str:
    """An id attribute value for a notice's section."""
    return "notice-" + re.sub(r"[^A-Za-z0-9_-]+", "-", notice_id)


def _notice(view: EvaluationView) -> dict[str, Any]:
    n = view.notice
    return {
        "anchor": anchor(n.id),
        "id": n.id,
        "headline": clean(n.headline),
        "title": clean(n.title),
        "verdict": view.verdict.value,
        "verdict_words": view.verdict_word,
        "open": view.is_open,
        "deadline": n.deadline.isoformat(),
        "as_of": view.as_of.isoformat(),
        "score": view.score_text,
        "eligible_from": view.eligible_from_text,
        "facts": [(label, clean(value)) for label, value in n.facts],
        "sections": view.sections(),
        "unproven": view.unproven,
        "steps": [clean(step) for step in n.application_steps],
        "rules_file": clean(n.rules_file or ""),
    }


def render(views: list[EvaluationView]) -> str:
    """The report as one HTML document (CSS inline, no network, no external files)."""
    first = views[0] if views else None
    overview = rows(views)
    for row in overview:
        row["anchor"] = anchor(row["id"])
    as_ofs = sorted({v.as_of for v in views})
    return render_template(
        "check.html.j2",
        candidate=clean(first.name) if first and first.name else None,
        profile_ref=clean(first.profile_ref) if first and first.profile_ref else None,
        overview=overview,
        notices=[_notice(v) for v in (order(views) if len(views) > 1 else views)],
        today=(first.today.isoformat() if first else ""),
        as_of=as_ofs[0].isoformat() if len(as_ofs) == 1 else None,
        each_deadline=len(as_ofs) > 1 and all(v.as_of == v.notice.deadline for v in views),
    )
