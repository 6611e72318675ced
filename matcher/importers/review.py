"""Which unconfirmed facts a draft's verdict rests on.

An entry read from free text (medium or low confidence) is unconfirmed. The draft is
evaluated as it is, then once without each unconfirmed entry (or the nationality):
if the verdict changes, the verdict rests on that entry, and the report says so.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..engine.evaluate import Evaluation, evaluate
from ..errors import InputError
from ..models.profile import Profile
from ..models.rules import RulesFile
from .draft import LOW, Draft

MAX_PROBES = 40


@dataclass
class Deciding:
    path: str  # experience[1]
    label: str  # "Analyst (Europol), page 1, lines 12-15"
    confidence: str
    without: str  # the verdict without it


def draft_profile(draft: Draft, ref: str) -> Profile:
    from pydantic import ValidationError

    try:
        return Profile.model_validate(draft.profile_data())
    except ValidationError as exc:  # entries are validated one by one; this is a safety net
        raise InputError(f"the draft is not a valid profile: {exc.errors()[0]['msg']}", file=ref) from None


def _label(draft: Draft, path: str) -> str:
    section, _, rest = path.partition("[")
    if not rest:
        value = draft.data.get(path)
        return f"{path} {value}"
    entry = draft.data[section][int(rest.rstrip("]"))]
    what = entry.get("title") or entry.get("language") or ""
    if section == "experience" and entry.get("employer"):
        what += f" ({entry['employer']})"
    if section == "languages":
        what += f" {entry.get('level') or ('mother tongue' if entry.get('mother_tongue') else '')}".rstrip()
    return f"{path} {what}"


def _without(draft: Draft, path: str) -> dict[str, Any]:
    data = copy.deepcopy(draft.profile_data())
    section, _, rest = path.partition("[")
    if rest:
        del data[section][int(rest.rstrip("]"))]
    else:
        data.pop(path, None)
    return data


def _with(draft: Draft, section: str, entry: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(draft.profile_data())
    data.setdefault(section, []).append(copy.deepcopy(entry))
    return data


def deciding_facts(
    draft: Draft, profile: Profile, rules: RulesFile, as_of: date | None, categorizer: Any, base: Evaluation
) -> list[Deciding]:
    """Unconfirmed drafted entries without which the verdict changes, then entries left out
    (a job whose end is not stated) with which, read as favourably as they can be, it would."""
    out = []
    probes = [(path, _without(draft, path)) for path in draft.unconfirmed()]
    probes += [(where, _with(draft, section, entry)) for where, (section, entry, _) in draft.withheld.items()]
    for path, data in probes[:MAX_PROBES]:
        try:
            other = Profile.model_validate(data)
        except Exception:  # noqa: BLE001 - a probe that cannot be built decides nothing
            continue
        verdict = evaluate(other, rules, as_of, categorizer=categorizer).verdict
        if verdict == base.verdict:
            continue
        if path in draft.withheld:
            section, entry, why = draft.withheld[path]
            label = (
                f"{entry.get('title', section)} ({why}; not drafted): counted as current, the verdict "
                f"would be {verdict.value.replace('_', ' ')}"
            )
            out.append(Deciding(path, label, LOW, base.verdict.value))  # without it: the verdict as it is
        else:
            out.append(Deciding(path, _label(draft, path), draft.confidence.get(path, "medium"), verdict.value))
    return out
