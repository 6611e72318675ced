"""`any_of`: one child is enough — substitution clauses ("... OR ten years' experience")."""

from __future__ import annotations

from ..engine.results import Outcome, kleene_any
from . import Kind, register
from .combinators import combine


@register("any_of")
class AnyOf(Kind):
    combinator = True

    def describe(self, params) -> str:
        return "any one of"

    def evaluate(self, req, params, ctx) -> Outcome:
        return combine(req, ctx, kleene_any, "one")
