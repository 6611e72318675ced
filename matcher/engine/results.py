"""Outcomes of evaluating requirements: three-valued statuses and Kleene logic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evidence import Evidence


class Status(str, Enum):  # noqa: UP042 (StrEnum changes str() and format() of members in reports)
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    ASSESSED = "assessed"  # left to interview/test: never part of the verdict

    def __str__(self) -> str:
        return self.value


class Verdict(str, Enum):  # noqa: UP042 (as Status)
    ELIGIBLE = "eligible"
    NEEDS_REVIEW = "needs_review"
    NOT_ELIGIBLE = "not_eligible"

    def __str__(self) -> str:
        return self.value

    @property
    def exit_code(self) -> int:
        return {"eligible": 0, "not_eligible": 1, "needs_review": 3}[self.value]

    @property
    def severity(self) -> int:
        """Higher is worse: with several notices the worst verdict decides."""
        return {"eligible": 0, "needs_review": 1, "not_eligible": 2}[self.value]


def kleene_all(statuses: Iterable[Status]) -> Status:
    """AND: false if any false, true if all true, otherwise unknown."""
    relevant = [s for s in statuses if s is not Status.ASSESSED]
    if any(s is Status.NOT_MET for s in relevant):
        return Status.NOT_MET
    if all(s is Status.MET for s in relevant):
        return Status.MET
    return Status.UNKNOWN


def kleene_any(statuses: Iterable[Status]) -> Status:
    """OR: true if any true, false if all false, otherwise unknown."""
    relevant = [s for s in statuses if s is not Status.ASSESSED]
    if any(s is Status.MET for s in relevant):
        return Status.MET
    if relevant and all(s is Status.NOT_MET for s in relevant):
        return Status.NOT_MET
    return Status.UNKNOWN


def verdict_of(statuses: Iterable[Status]) -> Verdict:
    status = kleene_all(statuses)
    return {Status.MET: Verdict.ELIGIBLE, Status.NOT_MET: Verdict.NOT_ELIGIBLE}.get(status, Verdict.NEEDS_REVIEW)


@dataclass
class Outcome:
    """What a kind returns: the status, a sentence with the numbers, and the evidence."""

    status: Status
    explanation: str
    evidence: Sequence[Evidence] = field(default_factory=list)
    met_from: date | None = None  # for a short duration: when it would be met if ongoing jobs continue
    children: list[Result] = field(default_factory=list)


@dataclass
class Result:
    """An evaluated requirement, ready for reports."""

    id: str
    kind: str
    importance: str
    label: str
    source: str
    status: Status
    explanation: str
    evidence: Sequence[Evidence] = field(default_factory=list)
    children: list[Result] = field(default_factory=list)
    met_from: date | None = None
