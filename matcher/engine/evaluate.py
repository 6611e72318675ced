"""Evaluating a profile against a rules file: results, verdict, asset score."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..collector import collector_paused
from ..kinds import get_kind
from ..models.load import params_of
from ..models.profile import Profile
from ..models.rules import ASSET_WEIGHTS, Notice, Requirement, RulesFile
from .categories import Categorizer, SharedCategories
from .context import Context
from .results import Result, Status, Verdict, verdict_of


@dataclass
class Evaluation:
    """Everything a report needs about one profile against one notice."""

    notice: Notice
    rules_path: str | None
    profile: Profile
    profile_ref: str | None
    as_of: date
    verdict: Verdict
    score: int
    max_score: int
    closed: bool
    results: list[Result]
    met_from: date | None = None  # when all failed requirements would be met, if projectable
    unproven: list[str] = field(default_factory=list)

    @property
    def required(self) -> list[Result]:
        return [r for r in self.results if r.importance == "required" and r.status is not Status.ASSESSED]

    @property
    def blocking(self) -> list[Result]:
        """Required items not met, then those unknown: what stands between candidate and post."""
        return [r for r in self.required if r.status is Status.NOT_MET] + [
            r for r in self.required if r.status is Status.UNKNOWN
        ]


def evaluate_requirement(req: Requirement, ctx: Context) -> Result:
    kind = get_kind(req.kind)
    outcome = kind.evaluate(req, params_of(req), ctx)
    label = req.label or kind.describe(params_of(req)) or req.source
    return Result(
        id=req.id,
        kind=req.kind,
        importance=req.importance,
        label=label,
        source=req.source,
        status=outcome.status,
        explanation=outcome.explanation,
        evidence=outcome.evidence,
        children=outcome.children,
        met_from=outcome.met_from,
    )


def evaluate(
    profile: Profile,
    rules: RulesFile,
    as_of: date | None = None,
    *,
    categorizer: Categorizer | None = None,
    profile_ref: str | None = None,
    shared: SharedCategories | None = None,
) -> Evaluation:
    """Evaluate `profile` against every requirement of `rules`.

    `as_of` defaults to the notice's deadline: ongoing jobs count up to that day.
    `categorizer` reads the free text of entries that declare no categories (e.g.
    `matcher.nlp.lazy_categorizer()`); without one, their categories are unknown.
    `shared` carries the categories between evaluations of one profile with one categorizer.
    """
    as_of = as_of or rules.notice.deadline
    ctx = Context(profile, rules.notice, as_of, categorizer=categorizer, shared=shared)
    ctx.evaluate = lambda req: evaluate_requirement(req, ctx)
    with collector_paused():  # a long profile's evidence records: see matcher/collector.py
        results = [ctx.evaluate(req) for req in rules.requirements]
    required = [r for r in results if r.importance == "required"]
    verdict = verdict_of(r.status for r in required)
    assets = [r for r in results if r.importance in ASSET_WEIGHTS and r.status is not Status.ASSESSED]
    score = sum(ASSET_WEIGHTS[r.importance] for r in assets if r.status is Status.MET)
    max_score = sum(ASSET_WEIGHTS[r.importance] for r in assets)
    failed = [r for r in required if r.status is Status.NOT_MET]
    met_from = None
    if (
        verdict is Verdict.NOT_ELIGIBLE
        and all(r.met_from for r in failed)
        and not any(r.status is Status.UNKNOWN for r in required)
    ):
        met_from = max(r.met_from for r in failed if r.met_from)
    unproven = (
        []
        if not rules.notice.proof_of_employment_required
        else [
            f"experience {i + 1} ({e.title})"
            for i, e in enumerate(profile.experience)
            if e.proof_of_employment is False
        ]
    )
    return Evaluation(
        rules.notice,
        rules.path,
        profile,
        profile_ref,
        as_of,
        verdict,
        score,
        max_score,
        closed=as_of > rules.notice.deadline,
        results=results,
        met_from=met_from,
        unproven=unproven,
    )
