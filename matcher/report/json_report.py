"""JSON: one object per notice (see README, "JSON output"); several notices are
wrapped as {"profile", "verdict" (the worst), "evaluations": [...]}."""

from __future__ import annotations

import json

from ..engine.evaluate import Evaluation, to_dict


def worst(evaluations: list[Evaluation]):
    return max((e.verdict for e in evaluations), key=lambda v: v.severity)


def render(evaluations: list[Evaluation], *, blind: bool = False) -> str:
    items = [to_dict(e, blind=blind) for e in evaluations]
    if len(items) == 1:
        return json.dumps(items[0], indent=2, ensure_ascii=False) + "\n"
    payload = {"profile": items[0]["profile"] if items else None,
               "verdict": worst(evaluations).value if evaluations else None,
               "evaluations": items}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
