"""Words and symbols shared by the report formats."""

from __future__ import annotations

from ..engine import deadline
from ..engine.evaluate import Evaluation
from ..engine.results import Result, Status

STATUS_WORDS = {Status.MET: "met", Status.NOT_MET: "not met", Status.UNKNOWN: "unknown",
                Status.ASSESSED: "assessed at selection"}
STATUS_MARKS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?", Status.ASSESSED: "•"}
VERDICT_WORDS = {"eligible": "ELIGIBLE", "not_eligible": "NOT ELIGIBLE", "needs_review": "NEEDS REVIEW"}
IMPORTANCE_WORDS = {"required": "Required", "asset": "Asset", "strong_asset": "Strong asset"}


def sections(ev: Evaluation) -> list[tuple[str, list[Result]]]:
    """Requirements grouped as a reader wants them: required, assets, then assessed."""
    evaluated = [r for r in ev.results if r.status is not Status.ASSESSED]
    return [
        ("Required", [r for r in evaluated if r.importance == "required"]),
        ("Assets", [r for r in evaluated if r.importance != "required"]),
        ("Assessed at selection (interview or test)", [r for r in ev.results if r.status is Status.ASSESSED]),
    ]


def evidence_line(item: dict) -> str:
    """One evidence record in a sentence."""
    if "summary" in item:
        return str(item["summary"])
    if "entry" in item and "duration" in item:
        head = f"{item['entry']}: {item['title']}"
        if item.get("employer"):
            head += f" ({item['employer']})"
        part = f", {item['fraction']:g} time" if item.get("fraction", 1) != 1 else ""
        why = f"; {', '.join(item['why'])}" if item.get("why") else ""
        return f"{head}, {item['from']} to {item['to']}{part}: {item['duration']}, {item['status']}{why}"
    return ", ".join(f"{k} {v}" for k, v in item.items() if v not in (None, {}, [], ""))


def headline(ev: Evaluation) -> str:
    return deadline.headline(ev.notice)


def status_line(ev: Evaluation) -> str:
    state = deadline.state_word(ev.notice.deadline, ev.as_of)
    return (f"Deadline {ev.notice.deadline.isoformat()} ({state}); evaluated as of {ev.as_of.isoformat()}; "
            f"asset score {ev.score}/{ev.max_score}")
