"""Reading order of a PDF page's text lines (boxes with their positions and type, pdf_page).

A sidebar or two columns (a vertical gap that no line crosses, with lines on both sides
that do not share baselines) is read column by column, the sidebar (the clearly narrower
column, left or right) first, else the left; a table without rules (cells that share
baselines) is read row by row, cells joined by ' | ', a cell's wrapped lines put back on its
row; a grid of short cells ("Language | Level") becomes one line per row before any column
split, unless the gap between its cells is a gutter (pdf_lines). A ruled table was already
read whole (pdf_tables): it comes as one box with its lines, in its place.
"""

from __future__ import annotations

from typing import Any

from .pdf_boxes import Box, rows_of
from .pdf_lines import big_type_wraps, grids


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
    rows = rows_of(other)
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
    rows = _continued_cells(rows_of(boxes))
    return [" | ".join(b.text.strip() for b in row) for row in big_type_wraps(rows)]


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
