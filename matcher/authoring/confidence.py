"""Every drafted rule says how sure the draft is (`confidence`, 0-1) and the words it rests on
(`cue`); a rule on weak cues, and a sentence kept as `assessed` although it names something
checkable, gets a `review:` note saying why. Nothing is ever silently `assessed`."""

from __future__ import annotations

from typing import Any

from .languages import find_languages
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
        return 0.7, _first(pats.ability_cues, text) or "no countable requirement in the sentence"
    return 0.6, None


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
