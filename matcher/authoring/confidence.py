"""Every drafted rule says how sure the draft is (`confidence`, 0-1) and the words it rests on
(`cue`); a rule on weak cues, and a sentence kept as `assessed` although it names something
checkable, gets a `review:` note saying why. Nothing is ever silently `assessed`."""

from __future__ import annotations

import re
from typing import Any

from .language_names import find_languages
from .patterns import Patterns

WEAK = 0.6


def _first(pattern, text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0) if match else None


def _guess(entry: dict[str, Any], pats: Patterns) -> tuple[float, str | None]:
    kind, text = entry["kind"], entry["source"]
    unsure = bool(entry.get("review"))
    if kind in ("any_of", "all_of"):
        kids = [c.get("confidence") or 0.5 for c in entry["children"]]
        return min(kids), entry.get("cue") or _first(pats.substitution, text)
    if kind == "education":
        cue = (
            next((m.group(0) for p, _ in pats.education_levels if (m := p.search(text))), None)
            or _first(pats.years, text)
            or _first(pats.education_cues, text)
        )
        return (0.5 if unsure else 0.85), cue
    if kind in ("experience", "region_experience"):
        cue = _first(pats.years, text) or _first(pats.months_span, text) or _first(pats.experience_cues, text)
        what = entry.get("categories") or entry.get("sector") or entry.get("regions") or entry.get("employer_types")
        return (0.5 if unsure else 0.8 if what or entry.get("min_years") else 0.6), cue
    if kind == "language":
        return (0.5 if unsure else 0.85), entry.get("wording") or entry.get("level")
    if kind == "secondment":
        return (0.5 if unsure else 0.85), _first(pats.secondment, text) or _first(pats.secondment_title, text)
    if kind == "assessed":
        checkable = (
            pats.education_cues.search(text)
            or pats.experience_cues.search(text)
            or pats.nationality_cue.search(text)
            or find_languages(text)
        )
        if checkable and not pats.ability_cues.search(text):
            if not entry.get("review"):
                entry["review"] = (
                    "kept as assessed although it names something a profile could show: "
                    "encode it with a kind if it is a pass/fail condition"
                )
            return 0.4, _first(pats.experience_cues, text) or _first(pats.education_cues, text)
        reason = _unencoded(text, pats)
        if reason and not entry.get("review"):
            entry["review"] = reason
            return 0.5, _first(pats.ability_cues, text) or "no countable requirement in the sentence"
        return 0.7, _first(pats.ability_cues, text) or "no countable requirement in the sentence"
    return 0.6, None


# Words of a sentence the drafter kept as `assessed` that point at a kind it could not read.
_WHO_MAY_APPLY = re.compile(
    r"\b(?:citizens?|nationals?|nationality|nationalité|member states?|états membres|ressortissante?s?|"
    r"third (?:states|countries)|pays tiers|host country)\b",
    re.IGNORECASE,
)
_LANGUAGE_WORD = re.compile(r"\b(?:languages?|langues?|linguisti\w*)\b", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:criminal|convictions?|disciplinary|sanctions?|references?|test|exam(?:ination)?|licen[cs]e|permis)\b",
    re.IGNORECASE,
)


def _unencoded(text: str, pats: Patterns) -> str | None:
    """Why an `assessed` sentence needs a look: it names who may apply, a language, or a personal
    condition, and the drafter could not encode it (no list, no language, no kind for it)."""
    if _WHO_MAY_APPLY.search(text):
        return (
            "names who may apply, but no country list the drafter knows could be read: "
            "write a nationality rule (members or countries) if it is a condition"
        )
    if _LANGUAGE_WORD.search(text):
        return "names languages but no language or level could be read: write a language rule if it is a condition"
    if pats.personal.search(text) or _RECORD.search(text):
        return (
            "a condition on the person that no kind checks (record, licence, fitness, test, age): "
            "kept as assessed; the candidate confirms it"
        )
    return None


def annotate(entry: dict[str, Any], pats: Patterns, parent_cue: str | None = None) -> None:
    """Fill in `confidence` and `cue` (children first) and a review note on weak rules."""
    for child in entry.get("children", []):
        annotate(child, pats, entry.get("cue"))
    confidence, cue = _guess(entry, pats)
    entry.setdefault("confidence", round(confidence, 2))
    if entry.get("confidence") is None:
        entry["confidence"] = round(confidence, 2)
    if not entry.get("cue"):
        entry["cue"] = cue or parent_cue or "section heading only"
    if entry["confidence"] < WEAK and not entry.get("review"):
        entry["review"] = f"weak cue ({entry['cue']!r}): check the kind and its parameters"
