"""Shared by `all_of` and `any_of`: evaluate the children, combine with Kleene logic.

Substitution clauses are `any_of`: "a minimum of three-to-four years' education ...
Ten years' experience is required if the education qualification is not met."
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..engine.context import Context
from ..engine.results import Outcome, Status

_WORDS = {Status.MET: "met", Status.NOT_MET: "not met", Status.UNKNOWN: "unknown"}


def combine(req, ctx: Context, logic: Callable[[Iterable[Status]], Status], need: str) -> Outcome:
    """`need` is "all" or "one"; a not-met combination still says when it would be met."""
    evaluate = ctx.evaluate
    assert evaluate is not None, "the engine sets Context.evaluate before a kind runs"
    children = [evaluate(child) for child in req.children]
    status = logic(c.status for c in children)
    parts = "; ".join(f"{c.label}: {_WORDS.get(c.status, c.status.value)}" for c in children)
    met_from = None
    if status is Status.NOT_MET:
        failing = [c for c in children if c.status is Status.NOT_MET]
        dates = [c.met_from for c in failing if c.met_from]
        if need == "one" and dates:
            met_from = min(dates)  # the first child to be met is enough
        elif need == "all" and dates and len(dates) == len(failing):
            met_from = max(dates)  # every failing child must be met
    return Outcome(status, f"{need} of {len(children)} needed ({parts}).", [], met_from=met_from, children=children)
