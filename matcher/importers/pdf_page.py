"""The geometry of one PDF page as pdfminer lays it out: text lines with their boxes and type
(size, bold), and the ruling lines drawn on the page (table rules, the edges of shaded cells and
of a sidebar's background), all in top-down coordinates (`top` grows down the page).

A text line that a drawn vertical rule runs through is two lines: text never flows across a
cell's rule, though pdfminer joins characters a few points apart (tight table cells).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .pdf_boxes import Box
from .safety import MAX_PDF_PAGE_RULES

_BOLD = re.compile(r"(?i)bold|black|heavy|semibold|demi")


@dataclass(frozen=True)
class Rule:
    """A drawn segment: horizontal (`top` == `bottom` within 2 pt) or vertical (`x0` == `x1`)."""

    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top < 2 and self.x1 - self.x0 >= 20

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 < 2 and self.bottom - self.top >= 8


def rules(page: Any) -> list[Rule]:
    """Lines and rectangles (a rectangle by its four edges; a thin one is itself a rule). A page
    drawing more than MAX_PDF_PAGE_RULES of them is a drawing, not a table: it has none (the
    table reader compares rules pairwise)."""
    from pdfminer.layout import LTLine, LTRect

    found: list[Rule] = []
    height = page.height
    for element in page:
        if not isinstance(element, LTLine | LTRect):
            continue
        x0, x1, top, bottom = element.x0, element.x1, height - element.y1, height - element.y0
        if isinstance(element, LTLine) or x1 - x0 < 2 or bottom - top < 2:
            found.append(Rule(x0, x1, top, bottom))
            continue
        found += [
            Rule(x0, x1, top, top),
            Rule(x0, x1, bottom, bottom),
            Rule(x0, x0, top, bottom),
            Rule(x1, x1, top, bottom),
        ]
    found = [r for r in found if r.horizontal or r.vertical]
    return found if len(found) <= MAX_PDF_PAGE_RULES else []


def text_boxes(page: Any, drawn: list[Rule]) -> list[Box]:
    """The page's text lines, each cut where a vertical rule runs between two of its characters."""
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    verticals = [r for r in drawn if r.vertical]
    boxes: list[Box] = []
    for element in page:
        if not isinstance(element, LTTextContainer):
            continue
        for item in element:
            if not isinstance(item, LTTextLine) or not item.get_text().strip():
                continue
            top, bottom = page.height - item.y1, page.height - item.y0
            cuts = [r.x0 for r in verticals if r.top <= top + 2 and r.bottom >= bottom - 2]
            pieces: list[list[Any]] = [[]]
            last: Any = None
            for ch in item:
                if isinstance(ch, LTChar) and last is not None and any(last.x1 - 1 <= x <= ch.x0 + 1 for x in cuts):
                    pieces.append([])
                pieces[-1].append(ch)
                if isinstance(ch, LTChar):
                    last = ch
            boxes += [box for piece in pieces if (box := _box(piece, top, bottom))]
    return boxes


def _box(items: list[Any], top: float, bottom: float) -> Box | None:
    from pdfminer.layout import LTChar

    chars: list[Any] = [c for c in items if isinstance(c, LTChar) and c.get_text().strip()]
    text = "".join(c.get_text() for c in items)
    if not chars or not text.strip():
        return None
    bold = [bool(_BOLD.search(c.fontname or "")) for c in chars]
    letters = [b for c, b in zip(chars, bold, strict=True) if c.get_text().isalnum()] or bold
    words = text.strip().split()
    first = chars[min(len(words[0]), len(chars)) - 1].x1 - chars[0].x0 if words else 0.0
    return Box(
        chars[0].x0,
        max(c.x1 for c in chars),
        top,
        bottom,
        text,
        size=max(c.size for c in chars),
        bold_start=bold[0],
        bold_end=letters[-1],  # 'Detective Inspector,' ends its bold title at the comma
        has_bold=any(bold),
        first_word=first,
    )
