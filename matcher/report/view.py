"""The report model: what every report of `check` and `screen`, in every format, shows
about one evaluation, built once from an `Evaluation`.

`build(ev)` does the work formats must not repeat: the words for statuses, verdicts
and importance (words.py), the sections, the blocking items, the projected date,
and, for a blind report, the redaction (blind.py). Formats only lay the view out;
`to_dict()` is the JSON shape (docs/check-output.schema.json).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..engine import deadline
from ..engine.evaluate import Evaluation
from ..engine.evidence import EVIDENCE_TYPES, Evidence, RecordEvidence, as_evidence
from ..engine.results import Result, Status, Verdict
from .blind import Redactor, hidden_explanation, hidden_reads
from .words import SECTION_TITLES, VERDICT_WORDS, importance_word, status_mark, status_word

SCHEMA_VERSION = "2"  # of the JSON of check and screen; bump on a breaking change


@dataclass
class RequirementView:
    id: str
    kind: str
    importance: str
    label: str
    source: str
    status: Status
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    met_from: date | None = None
    children: list[RequirementView] = field(default_factory=list)

    @property
    def status_word(self) -> str:
        return status_word(self.status)

    @property
    def mark(self) -> str:
        return status_mark(self.status)

    @property
    def importance_word(self) -> str:
        return importance_word(self.importance)

    @property
    def evidence_lines(self) -> list[str]:
        return [item.line() for item in self.evidence]

    @classmethod
    def from_dict(cls, data: dict[str, Any], sources: dict[str, str] | None = None) -> RequirementView:
        """A requirement back from its JSON (`to_dict`), as a screening run keeps it: the web
        app's applicant card shows it with the same macro as every report. `sources`: the
        notice sentences by requirement id, when the JSON was written without them."""
        sources = sources or {}
        return cls(
            id=data["id"],
            kind=data["kind"],
            importance=data["importance"],
            label=data["label"],
            source=data.get("source") or sources.get(data["id"], ""),
            status=Status(data["status"]),
            explanation=data["explanation"],
            evidence=[evidence_from_dict(item) for item in data.get("evidence", [])],
            met_from=date.fromisoformat(data["met_from"]) if data.get("met_from") else None,
            children=[cls.from_dict(child, sources) for child in data.get("children", [])],
        )

    def to_dict(self, *, with_source: bool = True, records: bool = False) -> dict[str, Any]:
        """The JSON shape; `records`: the evidence left as records (for report/json_text.py)."""
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "importance": self.importance,
            "label": self.label,
            "status": self.status.value,
            "explanation": self.explanation,
        }
        if with_source:  # a screening report lists each notice sentence once, not per applicant
            data["source"] = self.source
        data["evidence"] = list(self.evidence) if records else [item.to_dict() for item in self.evidence]
        data["met_from"] = self.met_from.isoformat() if self.met_from else None
        data["children"] = [child.to_dict(with_source=with_source, records=records) for child in self.children]
        return data


@dataclass
class NoticeView:
    id: str
    number: str | None
    title: str
    organization: str
    location: str | None
    deadline: date
    headline: str
    rules_file: str | None
    facts: list[tuple[str, str]]
    application_steps: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "organization": self.organization,
            "deadline": self.deadline.isoformat(),
            "rules_file": self.rules_file,
        }


@dataclass
class EvaluationView:
    notice: NoticeView
    profile_ref: str | None  # None in blind reports, like the id and the name
    profile_id: str | None
    name: str | None
    blind: bool
    as_of: date
    today: date
    verdict: Verdict
    score: int
    max_score: int
    closed: bool
    eligible_from: date | None
    unproven: list[str]
    requirements: list[RequirementView]

    @property
    def verdict_word(self) -> str:
        return VERDICT_WORDS[self.verdict.value]

    @property
    def is_open(self) -> bool:
        """Applications still accepted, as of the evaluation and as of today."""
        return deadline.is_open(self.notice.deadline, self.as_of, self.today)

    @property
    def state_word(self) -> str:
        return "open" if self.is_open else "closed"

    @property
    def score_text(self) -> str:
        return f"{self.score}/{self.max_score}"

    @property
    def eligible_after_deadline(self) -> bool:
        return bool(self.eligible_from and self.eligible_from > self.notice.deadline)

    @property
    def eligible_from_text(self) -> str:
        """The projected date, flagged when it falls after the deadline (too late for this notice)."""
        if self.eligible_from is None:
            return ""
        return self.eligible_from.isoformat() + (" (after the deadline)" if self.eligible_after_deadline else "")

    @property
    def status_line(self) -> str:
        state = deadline.state_word(self.notice.deadline, self.as_of, self.today)
        return (
            f"Deadline {self.notice.deadline.isoformat()} ({state}); evaluated as of "
            f"{self.as_of.isoformat()}; asset score {self.score_text}"
        )

    def _required(self) -> list[RequirementView]:
        return [r for r in self.requirements if r.importance == "required" and r.status is not Status.ASSESSED]

    @property
    def not_met(self) -> list[str]:
        return [r.label for r in self._required() if r.status is Status.NOT_MET]

    @property
    def unknown(self) -> list[str]:
        return [r.label for r in self._required() if r.status is Status.UNKNOWN]

    @property
    def first_blocking(self) -> str:
        """The first required item not met (or, failing that, unknown): what to work on."""
        blocking = self.not_met + self.unknown
        return blocking[0] if blocking else ""

    def sections(self) -> list[tuple[str, str, list[RequirementView]]]:
        """(key, title, items): required, assets, then assessed at selection, as a reader wants them."""
        evaluated = [r for r in self.requirements if r.status is not Status.ASSESSED]
        return [
            ("required", SECTION_TITLES["required"], [r for r in evaluated if r.importance == "required"]),
            ("assets", SECTION_TITLES["assets"], [r for r in evaluated if r.importance != "required"]),
            ("assessed", SECTION_TITLES["assessed"], [r for r in self.requirements if r.status is Status.ASSESSED]),
        ]

    def to_dict(self, *, records: bool = False) -> dict[str, Any]:
        """The JSON shape; `records`: the evidence left as records (for report/json_text.py)."""
        return {
            "notice": self.notice.to_dict(),
            "profile": {"ref": self.profile_ref, "id": self.profile_id, "name": self.name},
            "as_of": self.as_of.isoformat(),
            "verdict": self.verdict.value,
            "score": self.score,
            "max_score": self.max_score,
            "closed": self.closed,
            "eligible_from": self.eligible_from.isoformat() if self.eligible_from else None,
            "needs_proof_of_employment": self.unproven,
            "application_steps": self.notice.application_steps,
            "requirements": [r.to_dict(records=records) for r in self.requirements],
        }


def evidence_from_dict(data: dict[str, Any]) -> Evidence:
    """An evidence record back from its JSON (`Evidence.to_dict`), typed by its `type`."""
    kinds = {kind.type: kind for kind in EVIDENCE_TYPES}
    kind = kinds.get(data.get("type", ""))
    if kind is None:
        return RecordEvidence({k: v for k, v in data.items() if k != "type"})
    values = {}
    for f in dataclasses.fields(kind):
        key = kind.json_names.get(f.name, f.name)
        if key in data:
            value = data[key]
            values[f.name] = tuple(value) if isinstance(value, list) else value
    return kind(**values)


def _requirement(r: Result, redact: Redactor) -> RequirementView:
    hidden = hidden_reads(r.kind) if redact.blind else []
    explanation = hidden_explanation(r.status.value, hidden) if hidden else redact.text(r.explanation)
    return RequirementView(
        id=r.id,
        kind=r.kind,
        importance=r.importance,
        label=redact.text(r.label),
        source=r.source,
        status=r.status,
        explanation=explanation,
        evidence=[] if hidden else [redact.evidence(as_evidence(item)) for item in r.evidence],
        met_from=r.met_from,
        children=[_requirement(child, redact) for child in r.children],
    )


def build(
    ev: Evaluation, *, blind: bool = False, today: date | None = None, redactor: Redactor | None = None
) -> EvaluationView:
    """The view of one evaluation. `blind` leaves the candidate's identity out and
    redacts every text with `redactor` (by default the one of `ev.profile`)."""
    redact = (redactor or Redactor.for_profile(ev.profile)) if blind else Redactor()
    n = ev.notice
    facts = [
        ("Organization", n.organization),
        ("Location", n.location),
        ("Contract", n.contract_type),
        ("Duration", f"{n.duration_months:g} months" if n.duration_months else None),
        ("Grade", n.grade),
        ("Security screening", n.security_screening),
        ("Secondment", "yes" if n.secondment else "no"),
    ]
    notice = NoticeView(
        id=n.id,
        number=n.number,
        title=n.title,
        organization=n.organization,
        location=n.location,
        deadline=n.deadline,
        headline=deadline.headline(n),
        rules_file=ev.rules_path,
        facts=[(label, str(value)) for label, value in facts if value],
        application_steps=list(n.application_steps),
    )
    profile = ev.profile
    return EvaluationView(
        notice=notice,
        profile_ref=None if blind else ev.profile_ref,
        profile_id=None if blind else profile.id,
        name=None if blind else profile.name,
        blind=blind,
        as_of=ev.as_of,
        today=today or date.today(),
        verdict=ev.verdict,
        score=ev.score,
        max_score=ev.max_score,
        closed=ev.closed,
        eligible_from=ev.met_from,
        unproven=[redact.text(u) for u in ev.unproven],
        requirements=[_requirement(r, redact) for r in ev.results],
    )


def order(views: list[EvaluationView]) -> list[EvaluationView]:
    """The overview's order, which the sections below it follow too: open before closed,
    then eligible, needs review, not eligible; within a verdict, the soonest projected
    eligibility first (the not eligible that will be soon), then the higher asset score."""
    return sorted(
        views, key=lambda v: (not v.is_open, v.verdict.severity, v.eligible_from or date.max, -v.score, v.notice.id)
    )


def worst(views: list[EvaluationView]) -> Verdict | None:
    return max((v.verdict for v in views), key=lambda verdict: verdict.severity) if views else None
