"""`any_of`: one child is enough — substitution clauses ("... OR ten years' experience")."""

from __future__ import annotations

from ..engine.results import Outcome, kleene_any
from . import Example, Kind, NoParams, register
from .combinators import combine

_DEGREE = (
    "A minimum of three-to-four years' education at a University or other specialized higher education establishment."
)
_INSTEAD = "Ten years' experience is required if the education qualification is not met."


@register("any_of")
class AnyOf(Kind[NoParams]):
    combinator = True
    example = Example(
        f"{_DEGREE} {_INSTEAD}",
        section="education",
        profile={
            "education": [{"title": "Baccalauréat", "level": 3}],
            "experience": [
                {"title": "Gendarme", "employer_type": "law_enforcement", "start": "2008-01", "end": "2019-12"}
            ],
        },
        children=(
            {"id": "higher_education", "kind": "education", "source": _DEGREE, "min_years": 3},
            {"id": "ten_years_experience", "kind": "experience", "source": _INSTEAD, "min_years": 10},
        ),
    )

    def describe(self, params) -> str:
        return "any one of"

    def id_stem(self, entry, children) -> str:
        if entry["children"][0]["kind"] == "education":
            return "education_or_experience"
        return "_or_".join(children)

    def evaluate(self, req, params, ctx) -> Outcome:
        return combine(req, ctx, kleene_any, "one")
