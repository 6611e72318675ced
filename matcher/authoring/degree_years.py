"""Years of experience that depend on the degree held: "6 years with a second-level degree,
8 years with a first-level degree" is one route per degree, each an all_of of the degree
and its years, joined into the any_of the notice means."""

from __future__ import annotations

import re

from .alternatives import degree_level
from .patterns import Patterns
from .subjects import Entry, experience_entries
from .values import years

_BY_DEGREE = re.compile(
    r"^\W*(?P<years>.+?\b(?:years?|ans|années)\b.*?)\s*,?\s*\b(?:with|for holders of|avec)\s+(?:an?\s+|the\s+|un\s+)?"
    r"(?P<degree>(?:first|second|third|advanced|master|bachelor|premier|deuxième)[\w'’-]*[\s-]+(?:level\s+|cycle\s+)?"
    r"(?:university\s+)?(?:degree|diplôme)[^.;]*?)\s*[.;]?\s*$",
    re.IGNORECASE,
)


def degree_years(entries: list[Entry], lang: str, pats: Patterns) -> tuple[list[Entry], list[tuple[int, float, str]]]:
    """Experience asked per degree ("6 years ... with second-level degree", "8 years ... with
    first-level degree"): the years that go with the highest degree named are required experience
    (rules returned in place); those of a lower degree belong to the route an `any_of` offers
    with that degree, never a required rule of their own (that would exclude the holders of the
    other degree): returned as (level, years, sentence) for `attach_degree_years`."""
    lines: list[tuple[int, Entry, int | None, str]] = []
    for index, entry in enumerate(entries):
        found = _BY_DEGREE.match(entry.get("source", ""))
        if found and entry["kind"] in ("education", "experience", "all_of"):
            lines.append((index, entry, degree_level(found["degree"], pats), found["years"]))
    if not lines:
        return entries, []
    top = max((level for _, _, level, _ in lines if level is not None), default=None)
    out: list[Entry] = []
    pending: list[tuple[int, float, str]] = []
    by_index = {index: (level, text) for index, _, level, text in lines}
    done: set[str] = set()
    for index, entry in enumerate(entries):
        if index not in by_index:
            out.append(entry)
            continue
        sentence = entry["source"]
        if sentence in done:
            continue
        done.add(sentence)
        level, text = by_index[index]
        text = re.sub(r"\(\s*(including|of which|dont)", r", \1", text).replace(")", "")
        text = re.sub(r"^(\W*\w+\s+(?:years?|ans|années))\b", r"\1 of experience", text, flags=re.IGNORECASE)
        n = years(text, pats)
        if level is not None and top is not None and level < top and n:
            pending.append((level, n, sentence))
            continue
        out.extend(experience_entries(sentence, "required", lang, pats, n, text))
    return out, pending


def attach_degree_years(entries: list[Entry], pending: list[tuple[int, float, str]]) -> None:
    """The years of a lower degree ("8 years ... with first-level degree") into the any_of route
    with that degree; with no such route, one `assessed` rule to review (never a required rule)."""
    choices = [e for e in entries if e["kind"] == "any_of"]
    for level, n, sentence in pending:
        route = _route_for(choices, level)
        worked = [c for c in route["children"] if c["kind"] == "experience"] if route else []
        if worked:
            worked[0]["min_years"] = n
            worked[0]["review"] = None
            worked[0]["confidence"] = 0.75
            worked[0]["cue"] = f"{n:g} years with this degree"
            continue
        entries.append(
            {
                "kind": "assessed",
                "importance": "required",
                "source": sentence,
                "confidence": 0.3,
                "cue": "years by degree",
                "review": "years of experience that go with another degree than the one asked, and no route "
                "offers that degree: write any_of[the degree asked, all_of(this degree, these years)]",
            }
        )


def _route_for(choices: list[Entry], level: int | None) -> Entry | None:
    """The all_of route of an any_of whose degree is at `level` (None when no route has it)."""
    for choice in choices:
        for route in choice["children"]:
            if route["kind"] != "all_of":
                continue
            degrees = [c for c in route["children"] if c["kind"] == "education"]
            if degrees and degrees[0].get("min_level") == level:
                return route
    return None


# "For the basic level, you need ...", "Pour les postes de niveau P3, ...": one profile's requirements.
