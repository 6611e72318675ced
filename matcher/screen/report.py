"""The outcome of a screening run: the notice, the ranked rows, the counts, and the
details of each row, read back one at a time from a spool file."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..kinds import get_kind
from ..models.load import params_of
from ..models.rules import Notice, RulesFile
from .rows import Row, counts


class Spool:
    """Per-row details as JSON on disk (a temporary file, deleted on close): memory holds
    only offsets, however many profiles are screened."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="matcher-screen-")
        self._end = 0

    def add(self, blob: bytes) -> tuple[int, int]:
        self._file.seek(self._end)
        self._file.write(blob)
        at, self._end = self._end, self._end + len(blob)
        return at, len(blob)

    def read(self, at: int, length: int) -> bytes:
        self._file.seek(at)
        return self._file.read(length)

    def close(self) -> None:
        self._file.close()


def requirement_list(rules: RulesFile) -> tuple[list[dict[str, str]], list[str]]:
    """The notice's top-level requirements (id, label, importance, source) and the
    abilities left to interview or test, listed once per report."""
    listed, assessed = [], []
    for req in rules.requirements:
        if req.kind == "assessed":
            assessed.append(req.label or req.source)
            continue
        label = req.label or get_kind(req.kind).describe(params_of(req)) or req.source
        listed.append({"id": req.id, "label": label, "importance": req.importance, "source": req.source})
    return listed, assessed


@dataclass(frozen=True)
class Review:
    """A reviewer's decision on one requirement of one applicant (kept with a web app run)."""

    seq: int  # the row's
    requirement: str  # a requirement id
    decision: str  # confirmed | overruled_met | overruled_not_met | to_check
    note: str | None
    reviewer: str | None
    at: str  # when, ISO 8601

    def line(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"{self.requirement}: {self.decision} by {self.reviewer or 'reviewer'} at {self.at}{note}"


@dataclass
class ScreenReport:
    notice: Notice
    rules_path: str
    as_of: date
    blind: bool
    requirements: list[dict[str, str]]
    assessed: list[str]
    rows: list[Row]  # every input, ranked
    only: frozenset[str] | None = None
    spool: Spool | None = field(default=None, repr=False)
    details: str | None = None  # how the spool's details are rendered: json | markdown | html
    today: date | None = None  # for "open"/"closed"; None: the real today
    reviews: list[Review] | None = None  # a web app run's reviews (CSV and XLSX list them); None: none kept

    def reviews_of(self, row: Row) -> list[Review]:
        return [review for review in self.reviews or () if review.seq == row.seq]

    @property
    def closed(self) -> bool:
        return self.as_of > self.notice.deadline

    @property
    def counts(self) -> dict[str, int]:
        """Per verdict, errors and total (over all inputs, whatever --only shows)."""
        result = counts(self.rows)
        result["shown"] = len(self.shown)
        return result

    @property
    def shown(self) -> list[Row]:
        """The rows a report lists: with --only, only the verdicts (or "error") it names;
        error rows not listed are still counted, and the CLI names them on stderr."""
        if self.only is None:
            return self.rows
        return [row for row in self.rows if row.verdict in self.only]

    @property
    def errors(self) -> list[Row]:
        return [row for row in self.rows if row.is_error]

    @property
    def unlisted_errors(self) -> list[Row]:
        """Error rows that --only leaves out of the listing: reports name them apart."""
        return [] if self.only is None or "error" in self.only else self.errors

    def raw_details(self, row: Row) -> bytes | None:
        """The row's details as the workers rendered them for this report's format
        (compact JSON, Markdown or HTML), or None (error row, table-only report)."""
        if self.spool is None or row.detail_at < 0:
            return None
        return self.spool.read(row.detail_at, row.detail_len)

    def with_details(self) -> Iterator[tuple[int | None, Row, bytes | None]]:
        """(rank, row, rendered details) for every shown row, read from the spool as needed."""
        for rank, row in ranked(self.shown):
            yield rank, row, self.raw_details(row)

    def notice_dict(self) -> dict[str, Any]:
        n = self.notice
        return {
            "id": n.id,
            "number": n.number,
            "title": n.title,
            "organization": n.organization,
            "location": n.location,
            "deadline": n.deadline.isoformat(),
            "rules_file": self.rules_path,
        }

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()


def ranked(rows: list[Row]) -> Iterator[tuple[int | None, Row]]:
    """Ranks 1, 2, ... for screened rows; error rows are not ranked (None)."""
    number = 0
    for row in rows:
        if row.is_error:
            yield None, row
        else:
            number += 1
            yield number, row
