"""Markdown: a report to paste into an email, a ticket or a wiki (check and screen)."""

from __future__ import annotations

from ..files.output import clean
from .overview import rows
from .view import EvaluationView, RequirementView, order


def md(value: object) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, no line breaks, no HTML.
    `&` too: Markdown decodes character references, so `&#x202E;` would become a bidi
    override and `&#77;arc` a name that `--blind` never saw; `~` would strike text out."""
    text = " ".join(clean(value).split())
    for char in "\\|`*_[]<>&~":
        text = text.replace(char, "\\" + char)
    return text


def requirement_cell(r: RequirementView) -> str:
    """A requirement's explanation, evidence and sub-requirements in one table cell."""
    detail = md(r.explanation)
    extra = r.evidence_lines + [f"{c.label}: {c.status_word} ({c.explanation})" for c in r.children]
    if extra:
        detail += "<br>" + "<br>".join("· " + md(x) for x in extra)
    return detail


def requirement_rows(results: list[RequirementView], *, with_source: bool = True) -> list[str]:
    """The requirements as a table (shared with the screening report's details)."""
    head = "| | Requirement | Importance | Status | Explanation |" + (" Notice says |" if with_source else "")
    lines = [head, "|---" * (6 if with_source else 5) + "|"]
    for r in results:
        source = f" “{md(r.source)}” |" if with_source else ""
        lines.append(
            f"| {r.mark} | {md(r.label)} | {r.importance_word} | {r.status_word} | {requirement_cell(r)} |{source}"
        )
    return lines


def _one(view: EvaluationView) -> list[str]:
    who = f" — {md(view.name)}" if view.name else ""
    lines = [f"## {md(view.notice.headline)}", "", f"**Verdict{who}: {view.verdict_word}**  ", md(view.status_line), ""]
    if view.eligible_from:
        lines += [f"Would be eligible from {view.eligible_from.isoformat()} if the current post continues.", ""]
    for key, title, results in view.sections():
        if not results:
            continue
        lines += [f"### {title}", ""]
        if key == "assessed":
            lines += ["; ".join(md(r.label) for r in results), ""]
            continue
        lines += requirement_rows(results) + [""]
    if view.unproven:
        lines += [f"**Needs official proof of employment (not counted):** {md(', '.join(view.unproven))}", ""]
    if view.notice.application_steps:
        lines += ["### When you apply", ""] + [f"- {md(step)}" for step in view.notice.application_steps] + [""]
    return lines


def render(views: list[EvaluationView]) -> str:
    lines = ["# Eligibility report", ""]
    if len(views) > 1:
        lines += [
            "| Notice | Title | Open | Verdict | Score | First blocking requirement | Eligible from |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in rows(views):
            lines.append(
                f"| {md(row['notice'])} | {md(row['title'])} | {row['open']} | {row['verdict_words']} | "
                f"{row['score']} | {md(row['blocking'])} | {row['eligible_from']} |"
            )
        lines.append("")
        views = order(views)
    for view in views:
        lines += _one(view)
    return "\n".join(lines)
