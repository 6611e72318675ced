"""Headings: which lines open or close a part of the notice, and what the part holds.

A heading is a short line in capitals, ending with ":", matching a known heading as a whole
(any case: "Working conditions"), or a short Title Case line standing alone; an unknown one
ends the requirements. The heading words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re

from .patterns import Patterns, patterns
from .text import Line

REQUIREMENT_TYPES = ("umbrella", "education", "experience", "languages", "skills", "general")
# Words that stay lowercase in a Title Case heading ("Org. Setting and Reporting").
_SMALL_WORDS = frozenset(
    "a an and as at by for in of on or the to with à au aux d de des du en et l la le les ou pour sur".split()
)


def classify_heading(
    text: str, pats: Patterns | None = None, strict: bool = False, standalone: bool = True
) -> tuple[str, str | None] | None:
    """(section type, default importance) if `text` is a heading line, else None.

    Lines in capitals or ending with ":" are searched for heading keywords; other
    short lines must match a heading pattern as a whole (`strict`: always). A short
    Title Case line after a blank line (`standalone`) that names no known section is
    an unknown heading and ends the requirements ("Special Notice", "No Fee").
    """
    pats = pats or patterns()
    text = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+(?=\D)", "", text)  # "4.1 Essential": the number says nothing
    words = text.rstrip(":, ").split()
    if not words or len(words) > 10 or text.endswith(".") or not re.search(r"[^\W\d_]", text):
        return None
    letters = re.sub(r"[^\w]|\d|_", "", text)
    capitals = letters.isupper() and len(letters) >= 3
    loose = not strict and (text.endswith(":") or capitals)
    bare = text.rstrip(":,? ").strip()  # "Who can apply?", "Qui peut postuler ?"
    for heading in pats.headings:  # a whole-line match first: "Eligibility conditions" is not "conditions"
        if heading.full.fullmatch(bare):
            return heading.type, heading.importance
    titled = (
        len(words) <= 8
        and not re.search(r"[;!?,]$", text)
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)
    )
    for heading in pats.headings:  # a Title Case line standing alone reads as a heading too
        if (loose or (titled and standalone and not strict)) and heading.keywords.search(bare):
            return heading.type, heading.importance
    titled = titled and len(words) <= 5
    if not strict and not text.endswith(":") and (capitals or (titled and standalone)):
        return "stop", None  # an unknown heading ("VACANCY NOTICE 822", "Special Notice")
    return None


def inline_heading(text: str, pats: Patterns) -> tuple[str, str | None, str] | None:
    """'Languages: Fluency in English.' -> ('languages', None, 'Fluency in English.')."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label.split()) > 5:
        return None
    kind = classify_heading(label, pats, strict=True)
    if kind and kind[0] in REQUIREMENT_TYPES:
        return kind[0], kind[1], rest.strip()
    return None


def heading_pairs(text: str, pats: Patterns) -> list[tuple[str, str | None, str, str]]:
    """(section, importance, label, value) of each 'Label: value' pair of a line whose labels are
    requirement headings; a plain 'Languages: Fluency in English.' is one pair."""
    first = inline_heading(text, pats)
    if not first:  # "... requires the following: Education: ... Experience: ...": the lead-in drops
        lead = re.match(r"[^:]{10,200}?:\s+(?=[A-ZÀ-Ý][^:]{2,40}:\s*\S)", text)
        return heading_pairs(text[lead.end() :], pats) if lead else []
    label = text.partition(":")[0]
    cuts = []  # where another requirement label starts: "... degree. Experience: 5 years"
    for colon in [m.start() for m in re.finditer(":", text)][1:]:
        before = text[:colon]
        for words in range(1, 5):
            head = before.rsplit(None, words)
            if len(head) <= words or not re.search(r"[.;,)]$|\w$", head[0]):
                break
            candidate = before[len(head[0]) :].strip()
            kind = classify_heading(candidate, pats, strict=True)
            if kind and kind[0] in REQUIREMENT_TYPES and kind[0] != "umbrella":
                cuts.append(len(head[0]))
                break
    if not cuts:
        return [(first[0], first[1], label, first[2])]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    out = []
    for piece in pieces:
        found = inline_heading(piece, pats)
        if found:
            out.append((found[0], found[1], piece.partition(":")[0], found[2]))
    return out


def names_stop(text: str, pats: Patterns) -> bool:
    """The heading names a part that is not about requirements (duties, benefits, procedure)."""
    bare = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+", "", text).rstrip(":,? ").strip()
    return any(h.type == "stop" and (h.full.fullmatch(bare) or h.keywords.search(bare)) for h in pats.headings)


def stopped_lines(notice_lines: list[Line], pats: Patterns | None = None) -> set[int]:
    """Numbers of the lines under a heading that is not about requirements (duties, benefits,
    procedure, "Special Notice"), up to the next requirement heading: no reader takes a
    requirement from there ("The jobholder is required to provide expertise ...")."""
    pats = pats or patterns()
    out: set[int] = set()
    stopped = False
    for line in notice_lines:
        if not line.bullet or line.numbered:
            kind = classify_heading(line.text, pats, standalone=line.blank_before or line.numbered)
            if kind:  # an unknown heading ("Professional Category") does not say what follows
                stopped = kind[0] == "stop" and names_stop(line.text, pats)
                continue
        if stopped:
            out.add(line.number)
    return out
