"""Ruled tables on a PDF page: rows between horizontal rules, cells between vertical rules.

A band between two horizontal rules of the same width, crossed from rule to rule by at least one
vertical rule inside it, is a table row; its vertical rules are the cell boundaries (a merged cell
simply has fewer). Each cell's lines are put back into paragraphs: a line continues the one above
unless a blank line parts them or the type changes there (a bold title over its regular
description); inside an open parenthesis it always does. In the row's main cell (the one of most
text) only a bold title's lines are joined, where its next word would not have fitted on the
line above: the description under it stays as lines, as in a column of text, and the text
reader joins them. The rows
then become the lines a CV writes through table_rows (as a Word table's, but in the cells' order:
'Dates | Title | Employer | Location'), with their provenance: "page 1, table 1, row 3".
"""

from __future__ import annotations

import re

from .lines import Line, clean_text
from .pdf_boxes import Box
from .pdf_page import Rule
from .table_rows import TableRows


def _merged(rules: list[Rule], horizontal: bool) -> list[Rule]:
    """Collinear segments that touch or overlap as one (a rule drawn cell by cell)."""
    key = (lambda r: (round(r.top), r.x0)) if horizontal else (lambda r: (round(r.x0), r.top))
    out: list[Rule] = []
    for r in sorted(rules, key=key):
        if out:
            last = out[-1]
            if horizontal and abs(last.top - r.top) <= 1.5 and r.x0 <= last.x1 + 2:
                out[-1] = Rule(last.x0, max(last.x1, r.x1), last.top, last.bottom)
                continue
            if not horizontal and abs(last.x0 - r.x0) <= 1.5 and r.top <= last.bottom + 2:
                out[-1] = Rule(last.x0, last.x1, last.top, max(last.bottom, r.bottom))
                continue
        out.append(r)
    return out


def _bands(drawn: list[Rule]) -> list[list[tuple[float, float, list[float]]]]:
    """Tables as their rows (top, bottom, cell boundaries x), top to bottom."""
    horizontals = _merged([r for r in drawn if r.horizontal], True)
    verticals = _merged([r for r in drawn if r.vertical], False)
    tables: list[list[tuple[float, float, list[float]]]] = []
    done: set[int] = set()
    for i, first in enumerate(horizontals):
        if i in done:
            continue
        same = [k for k, h in enumerate(horizontals) if abs(h.x0 - first.x0) <= 4 and abs(h.x1 - first.x1) <= 4]
        done.update(same)
        rows: list[tuple[float, float, list[float]]] = []
        for a, b in zip(same, same[1:], strict=False):
            top, bottom = horizontals[a].top, horizontals[b].top
            inner = sorted(
                v.x0
                for v in verticals
                if first.x0 + 4 < v.x0 < first.x1 - 4 and v.top <= top + 2 and v.bottom >= bottom - 2
            )
            if bottom - top >= 6 and inner:
                rows.append((top, bottom, [first.x0, *inner, first.x1]))
            elif rows:  # the table ends at the first band with no inner rule
                tables.append(rows)
                rows = []
        if rows:
            tables.append(rows)
    return tables


def ruled_tables(boxes: list[Box], drawn: list[Rule], page: int) -> tuple[list[Box], list[Box]]:
    """(the page's ruled tables, each one block of lines; the boxes outside them)."""
    blocks: list[Box] = []
    taken: set[int] = set()
    for number, rows in enumerate(_bands(drawn), 1):
        lines: list[Line] = []
        table = TableRows(lines, by_roles=False)
        r = 0
        for top, bottom, edges in rows:
            cells: list[list[Box]] = [[] for _ in edges[1:]]
            for box in boxes:
                middle_y, middle_x = (box.top + box.bottom) / 2, (box.x0 + box.x1) / 2
                if id(box) in taken or not top < middle_y < bottom or not edges[0] < middle_x < edges[-1]:
                    continue
                k = next(k for k in range(len(cells)) if middle_x < edges[k + 1])
                cells[k].append(box)
                taken.add(id(box))
            if not any(cells):
                continue
            r += 1
            main = max(range(len(cells)), key=lambda k: sum(len(b.text.strip()) for b in cells[k]))
            texts = [_paragraphs(cell, edges[k], edges[k + 1], k == main) for k, cell in enumerate(cells)]
            table.row(texts, f"page {page}, table {number}, row {r}", first=r == 1)
        table.close()
        if lines:
            edges = rows[0][2]
            blocks.append(Box(edges[0], edges[-1], rows[0][0], rows[-1][1], "", block=lines))
    return blocks, [b for b in boxes if id(b) not in taken]


def _paragraphs(cell: list[Box], left: float, right: float, main: bool) -> list[str]:
    """A cell's lines as its paragraphs (see the module's docstring)."""
    ordered = sorted(cell, key=lambda b: (round(b.top), b.x0))
    if not ordered:
        return []
    limit = right - max(0.0, min(b.x0 for b in ordered) - left)  # the cell's padding, on the right as on the left
    out: list[str] = []
    above: Box | None = None
    for box in ordered:
        text = clean_text(box.text)
        if not text:
            continue
        if above is not None and abs(box.top - above.top) < 2.5:
            out[-1] = f"{out[-1]} {text}"  # two pieces of one line
        elif above is not None and _continues(above, box, limit, out[-1], main):
            out[-1] = f"{out[-1]}{text}" if re.search(r"\w-$", out[-1]) else f"{out[-1]} {text}"
        else:
            out.append(text)
        above = box
    return out


def _continues(above: Box, box: Box, limit: float, paragraph: str, main: bool) -> bool:
    size = above.size or 10.0
    if box.top - above.bottom > 0.6 * size:
        return False  # a blank line between them
    if paragraph.count("(") > paragraph.count(")"):
        return True
    if (above.has_bold and not box.bold_start) or (not above.bold_end and box.bold_start):
        return False  # the bold title ends, or a bold one begins
    if not main:
        return True  # a dates, place or employer cell: one text ("Polismyndigheten (Swedish" / "Police Authority)")
    # the row's main cell: a bold title's wrap is told by the type and the fit of its words; the
    # lines under it stay lines, as in a column of text (the text reader joins a description's)
    return above.bold_end and box.bold_start and above.x1 + 0.3 * size + box.first_word >= limit - 1
