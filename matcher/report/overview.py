"""Several notices at once: one line each, open and eligible first (view.order).

"Open" answers the applicant's question "can I still apply?": a notice is closed
when its deadline is before the as-of date (`--as-of`) or before today. By default
each notice is evaluated as of its own deadline, so the engine alone would never
call a notice closed.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..files.output import clean
from ..files.sanitize import sanitize
from .view import EvaluationView, order

COLUMNS = ("Notice", "Title", "Deadline", "Open", "Verdict", "Score", "First blocking requirement", "Eligible from")


def rows(views: list[EvaluationView]) -> list[dict[str, str]]:
    """The overview as plain strings, in display order (text, Markdown and HTML)."""
    return [
        {
            "notice": clean(v.notice.number or v.notice.id),
            "id": v.notice.id,
            "title": clean(v.notice.title),
            "open": v.state_word,
            "verdict": v.verdict.value,
            "verdict_words": v.verdict_word,
            "severity": str(v.verdict.severity),
            "score": v.score_text,
            "score_sort": str(v.score),
            "deadline": v.notice.deadline.isoformat(),
            "blocking": clean(v.first_blocking),
            "eligible_from": v.eligible_from_text,
            "eligible_date": v.eligible_from.isoformat() if v.eligible_from else "",
            "after_deadline": "yes" if v.eligible_after_deadline else "",
        }
        for v in order(views)
    ]


def render_overview(console: Console, views: list[EvaluationView]) -> None:
    table = Table(title="Overview", show_lines=False, expand=False)
    for column in COLUMNS:
        table.add_column(
            column,
            no_wrap=column in ("Notice", "Deadline", "Open", "Verdict", "Score"),
            ratio=2 if column == "Title" else 3 if column.startswith("First") else None,
        )
    for row in rows(views):
        table.add_row(
            *(
                sanitize(row[key], one_line=True, markup=True)
                for key in (  # cells are rich markup
                    "notice",
                    "title",
                    "deadline",
                    "open",
                    "verdict_words",
                    "score",
                    "blocking",
                    "eligible_from",
                )
            )
        )
    console.print(table)
    console.print()
