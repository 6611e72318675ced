"""Reading order of a PDF page's text lines (boxes with their positions, from pdf_reader).

A sidebar or two columns (a vertical gap that no line crosses, with lines on both sides
that do not share baselines) is read column by column, the sidebar (the clearly narrower
column, left or right) first, else the left; a table (cells that share baselines) is read
row by row, cells joined by ' | '; a grid of short cells ("Language | Level") becomes one
line per row before any column split.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def _rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into rows of shared baseline, top to bottom."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        if rows and abs(rows[-1][0].top - box.top) < 2.5:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _split(boxes: list[Box]) -> tuple[list[Box], list[Box], list[Box]] | None:
    """(left column, right column, lines across both) for the best vertical gap, or None.

    A gap may be crossed by a few lines (a name or title across the page above a
    sidebar); the columns must not share baselines (that is a table, read by rows)."""
    best = None
    allowed = max(2, len(boxes) // 12)
    for x in sorted({round(b.x1 + 3) for b in boxes} | {round(b.x0 - 3) for b in boxes}):
        left = [b for b in boxes if b.x1 <= x]
        right = [b for b in boxes if b.x0 >= x]
        across = [b for b in boxes if b.x0 < x < b.x1]
        if len(left) < 3 or len(right) < 3 or len(across) > allowed:
            continue
        if _crossed_between(left, right, across) or _table_like(left, right):
            continue
        narrow, other = (right, left) if _width(right) < _width(left) else (left, right)
        if _row_cells(narrow, other):
            continue
        key = (len(across), -min(len(left), len(right)))
        if best is None or key < best[0]:
            best = (key, left, right, across)
    return (best[1], best[2], best[3]) if best else None


def _table_like(left: list[Box], right: list[Box]) -> bool:
    """Cells of one table (or a timeline: dates beside entries), not two columns of text.

    A date column is a table; so is a left column whose every line has a partner on the
    right while the right has lines of its own (a cell of several lines). Two columns set
    on one baseline grid (a sidebar) align both ways and are read one after the other."""
    if _date_column(left, right) or _date_column(right, left, whole=True):
        return True
    forward, back = _aligned(left, right), _aligned(right, left)
    return forward >= 0.5 and back < 0.6 and _spacing(left) > 1.6 * _spacing(right)


def _date_column(side: list[Box], other: list[Box], whole: bool = False) -> bool:
    """Dates beside the entries they date: most of `side`'s lines that share a baseline with a
    line of `other` are date ranges (on the right, `whole`: most of all its lines, as a date
    flush with the right margin of an entry's line)."""
    from .dates import find_spans

    tops = [b.top for b in other]
    partners = [b for b in side if any(abs(b.top - t) < 2.5 for t in tops)]
    dated = sum(1 for b in partners if find_spans(b.text))
    return len(partners) >= 2 and dated >= 0.6 * (len(side) if whole else len(partners))


def _row_cells(narrow: list[Box], other: list[Box]) -> bool:
    """The narrow side is a table's column (a "Location" column right of "Period | Position"):
    most of its lines sit on the first line of a row of several cells of the other side, where
    such rows are a minority of the other side's lines. A sidebar beside a column that holds
    a table of its own lines up with those rows only by chance, as with any other line."""
    rows = _rows(other)
    multi = [row[0].top for row in rows if len(row) >= 2]
    if len(multi) < 2:
        return False
    hits = sum(1 for b in narrow if any(abs(b.top - t) < 2.5 for t in multi))
    return hits / len(narrow) >= max(0.6, len(multi) / len(rows) + 0.2)


def _crossed_between(left: list[Box], right: list[Box], across: list[Box]) -> bool:
    """A line crossing the gap where both sides have lines above and below it: the gap is
    a hole in one column (a short line beside a date, a table's cells), not between two
    columns. A title across the page above a sidebar, or a footer below, does not count."""
    for box in across:
        if any(b.bottom <= box.top for b in left) and any(b.bottom <= box.top for b in right):
            if any(b.top >= box.bottom for b in left) and any(b.top >= box.bottom for b in right):
                return True
    return False


def _spacing(boxes: list[Box]) -> float:
    """Median distance between consecutive line tops (a table's first column is sparse)."""
    tops = sorted(b.top for b in boxes)
    gaps = sorted(b - a for a, b in zip(tops, tops[1:], strict=False) if b - a > 1)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _aligned(left: list[Box], right: list[Box]) -> float:
    """Share of left lines that have a right line on the same baseline (tables: most)."""
    tops = [b.top for b in right]
    hits = sum(1 for b in left if any(abs(b.top - t) < 2.5 for t in tops))
    return hits / max(len(left), 1)


def _width(boxes: list[Box]) -> float:
    return max(b.x1 for b in boxes) - min(b.x0 for b in boxes)


def grids(boxes: list[Box], page_width: float) -> list[Box]:
    """A grid (languages by skill, "Language | Level") as one box per row, its cells joined
    by ' | ', so no column split runs between its cells: three or more consecutive rows of
    two or more short cells (a few words, a fraction of the page wide) that start at the
    same x positions, every one of them short, in a column of text: a line of the page between
    other lines runs on across where one of its cells starts. Where no such line does, the gap is
    a gutter running down the page: short lines of a sidebar and of the main column that happen
    to share baselines are two columns, not a grid (only a title above everything or a footer
    below crosses a gutter). A table already read (a `block`) stays as it is."""
    rows = _rows([b for b in boxes if b.block is None])

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
    one x ("Marie-Laure" over "KOUAMÉ"), with at most five words. It is read first, whichever
    column it heads: a sidebar read before the main column does not put "Contact" before it."""
    sizes = sorted(b.size for b in boxes)
    if not sizes or sizes[len(sizes) // 2] <= 0:
        return []
    largest = sizes[-1]
    title = sorted((b for b in boxes if abs(b.size - largest) < 0.5), key=lambda b: b.top)
    if (
        largest < 1.5 * sizes[len(sizes) // 2]
        or len(title) > 3
        or any(b.top > 0.2 * page_height or abs(b.x0 - title[0].x0) > 2 for b in title)
        or any(b.top - a.bottom > 0.8 * largest for a, b in zip(title, title[1:], strict=False))
        or sum(len(b.text.split()) for b in title) > 5
    ):
        return []
    return title


def reading_order(boxes: list[Box], page_width: float = 595.0) -> list[str | Box]:
    """The page's lines in reading order: each column top to bottom (see the module docstring);
    a table already read whole (a box with a `block`) comes as that box, in its place."""
    if not boxes:
        return []
    boxes = grids(boxes, page_width)
    split = _split(boxes) if len(boxes) >= 6 else None
    if split:
        left, right, across = split
        columns_top = min(b.top for b in left + right)
        above = [b for b in across if b.top <= columns_top]
        below = [b for b in across if b.top > columns_top]
        if _width(right) < 0.7 * _width(left):  # a sidebar on the right: read it first, as one on the left
            left, right = right, left
        return [
            *reading_order(above, page_width),
            *reading_order(left, page_width),
            *reading_order(right, page_width),
            *reading_order(below, page_width),
        ]
    out: list[str | Box] = []
    rest = [b for b in boxes if b.block is None]
    for block in sorted((b for b in boxes if b.block is not None), key=lambda b: b.top):
        out += _column([b for b in rest if b.top < block.top], page_width)
        out.append(block)
        rest = [b for b in rest if b.top >= block.top]
    return out + _column(rest, page_width)


def _column(boxes: list[Box], page_width: float) -> list[str | Box]:
    rows = _continued_cells(_rows(boxes))
    return [" | ".join(b.text.strip() for b in row) for row in _big_type_wraps(rows)]


def _big_type_wraps(rows: list[list[Box]]) -> list[list[Box]]:
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


def _opens_a_range(text: str) -> bool:
    from .dates import find_spans

    return any(span.start for span in find_spans(text))


def _range_goes_on(last: list[Box], row: list[Box], first: float, column: Any, pitch: float) -> bool:
    """The first cell of `row` ends the range the first cell above opened ("March 2019 –" over
    "present"): the line goes on with the row above, though it has text in the main column too."""
    from .dates import wrapped_range

    above = next((b for b in last if column(b) == first), None)
    here = next((b for b in row if column(b) == first), None)
    return (
        above is not None
        and here is not None
        and 0 < here.top - above.top <= 1.25 * pitch
        and wrapped_range(above.text.strip(), here.text.strip())
    )


def _continued_cells(rows: list[list[Box]]) -> list[list[Box]]:
    """Rows of a table whose narrow cells run over two lines ("The Hague," over "Netherlands" in a
    Location column, "2024 – exp. June" over "2027" in a Period column): the second line is put
    back at the end of its cell, so a row reads "Oct 2022 – present | Liaison Officer | The Hague,
    Netherlands". A line continues the cell above when it starts at that cell's x, right under it
    (one line's pitch), in a column other than the main one (the most text), and its row does not start a new
    table row (a cell in both the first column and the main one, unless that first cell ends the
    date range of the one above)."""
    multi = [row for row in rows if len(row) >= 2]
    if len(multi) < 2:
        return rows
    columns: list[float] = []
    for box in (b for row in multi for b in row):
        if not any(abs(box.x0 - x) < 3 for x in columns):
            columns.append(box.x0)

    def column(box: Box) -> float | None:
        return next((x for x in columns if abs(box.x0 - x) < 3), None)

    top, bottom = multi[0][0].top, multi[-1][0].top  # the table's rows, not a summary above it
    inside = [b for row in rows for b in row if top <= row[0].top <= bottom + 40]
    counts = {x: sum(len(b.text) for b in inside if column(b) == x) for x in columns}
    main, first = max(columns, key=lambda x: counts[x]), min(columns)
    pitch = _spacing([b for row in rows for b in row if column(b) == main]) or 12.0
    out: list[list[Box]] = []
    for row in rows:
        here = {column(b) for b in row}
        last = out[-1] if out and len(out[-1]) >= 2 else []  # a table row, not a heading above the table
        new_row = first in here and main in here and not _range_goes_on(last, row, first, column, pitch)
        kept = []
        for box in row:
            above = next((b for b in last if column(b) == column(box)), None)
            if (
                not new_row
                and above is not None
                and column(box) not in (None, main)
                and 0 < box.top - above.top <= 1.25 * pitch
                and not _opens_a_range(box.text)  # "2019 – present" under "2015 –" is the next row's, not its end
            ):
                above.text = f"{above.text.rstrip()} {box.text.strip()}"
                above.top = box.top  # a third line continues it too
                continue
            kept.append(box)
        if kept:
            out.append(kept)
    return out
