"""The words and symbols every report uses, for check and screen alike: one table each."""

from __future__ import annotations

from ..engine.results import Status

STATUS_WORDS = {
    Status.MET: "met",
    Status.NOT_MET: "not met",
    Status.UNKNOWN: "unknown",
    Status.ASSESSED: "assessed at selection",
}
STATUS_MARKS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?", Status.ASSESSED: "•"}
ERROR = "error"  # a screened input that could not be read: a row kind beside the verdicts
VERDICT_WORDS = {"eligible": "ELIGIBLE", "needs_review": "NEEDS REVIEW", "not_eligible": "NOT ELIGIBLE", ERROR: "ERROR"}
VERDICT_ORDER = ("eligible", "needs_review", "not_eligible", ERROR)  # best first
IMPORTANCE_WORDS = {"required": "required", "asset": "asset", "strong_asset": "strong asset"}
SECTION_TITLES = {"required": "Required", "assets": "Assets", "assessed": "Assessed at selection (interview or test)"}


def status_word(status: Status | str) -> str:
    return STATUS_WORDS[Status(status)]


def status_mark(status: Status | str) -> str:
    return STATUS_MARKS[Status(status)]


def importance_word(importance: str) -> str:
    return IMPORTANCE_WORDS.get(importance, importance.replace("_", " "))
