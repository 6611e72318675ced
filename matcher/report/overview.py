"""Several notices at once: one line each, open and eligible first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..engine import Evaluation
from ..output import clean
from .common import VERDICT_WORDS


def order(evaluations: list[Evaluation]) -> list[Evaluation]:
    """Open before closed, then eligible, needs review, not eligible; higher score first."""
    return sorted(evaluations, key=lambda e: (e.closed, e.verdict.severity, -e.score, e.notice.id))


def first_blocking(ev: Evaluation) -> str:
    blocking = ev.blocking
    return clean(blocking[0].label) if blocking else ""


def render_overview(console: Console, evaluations: list[Evaluation]) -> None:
    table = Table(title="Overview", show_lines=False, expand=False)
    for column in ("Notice", "Title", "Open", "Verdict", "Score", "First blocking requirement", "Eligible from"):
        table.add_column(column)
    for ev in order(evaluations):
        table.add_row(ev.notice.number or ev.notice.id, clean(ev.notice.title), "closed" if ev.closed else "open",
                      VERDICT_WORDS[ev.verdict.value], f"{ev.score}/{ev.max_score}", first_blocking(ev),
                      ev.met_from.isoformat() if ev.met_from else "")
    console.print(table)
    console.print()
