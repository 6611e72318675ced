"""Short lines that head what follows them rather than state a requirement.

A notice's web copy loses the heading styles: "Critères impératifs", "CFC par validation de vos
acquis", "Visite médicale" stand on a line of their own, a few words with no closing punctuation
and no verb. What comes next tells what they are: bullets under such a line are its list (the line
is a sub-heading, no requirement of its own); a paragraph of prose under it is another part of the
notice (advice, a procedure step), and after a list of requirements it ends that list.
"""

from __future__ import annotations

import re

from .text import Line

_MAX_WORDS = 7
_PROSE_WORDS = 12  # a paragraph, not another short line or label
# A finite verb or an obligation: a short sentence ("Must be 21.", "Il faut être majeur"), not a heading.
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|shall|will|can|may|est|sont|être|avoir|doit|"
    r"doivent|faut|peut|peuvent|sera|seront|a|ont)\b",
    re.IGNORECASE,
)


def short_heading(line: Line) -> bool:
    """A line of a few words, capitalised, with no closing punctuation and no verb."""
    text = line.text
    words = text.split()
    return (
        not line.bullet
        and not line.cells
        and 1 <= len(words) <= _MAX_WORDS
        and text[:1].isupper()
        and not re.search(r"[.;,:!?*]$", text)
        and ":" not in text
        and not _VERB.search(text)
    )


def _prose(line: Line) -> bool:
    return not line.bullet and not line.cells and len(line.text.split()) >= _PROSE_WORDS and line.text[:1].isupper()


def sub_headings(notice_lines: list[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """(numbers of the short headings a bulleted list follows, those a paragraph of prose follows)."""
    listed, prose = set(), set()
    for line, after in zip(notice_lines, notice_lines[1:], strict=False):
        if not short_heading(line):
            continue
        if after.bullet and not after.cells:
            listed.add(line.number)
        elif _prose(after):
            prose.add(line.number)
    return frozenset(listed), frozenset(prose)
