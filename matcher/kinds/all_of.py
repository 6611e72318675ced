"""`all_of`: every child must be met ("Professional fluency in both French and English")."""

from __future__ import annotations

from ..engine.results import Outcome, kleene_all
from . import Kind, register
from .combinators import combine


@register("all_of")
class AllOf(Kind):
    combinator = True

    def describe(self, params) -> str:
        return "all of"

    def evaluate(self, req, params, ctx) -> Outcome:
        return combine(req, ctx, kleene_all, "all")
