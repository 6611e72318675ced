"""Abilities and aptitudes only an interview or a test can judge ("Good listening
skills"). Listed so the report is complete; never guessed, never in the verdict."""

from __future__ import annotations

from ..engine.results import Outcome, Status
from . import Kind, register


@register("assessed")
class AssessedKind(Kind):
    def describe(self, params) -> str:
        return ""  # the notice sentence itself is the best label

    def evaluate(self, req, params, ctx) -> Outcome:
        return Outcome(Status.ASSESSED, "assessed at selection (interview or test); not checked from the profile.")
