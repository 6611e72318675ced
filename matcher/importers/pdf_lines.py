"""PDF lines joined or set apart by their geometry before the page is put in reading order:
a grid of short cells as one line per row, a name or heading in large type wrapped over two
lines as one, and the first page's title, read first."""

from __future__ import annotations

import re

from .pdf_boxes import Box, rows_of


def grids(boxes: list[Box], page_width: float) -> list[Box]:
    """A grid (languages by skill, "Language | Level") as one box per row, its cells joined
    by ' | ', so no column split runs between its cells: three or more consecutive rows of
    two or more short cells (a few words, a fraction of the page wide) that start at the
    same x positions, every one of them short, in a column of text: a line of the page between
    other lines runs on across where one of its cells starts. Where no such line does, the gap is
    a gutter running down the page: short lines of a sidebar and of the main column that happen
    to share baselines are two columns, not a grid (only a title above everything or a footer
    below crosses a gutter). A table already read (a `block`) stays as it is."""
    rows = rows_of([b for b in boxes if b.block is None])

    def cells(row: list[Box]) -> bool:
        return len(row) >= 2 and all(len(b.text.split()) <= 4 and b.x1 - b.x0 < 0.25 * page_width for b in row)

    def same(a: list[Box], b: list[Box]) -> bool:
        return len(a) == len(b) and all(abs(x.x0 - y.x0) < 3 for x, y in zip(a, b, strict=True))

    out: list[Box] = []
    k = 0
    while k < len(rows):
        end = k
        while cells(rows[k]) and end + 1 < len(rows) and cells(rows[end + 1]) and same(rows[k], rows[end + 1]):
            end += 1
        if end - k >= 2 and _in_a_column(rows[k : end + 1], boxes):
            for row in rows[k : end + 1]:
                text = " | ".join(b.text.strip() for b in row)
                out.append(Box(row[0].x0, row[-1].x1, min(b.top for b in row), max(b.bottom for b in row), text))
            k = end + 1
            continue
        out += rows[k]
        k += 1
    return out + [b for b in boxes if b.block is not None]


def _in_a_column(grid: list[list[Box]], boxes: list[Box]) -> bool:
    """Some gap between the grid's cells is crossed by a line of the page that runs on where its
    next cell starts, with other lines above and below it; or no gap has lines of its own on both
    sides (a grid alone, or only headings beside it)."""
    inside = {id(b) for row in grid for b in row}
    others = [b for b in boxes if id(b) not in inside]
    flanked = False
    for k in range(1, len(grid[0])):
        start = min(row[k].x0 for row in grid)
        if any(
            b.x0 < start - 5
            and b.x1 > start + 5
            and any(o.bottom <= b.top for o in boxes)
            and any(o.top >= b.bottom for o in boxes)
            for b in others
        ):
            return True
        flanked = flanked or (any(b.x1 <= start for b in others) and any(b.x0 >= start - 1 for b in others))
    return not flanked


def title_lines(boxes: list[Box], page_height: float) -> list[Box]:
    """The first page's title (the name, as a CV sets it): its largest type, half as large again
    as the page's usual size or more, in the top fifth of the page, one line or a few stacked at
    one x ("Marie-Laure" over "KOUAMÉ", none with a label, a number or an address), with at most
    five words. It is read first, whichever column it heads: a sidebar read before the main
    column does not put "Contact" before it."""
    sizes = sorted(b.size for b in boxes)
    if not sizes or sizes[len(sizes) // 2] <= 0:
        return []
    largest = sizes[-1]
    found = sorted((b for b in boxes if abs(b.size - largest) < 0.5), key=lambda b: b.top)
    if largest < 1.5 * sizes[len(sizes) // 2] or len(found) > 3 or found[0].top > 0.2 * page_height:
        return []
    title = found[:1]
    for box in found[1:]:  # "Marie-Laure" over "KOUAMÉ", not "Jane Smith" over "Nationality: French"
        if abs(box.x0 - title[0].x0) > 2 or box.top - title[-1].bottom > 0.8 * largest or _NOT_A_NAME.search(box.text):
            break
        title.append(box)
    return title if sum(len(b.text.split()) for b in title) <= 5 else []


_NOT_A_NAME = re.compile(r"[:@|/\d]")


def big_type_wraps(rows: list[list[Box]]) -> list[list[Box]]:
    """A name or heading set in large type over two lines ("Marie-Laure" over "KOUAMÉ") as one line:
    consecutive lines of a few words alone on their row, in the same large size (a third above the
    column's usual size or more), starting at the same x, one right under the other."""
    sizes = sorted(b.size for row in rows for b in row)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    out: list[list[Box]] = []
    for row in rows:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) == len(row) == 1
            and body > 0
            and row[0].size >= 1.3 * body
            and abs(row[0].size - last[0].size) < 0.5
            and abs(row[0].x0 - last[0].x0) < 2
            and 0 <= row[0].top - last[0].bottom < 0.8 * row[0].size
            and len(last[0].text.split()) + len(row[0].text.split()) <= 5
        ):
            above = last[0]
            out[-1] = [
                Box(
                    above.x0,
                    max(above.x1, row[0].x1),
                    above.top,
                    row[0].bottom,
                    f"{above.text.strip()} {row[0].text.strip()}",
                    size=above.size,
                )
            ]
            continue
        out.append(row)
    return out
