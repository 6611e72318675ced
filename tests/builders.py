"""Small builders for tests: profiles with only what a case is about (realistic defaults),
and rules files written inline."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from matcher.engine.evaluate import evaluate
from matcher.engine.results import Result
from matcher.models.load import load_rules, params_of
from matcher.models.profile import Profile
from matcher.models.rules import RulesFile

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
    data = {
        "current_employment": {"employer_type": "law_enforcement", "employer_country": "FR"},
        "education": [{"title": "Licence", "field": "law", "level": 6, "years": 3, "completed": True}],
        "languages": [{"language": "en", "level": "C1"}, {"language": "fr", "mother_tongue": True}],
    }
    data.update(fields)
    return Profile.model_validate(data)


# Notice facts that change an evaluation: the deadline (ongoing jobs count up to it) and
# whether only experience with official proof of employment counts.
INLINE_NOTICE = {
    "id": "inline",
    "title": "Inline Officer",
    "organization": "INTERPOL",
    "location": "Lyon",
    "deadline": "2025-02-13",
    "proof_of_employment_required": True,
    "secondment": False,
    "source_file": "inline.txt",
}


def requirement(kind: str, req_id: str = "req", **params: Any) -> dict[str, Any]:
    """One requirement of a rules file written in a test (params: the kind's keys, importance, children)."""
    return {"id": req_id, "kind": kind, "source": f"The notice sentence for {req_id}.", **params}


def rules_of(*requirements: dict[str, Any], **facts: Any) -> RulesFile:
    """A small rules file built in the test, every parameter validated as `load_rules` does."""
    rules = RulesFile.model_validate({"notice": {**INLINE_NOTICE, **facts}, "requirements": list(requirements)})
    for req in rules.all_requirements():
        params_of(req)
    return rules


def result(req: dict[str, Any], candidate: Profile, as_of: date | None = None, **facts: Any) -> Result:
    """The evaluated requirement of a one-requirement rules file (`facts`: notice facts)."""
    return evaluate(candidate, rules_of(req, **facts), as_of).results[0]


def notice_result(number: str, candidate: Profile, requirement_id: str, as_of: date | None = None) -> Result:
    """The evaluated requirement `requirement_id` (top level or nested) of a shipped notice."""
    stack = list(evaluate(candidate, rules(number), as_of).results)
    while stack:
        item = stack.pop()
        if item.id == requirement_id:
            return item
        stack.extend(item.children)
    raise KeyError(requirement_id)
