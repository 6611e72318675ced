"""JSON of `check`: one shape whatever the number of notices (docs/check-output.schema.json):
{"schema_version", "profile", "verdict" (the worst), "evaluations": [one per notice]}."""

from __future__ import annotations

from ..engine.evidence import Evidence
from .json_text import dumps_chunks
from .view import SCHEMA_VERSION, EvaluationView, worst


def render(views: list[EvaluationView]) -> str:
    return "".join(render_parts(views))


def render_parts(views: list[EvaluationView]) -> list[str]:
    """`render`'s text in pieces (json_text.dumps_chunks), for files.output.emit to write."""
    items = [view.to_dict(records=True) for view in views]  # evidence written by its json_layout
    verdict = worst(views)
    payload = {
        "schema_version": SCHEMA_VERSION,
        "profile": items[0]["profile"] if items else None,
        "verdict": verdict.value if verdict else None,
        "evaluations": items,
    }
    return dumps_chunks(payload, records=Evidence, end="\n")
