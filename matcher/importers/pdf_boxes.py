"""A text line of a PDF page with its box and type (pdf_page reads them), and lines grouped in
rows of one baseline: what the layout readers (pdf_layout, pdf_lines, pdf_tables) share."""

from __future__ import annotations

from dataclasses import dataclass

from .lines import Line


@dataclass
class Box:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float = 0.0  # the type: the largest character's size, and where it is bold
    bold_start: bool = False
    bold_end: bool = False
    has_bold: bool = False
    first_word: float = 0.0  # the width of its first word (would it have fitted on the line above?)
    block: list[Line] | None = None  # a table read whole (pdf_tables): its lines, in place of the text


def rows_of(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into rows of shared baseline, top to bottom."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        if rows and abs(rows[-1][0].top - box.top) < 2.5:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]
