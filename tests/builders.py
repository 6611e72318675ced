"""Small builders for profiles in tests: only what a case is about, realistic defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matcher.engine.evaluate import evaluate
from matcher.models.load import load_rules
from matcher.models.profile import Profile

ROOT = Path(__file__).resolve().parent.parent
RULES = {n: ROOT / "rules" / f"interpol-vn-{n}.yaml" for n in ("0822", "0844", "1295", "1695")}
_cache: dict[str, Any] = {}


def rules(number: str):
    if number not in _cache:
        _cache[number] = load_rules(RULES[number])
    return _cache[number]


def job(title: str, start: str, end: str | None = None, **extra: Any) -> dict[str, Any]:
    entry = {"title": title, "start": start, "employer_type": "law_enforcement", "country": "FR"}
    if end is None:
        entry["ongoing"] = True
    else:
        entry["end"] = end
    entry.update(extra)
    return entry


def profile(**fields: Any) -> Profile:
    data = {"current_employment": {"employer_type": "law_enforcement", "employer_country": "FR"},
            "education": [{"title": "Licence", "field": "law", "level": 6, "years": 3}],
            "languages": [{"language": "en", "level": "C1"}, {"language": "fr", "mother_tongue": True}]}
    data.update(fields)
    return Profile.model_validate(data)


def result(number: str, candidate: Profile, requirement_id: str, as_of=None):
    """The evaluated requirement `requirement_id` (top level or nested)."""
    ev = evaluate(candidate, rules(number), as_of)
    stack = list(ev.results)
    while stack:
        item = stack.pop()
        if item.id == requirement_id:
            return item
        stack.extend(item.children)
    raise KeyError(requirement_id)
