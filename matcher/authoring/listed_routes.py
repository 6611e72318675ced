"""Alternatives written as the items of one list: "Degree:" then "- a level of education which
corresponds to completed university studies ... four years or more," and "- ... at least three
years and appropriate professional experience of at least one year." Each item is a route to
eligibility; drafted one by one they would be required together (an OR turned into an AND)."""

from __future__ import annotations

import re

from .sections import Item
from .subjects import Entry

# An item that runs on into the next one: it ends with a comma or with "or".
_RUNS_ON = re.compile(r"(?:,|\b(?:or|ou|and/or|et/ou))\s*$", re.IGNORECASE)
# Items that say so at their start: "either the '6e' class ...;" then "or one year of initial vocational
# training ...;" (Luxembourg Police, round 8), "soit ..." then "ou ...".
_EITHER = re.compile(r"^\W*(?:either|soit)\b", re.IGNORECASE)
_OR_START = re.compile(r"^\W*(?:or|ou|soit)\b", re.IGNORECASE)


def _route(made: list[Entry]) -> bool:
    """The rules of one item make a route to eligibility: a degree, with experience perhaps, or
    experience alone ("- or professional experience of an equivalent level"); a run of routes
    needs a degree in one of them (`_degree`)."""
    kinds = [e["kind"] for e in made]
    return bool(made) and set(kinds) <= {"education", "experience"}


def _degree(run: list[list[Entry]]) -> bool:
    return any(e["kind"] == "education" for rules in run for e in rules)


# A line that introduces the list ("Candidates must have", "Degree:"): the any_of quotes it.
_INTRO = re.compile(r":\s*$|\b(?:must|should|shall) (?:have|hold|possess|meet|be)\s*$", re.IGNORECASE)


def _child(made: list[Entry]) -> Entry:
    parts = [{k: v for k, v in e.items() if k != "importance"} for e in made]
    if len(parts) == 1:
        return parts[0]
    return {"kind": "all_of", "source": made[0]["source"], "children": parts}


def listed_routes(entries: list[Entry], items: list[Item]) -> list[Entry]:
    """`entries` with each run of listed routes joined into one `any_of` quoting the list's label
    ("Degree:") when one introduces it. `items`: the requirement items, in order; an item's rules
    are the top-level entries quoting one of its sentences."""
    out = list(entries)
    made = [[e for e in out if e.get("source") in item.sentences] for item in items]
    i = 0
    while i < len(items):
        j = i
        either = bool(_EITHER.match(items[i].text))
        while (
            j + 1 < len(items)
            and (_RUNS_ON.search(items[j].text) or (either and _OR_START.match(items[j + 1].text)))
            and _route(made[j])
        ):
            j += 1
        if j > i and _route(made[j]) and _degree(made[i : j + 1]):
            label = items[i - 1].text if i and not made[i - 1] else ""
            source = label if _INTRO.search(label) and len(label.split()) <= 5 else items[i].text
            out = _join(
                out,
                made[i : j + 1],
                source,
                "a list of routes",
                "the items of one list read as alternatives (each ends on ',' or 'or', or opens on 'either' / 'or'): "
                "check them",
            )
        i = j + 1
    return out


def _join(out: list[Entry], run: list[list[Entry]], source: str, cue: str, review: str) -> list[Entry]:
    """`out` with the rules of `run` (one list of rules per route) replaced by their any_of, placed
    where the first of them stood."""
    first = min(n for n, x in enumerate(out) if any(x is e for rules in run for e in rules))
    joined: Entry = {
        "kind": "any_of",
        "importance": run[0][0]["importance"],
        "source": source,
        "children": [_child(rules) for rules in run],
        "cue": cue,
        "confidence": 0.6,
        "review": review,
    }
    out = [x for x in out if not any(x is e for rules in run for e in rules)]
    out.insert(min(first, len(out)), joined)
    return out


# A line that only says "OR" between two blocks of requirements ("Option 1: ... OR Option 2: ...").
_OR_LINE = re.compile(r"^\W*(?:or|ou)\b(?:\s+[\w ]{1,30}:)?\W*$", re.IGNORECASE)  # "OR", "OR Option 2:"


def _in_block(made: list[Entry]) -> bool:
    """A line of a block of routes: education, experience, or what the interview assesses."""
    return bool(made) and {e["kind"] for e in made} <= {"education", "experience", "assessed"}


def _block(items: list[Item], made: list[list[Entry]], start: int, step: int) -> list[int]:
    """The items of the block of routes next to the "OR" line at `start`, going by `step` (-1
    before, +1 after): adjacent lines whose rules are education or experience; one line between
    (an "Option 2:" label) is allowed right after the "OR"."""
    block: list[int] = []
    i, line = start + step, items[start].line
    while 0 <= i < len(items) and _in_block(made[i]) and not _OR_LINE.match(items[i].text):
        gap = abs(items[i].line - line)
        if gap > 2 or (gap == 2 and (block or step < 0)):
            break
        block.append(i)
        line = items[i].line
        i += step
    return block[::step]


def _counted(rules: list[Entry]) -> bool:
    return any(e["kind"] in ("education", "experience") for e in rules)


def or_line_routes(entries: list[Entry], items: list[Item]) -> list[Entry]:
    """Blocks of requirements separated by a line "OR" are routes: a candidate meets one block, so
    the blocks become one any_of (each an all_of of its rules), never rules required together."""
    out = list(entries)
    made: list[list[Entry]] = [[] for _ in items]
    at = 0
    for entry in out:  # rules come in the order of their items: a line repeated in two blocks is in each
        mine = next((q for q in range(at, len(items)) if entry.get("source") in items[q].sentences), None)
        if mine is not None:
            made[mine].append(entry)
            at = mine
    for k, item in enumerate(items):
        if not _OR_LINE.match(item.text):
            continue
        before, after = _block(items, made, k, -1), _block(items, made, k, +1)
        run = [[e for i in before for e in made[i]], [e for i in after for e in made[i]]]
        if not all(_counted(rules) for rules in run) or not _degree(run):
            continue
        if any(not any(x is e for x in out) for rules in run for e in rules):
            continue  # a rule already joined elsewhere
        out = _join(
            out,
            run,
            run[0][0]["source"],
            "OR between two blocks of requirements",
            "two blocks of requirements separated by 'OR' read as routes: check them",
        )
    return out
