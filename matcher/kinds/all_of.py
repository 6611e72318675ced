"""`all_of`: every child must be met ("Professional fluency in both French and English")."""

from __future__ import annotations

from ..engine.results import Outcome, kleene_all
from . import Example, Kind, NoParams, register
from .combinators import combine

_BOTH = "Professional fluency in both French and English."


@register("all_of")
class AllOf(Kind[NoParams]):
    combinator = True
    example = Example(
        _BOTH,
        section="languages",
        profile={"languages": [{"language": "fr", "mother_tongue": True}, {"language": "en", "level": "B2"}]},
        children=(
            {
                "id": "french",
                "kind": "language",
                "source": _BOTH,
                "languages": ["fr"],
                "wording": "professional fluency",
            },
            {
                "id": "english",
                "kind": "language",
                "source": _BOTH,
                "languages": ["en"],
                "wording": "professional fluency",
            },
        ),
    )

    def describe(self, params) -> str:
        return "all of"

    def id_stem(self, entry, children) -> str:
        return "_and_".join(children)

    def evaluate(self, req, params, ctx) -> Outcome:
        return combine(req, ctx, kleene_all, "all")
