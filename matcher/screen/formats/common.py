"""What every screening format says the same way: the row record, the headline, the counts.
(The words themselves are matcher/report/words.py, shared with check.)"""

from __future__ import annotations

from typing import Any

from ...engine import deadline
from ...report.view import SCHEMA_VERSION
from ...report.words import VERDICT_WORDS, importance_word, status_word
from ..report import ScreenReport
from ..rows import Row

COUNT_WORDS = (
    ("eligible", "eligible"),
    ("needs_review", "needs review"),
    ("not_eligible", "not eligible"),
    ("errors", "errors"),
)


def columns(blind: bool) -> list[str]:
    """The fields of a row record, in order."""
    who = [] if blind else ["input", "profile_id", "name"]
    return [
        "rank",
        *who,
        "pseudonym",
        "verdict",
        "score",
        "max_score",
        "eligible_from",
        "not_met",
        "unknown",
        "error",
        "imported_from",
        "rests_on_unconfirmed",
    ]


def record(rank: int | None, row: Row, blind: bool) -> dict[str, Any]:
    """One row as data (JSON, JSON Lines, CSV, XLSX). Blind records have no input,
    profile id or name at all: the pseudonym is the only handle."""
    values = {
        "rank": rank,
        "input": row.ref,
        "profile_id": row.profile_id,
        "name": row.name,
        "pseudonym": row.pseudonym,
        "verdict": row.verdict,
        "score": None if row.is_error else row.score,
        "max_score": None if row.is_error else row.max_score,
        "eligible_from": row.eligible_from,
        "not_met": list(row.not_met),
        "unknown": list(row.unknown),
        "error": row.error,
        "imported_from": row.imported,
        "rests_on_unconfirmed": list(row.unconfirmed),
    }
    return {key: values[key] for key in columns(blind)}


def requirement_heads(report: ScreenReport) -> list[str]:
    """One column per requirement of the notice (CSV and XLSX): its label and importance."""
    return [f"{req['label']} ({importance_word(req['importance'])})" for req in report.requirements]


def requirement_statuses(report: ScreenReport, row: Row) -> list[str]:
    """The row's status word under each requirement column ("" for an error row), so a
    spreadsheet can filter "not met" on one requirement."""
    words = [status_word(status) if status else "" for status in row.statuses]
    return (words + [""] * len(report.requirements))[: len(report.requirements)]


def headline(report: ScreenReport) -> str:
    return deadline.headline(report.notice)


def status_line(report: ScreenReport) -> str:
    state = deadline.state_word(report.notice.deadline, report.as_of, report.today)
    blind = "; blind (identifying details hidden)" if report.blind else ""
    return f"Deadline {report.notice.deadline.isoformat()} ({state}); evaluated as of {report.as_of.isoformat()}{blind}"


def counts_line(report: ScreenReport) -> str:
    c = report.counts
    parts = ", ".join(f"{c[key]} {word}" for key, word in COUNT_WORDS)
    shown = f" (showing {c['shown']}: {', '.join(sorted(report.only))})" if report.only else ""
    return f"{c['total']} profiles: {parts}{shown}"


def score(row: Row) -> str:
    return "" if row.is_error else f"{row.score}/{row.max_score}"


def verdict_word(row: Row) -> str:
    return VERDICT_WORDS[row.verdict]


__all__ = [
    "SCHEMA_VERSION",
    "columns",
    "record",
    "requirement_heads",
    "requirement_statuses",
    "headline",
    "status_line",
    "counts_line",
    "score",
    "verdict_word",
]
