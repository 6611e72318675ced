"""`all_of` and `any_of`: requirements over children, combined with Kleene logic.

Substitution clauses are `any_of`: "a minimum of three-to-four years' education ...
Ten years' experience is required if the education qualification is not met."
"""

from __future__ import annotations

from ..context import Context
from ..results import Outcome, Status, kleene_all, kleene_any
from . import Kind, register

_WORDS = {Status.MET: "met", Status.NOT_MET: "not met", Status.UNKNOWN: "unknown"}


def _combine(req, ctx: Context, combine, need: str) -> Outcome:
    if not req.children:
        raise ValueError(f"requirement {req.id!r} ({req.kind}) has no children")
    children = [ctx.evaluate(child) for child in req.children]
    status = combine(c.status for c in children)
    parts = "; ".join(f"{c.label}: {_WORDS.get(c.status, c.status.value)}" for c in children)
    met_from = None
    if status is Status.NOT_MET:
        dates = [c.met_from for c in children if c.met_from]
        met_from = (min(dates) if need == "one" else max(dates)) if dates and (
            need == "one" or len(dates) == sum(c.status is Status.NOT_MET for c in children)) else None
    return Outcome(status, f"{need} of {len(children)} needed ({parts}).", [], met_from=met_from, children=children)


@register("all_of")
class AllOf(Kind):
    combinator = True

    def describe(self, params) -> str:
        return "all of"

    def evaluate(self, req, params, ctx: Context) -> Outcome:
        return _combine(req, ctx, kleene_all, "all")


@register("any_of")
class AnyOf(Kind):
    combinator = True

    def describe(self, params) -> str:
        return "any one of"

    def evaluate(self, req, params, ctx: Context) -> Outcome:
        return _combine(req, ctx, kleene_any, "one")
