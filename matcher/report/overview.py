"""Several notices at once: one line each, open and eligible first.

"Open" answers the applicant's question "can I still apply?": a notice is closed
when its deadline is before the as-of date (`--as-of`) or before today. By default
each notice is evaluated as of its own deadline, so the engine alone would never
call a notice closed.
"""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table

from ..engine import deadline
from ..engine.evaluate import Evaluation
from ..files.output import clean
from ..files.sanitize import sanitize
from .common import VERDICT_WORDS


def is_open(ev: Evaluation, today: date | None = None) -> bool:
    """True while applications are accepted: deadline not passed, as of the evaluation and today."""
    return deadline.is_open(ev.notice.deadline, ev.as_of, today)


def order(evaluations: list[Evaluation], today: date | None = None) -> list[Evaluation]:
    """Open before closed, then eligible, needs review, not eligible; within a verdict,
    the soonest projected eligibility first (the not eligible that will be soon), then
    the higher asset score."""
    return sorted(evaluations, key=lambda e: (not is_open(e, today), e.verdict.severity,
                                              e.met_from or date.max, -e.score, e.notice.id))


def first_blocking(ev: Evaluation) -> str:
    """The first required item not met (or, failing that, unknown): what to work on."""
    blocking = ev.blocking
    return clean(blocking[0].label) if blocking else ""


def eligible_from(ev: Evaluation) -> str:
    """The projected date from which every failed requirement would be met, if any;
    flagged when it falls after the deadline (too late for this notice)."""
    if ev.met_from is None:
        return ""
    late = " (after the deadline)" if ev.met_from > ev.notice.deadline else ""
    return ev.met_from.isoformat() + late


def rows(evaluations: list[Evaluation], today: date | None = None) -> list[dict[str, str]]:
    """The overview as plain strings, in display order (shared by the text and HTML reports)."""
    return [{"notice": clean(ev.notice.number or ev.notice.id), "id": ev.notice.id, "title": clean(ev.notice.title),
             "open": "open" if is_open(ev, today) else "closed", "verdict": ev.verdict.value,
             "verdict_words": VERDICT_WORDS[ev.verdict.value], "score": f"{ev.score}/{ev.max_score}",
             "deadline": ev.notice.deadline.isoformat(), "blocking": first_blocking(ev),
             "eligible_from": eligible_from(ev), "eligible_date": ev.met_from.isoformat() if ev.met_from else "",
             "after_deadline": bool(ev.met_from and ev.met_from > ev.notice.deadline)}
            for ev in order(evaluations, today)]


def render_overview(console: Console, evaluations: list[Evaluation], today: date | None = None) -> None:
    table = Table(title="Overview", show_lines=False, expand=False)
    table.add_column("Notice", no_wrap=True)
    table.add_column("Title", ratio=2)
    for column in ("Deadline", "Open", "Verdict", "Score"):
        table.add_column(column, no_wrap=True)
    table.add_column("First blocking requirement", ratio=3)
    table.add_column("Eligible from")
    for row in rows(evaluations, today):  # cells are rich markup: every value escaped
        table.add_row(*(sanitize(row[key], one_line=True, markup=True) for key in (
            "notice", "title", "deadline", "open", "verdict_words", "score", "blocking", "eligible_from")))
    console.print(table)
    console.print()
