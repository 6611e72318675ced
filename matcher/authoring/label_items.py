"""A list whose bullets are labels, each value on the next line ("• Nationalité" / "Etre de
nationalité suisse ..."; "• Age" / "Avoir 18 ans au minimum ..."): an admission-conditions page's
layout. The value is the requirement and keeps its own line (the quoted sentence); the label
line is dropped, so it is neither a rule of its own nor the end of the list."""

from __future__ import annotations

import re
from dataclasses import replace

from .text import Line

# One to five words of letters: "Nationalité", "Casier judiciaire", "Permis de conduire".
_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[ /&'’-]+[^\W\d_]+){0,4}")
_MIN_PAIRS = 2  # one label over a sentence may be a sub-heading; a list of them is the layout


def _value(line: Line) -> bool:
    """A value on its own line ("Domiciliation en Valais."), not another bullet: what a label introduces."""
    return not line.bullet and not line.cells and len(line.text.split()) >= 2 and line.text[:1].isupper()


def _pairs(lines: list[Line]) -> list[int]:
    """Indexes of the label lines whose next line is their value."""
    return [
        k
        for k, line in enumerate(lines[:-1])
        if line.bullet
        and not line.numbered
        and not line.cells
        and line.text.upper() != line.text  # "- GENERAL" is a sub-heading (sections reads it)
        and _LABEL.fullmatch(line.text.rstrip(" :"))
        and _value(lines[k + 1])
    ]


def labelled_bullets(lines: list[Line]) -> list[Line]:
    """The notice's lines with each label bullet's value made the bullet in its place."""
    labels = _pairs(lines)
    if len(labels) < _MIN_PAIRS:
        return lines
    values = {k + 1 for k in labels}
    dropped = set(labels)
    return [replace(line, bullet=True) if k in values else line for k, line in enumerate(lines) if k not in dropped]
