"""Markdown: a report to paste into an email, a ticket or a wiki."""

from __future__ import annotations

from ..engine.evaluate import Evaluation
from ..files.output import clean
from .common import STATUS_MARKS, STATUS_WORDS, VERDICT_WORDS, evidence_line, headline, sections, status_line
from .overview import eligible_from, first_blocking, is_open, order


def md(value: object) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, no line breaks, no HTML."""
    text = " ".join(clean(value).split())
    for char in "\\|`*_[]<>":
        text = text.replace(char, "\\" + char)
    return text


def _one(ev: Evaluation, blind: bool) -> list[str]:
    who = "" if blind or not ev.profile.name else f" — {md(ev.profile.name)}"
    lines = [f"## {md(headline(ev))}", "",
             f"**Verdict{who}: {VERDICT_WORDS[ev.verdict.value]}**  ", md(status_line(ev)), ""]
    if ev.met_from:
        lines += [f"Would be eligible from {ev.met_from.isoformat()} if the current post continues.", ""]
    for title, results in sections(ev):
        if not results:
            continue
        lines += [f"### {title}", ""]
        if title.startswith("Assessed"):
            lines += ["; ".join(md(r.label) for r in results), ""]
            continue
        lines += ["| | Requirement | Status | Explanation | Notice says |", "|---|---|---|---|---|"]
        for r in results:
            detail = md(r.explanation)
            extra = [evidence_line(e) for e in r.evidence] + [
                f"{c.label}: {STATUS_WORDS[c.status]} ({c.explanation})" for c in r.children]
            if extra:
                detail += "<br>" + "<br>".join("· " + md(x) for x in extra)
            lines.append(f"| {STATUS_MARKS[r.status]} | {md(r.label)} | {STATUS_WORDS[r.status]} | {detail} "
                         f"| “{md(r.source)}” |")
        lines.append("")
    if ev.unproven:
        lines += [f"**Needs official proof of employment (not counted):** {md(', '.join(ev.unproven))}", ""]
    if ev.notice.application_steps:
        lines += ["### When you apply", ""] + [f"- {md(step)}" for step in ev.notice.application_steps] + [""]
    return lines


def render(evaluations: list[Evaluation], *, blind: bool = False) -> str:
    lines = ["# Eligibility report", ""]
    if len(evaluations) > 1:
        lines += ["| Notice | Title | Open | Verdict | Score | First blocking requirement | Eligible from |",
                  "|---|---|---|---|---|---|---|"]
        for ev in order(evaluations):
            lines.append(f"| {md(ev.notice.number or ev.notice.id)} | {md(ev.notice.title)} | "
                         f"{'open' if is_open(ev) else 'closed'} | {VERDICT_WORDS[ev.verdict.value]} | "
                         f"{ev.score}/{ev.max_score} | {md(first_blocking(ev))} | "
                         f"{eligible_from(ev)} |")
        lines.append("")
    for ev in evaluations:
        lines += _one(ev, blind)
    return "\n".join(lines)
