"""PDF CVs with pdfminer.six: text lines with their positions, put in reading order.

Layouts handled: a sidebar or two columns (a vertical gap that no line crosses, with
lines on both sides that do not share baselines) is read column by column, the
sidebar (the clearly narrower column, left or right) first, else the left; a table
(cells that share baselines) is read row by row, cells joined by ' | '. Running
headers and footers (a page number, or the same line in the margin of several pages)
are dropped. The page count is read from the document catalogue before any page is
parsed, so a 5,000-page file is refused at once; size is capped; nothing embedded is run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .lines import Line, clean_text
from .pdf_limits import MAX_PDF_DECODED_BYTES, PdfTooLarge, bounded_streams
from .safety import MAX_PDF_CHARS, MAX_PDF_PAGE_CHARS, MAX_PDF_PAGE_LINES, MAX_PDF_PAGES, check_size


@dataclass
class _Box:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _page_count(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.pdftypes import resolve1

    try:
        with path.open("rb") as stream:
            document = PDFDocument(PDFParser(stream))
            pages = resolve1(document.catalog.get("Pages"))
            count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except PdfTooLarge:
        raise
    except (PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    if not isinstance(count, int):
        raise InputError("not a readable PDF (no page count in its catalogue)", file=path)
    return count


_CID = re.compile(r"\(cid:\d{1,5}\)")


def _glyphs(text: str) -> str:
    """pdfminer writes a glyph it cannot map as '(cid:127)'. At the start of a line that is
    a bullet (the usual case: a symbol font's dot); elsewhere it is dropped, never read
    as words."""
    text = _CID.sub("•", text.lstrip(), count=1) if _CID.match(text.lstrip()) else text
    return _CID.sub("", text)


def read_lines(path: Path) -> list[Line]:
    with bounded_streams():
        try:
            return _read_lines(path)
        except PdfTooLarge:
            raise InputError(
                f"PDF streams expand to more than {MAX_PDF_DECODED_BYTES:,} bytes: refused as a possible PDF bomb",
                file=path,
            ) from None


def _read_lines(path: Path) -> list[Line]:
    check_size(path)
    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError("not a PDF file (no %PDF header)", file=path)
    pages = _page_count(path)
    if pages > MAX_PDF_PAGES:
        raise InputError(f"PDF has {pages} pages; a CV is imported only up to {MAX_PDF_PAGES} pages", file=path)
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[Line] = []
    try:
        read: list[tuple[float, list[_Box]]] = []  # (page height, its text lines)
        width = 595.0
        for page in _pages(path):
            boxes: list[_Box] = []
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                for item in element:
                    if isinstance(item, LTTextLine) and item.get_text().strip():
                        boxes.append(
                            _Box(item.x0, item.x1, page.height - item.y1, page.height - item.y0, item.get_text())
                        )
            if len(boxes) > MAX_PDF_PAGE_LINES:  # the layout readers compare lines pairwise
                raise InputError(
                    f"PDF page {len(read) + 1} has {len(boxes):,} separate text lines; a CV page has at most"
                    f" a few hundred (limit {MAX_PDF_PAGE_LINES}): refused",
                    file=path,
                )
            read.append((page.height, boxes))
            width = page.width
        running = _running_lines(read)
        for number, (_, page_boxes) in enumerate(read, 1):
            kept = _grids([b for b in page_boxes if id(b) not in running], width)
            for i, text in enumerate(_reading_order(kept), 1):
                cleaned = clean_text(_glyphs(text))
                if cleaned:
                    lines.append(Line(cleaned, f"page {number}, line {i}"))
    except (InputError, PdfTooLarge):
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    return lines


class _TooManyChars(Exception):
    """A page (or the file) draws more characters than a CV has."""


def _pages(path: Path) -> Iterator[Any]:
    """pdfminer's pages with their layout, characters counted as they are drawn: pdfminer's
    layout analysis grows faster than the number of characters (300,000 scattered one-letter
    text operations on one page took over 8 minutes), so a page with more than
    MAX_PDF_PAGE_CHARS, or a file with more than MAX_PDF_CHARS, is refused before its layout
    is analysed."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Counting(PDFPageAggregator):
        page_chars = 0
        file_chars = 0

        def begin_page(self, page: Any, ctm: Any) -> None:
            self.page_chars = 0
            super().begin_page(page, ctm)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.page_chars += 1
            self.file_chars += 1
            if self.page_chars > MAX_PDF_PAGE_CHARS or self.file_chars > MAX_PDF_CHARS:
                raise _TooManyChars
            return super().render_char(*args, **kwargs)

    with path.open("rb") as stream:
        resources = PDFResourceManager(caching=True)
        device = Counting(resources, laparams=LAParams(boxes_flow=None))
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.get_pages(stream, maxpages=MAX_PDF_PAGES, caching=True):
            try:
                interpreter.process_page(page)
            except _TooManyChars:
                raise InputError(
                    f"PDF draws more than {MAX_PDF_PAGE_CHARS:,} characters on a page or {MAX_PDF_CHARS:,} in all;"
                    " a CV has far fewer: refused",
                    file=path,
                ) from None
            yield device.get_result()


_PAGE_NUMBER = re.compile(r"\b(?:page|p\.|seite|pagina)\s*\d+\b|^\s*\d+\s*(?:/|of|sur|de)\s*\d+\s*$", re.I)


def _running_lines(pages: list[tuple[float, list[_Box]]]) -> set[int]:
    """Running headers and footers (ids of their boxes): lines in the top or bottom margin that
    number the page or come back on several pages ("J. Dupont — CV — Paris, France — page 2").
    They are not part of the entry they happen to be read next to."""
    margin: list[tuple[_Box, str]] = []
    for height, boxes in pages:
        for box in boxes:
            if box.bottom < 0.07 * height or box.top > 0.93 * height:
                margin.append((box, re.sub(r"\d+", "#", " ".join(box.text.split()).lower())))
    seen: dict[str, int] = {}
    for _, key in margin:
        seen[key] = seen.get(key, 0) + 1
    opening = sorted(pages[0][1], key=lambda b: b.top)[:3] if pages else []
    first = [key for key in (" ".join(b.text.split()).lower() for b in opening) if len(key) >= 6]
    on_first = {id(b) for b in pages[0][1]} if pages else set()
    return {
        id(box)
        for box, key in margin
        if _PAGE_NUMBER.search(box.text)
        or (seen[key] > 1 and len(key) > 2)
        or (id(box) not in on_first and (_CV_WORDS.search(key) or any(name in key for name in first)))
    }  # "J. Dupont — curriculum vitae" atop the pages after the first, where the name is written


_CV_WORDS = re.compile(r"\b(?:curriculum vitae|cv|r[ée]sum[ée])\b")


def _rows(boxes: list[_Box]) -> list[list[_Box]]:
    """Boxes grouped into rows of shared baseline, top to bottom."""
    rows: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        if rows and abs(rows[-1][0].top - box.top) < 2.5:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _split(boxes: list[_Box]) -> tuple[list[_Box], list[_Box], list[_Box]] | None:
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
        key = (len(across), -min(len(left), len(right)))
        if best is None or key < best[0]:
            best = (key, left, right, across)
    return (best[1], best[2], best[3]) if best else None


def _table_like(left: list[_Box], right: list[_Box]) -> bool:
    """Cells of one table (or a timeline: dates beside entries), not two columns of text.

    A date column is a table; so is a left column whose every line has a partner on the
    right while the right has lines of its own (a cell of several lines). Two columns set
    on one baseline grid (a sidebar) align both ways and are read one after the other."""
    if _date_column(left, right) or _date_column(right, left, whole=True):
        return True
    forward, back = _aligned(left, right), _aligned(right, left)
    return forward >= 0.5 and back < 0.6 and _spacing(left) > 1.6 * _spacing(right)


def _date_column(side: list[_Box], other: list[_Box], whole: bool = False) -> bool:
    """Dates beside the entries they date: most of `side`'s lines that share a baseline with a
    line of `other` are date ranges (on the right, `whole`: most of all its lines, as a date
    flush with the right margin of an entry's line)."""
    from .dates import find_spans

    tops = [b.top for b in other]
    partners = [b for b in side if any(abs(b.top - t) < 2.5 for t in tops)]
    dated = sum(1 for b in partners if find_spans(b.text))
    return len(partners) >= 2 and dated >= 0.6 * (len(side) if whole else len(partners))


def _crossed_between(left: list[_Box], right: list[_Box], across: list[_Box]) -> bool:
    """A line crossing the gap where both sides have lines above and below it: the gap is
    a hole in one column (a short line beside a date, a table's cells), not between two
    columns. A title across the page above a sidebar, or a footer below, does not count."""
    for box in across:
        if any(b.bottom <= box.top for b in left) and any(b.bottom <= box.top for b in right):
            if any(b.top >= box.bottom for b in left) and any(b.top >= box.bottom for b in right):
                return True
    return False


def _spacing(boxes: list[_Box]) -> float:
    """Median distance between consecutive line tops (a table's first column is sparse)."""
    tops = sorted(b.top for b in boxes)
    gaps = sorted(b - a for a, b in zip(tops, tops[1:], strict=False) if b - a > 1)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _aligned(left: list[_Box], right: list[_Box]) -> float:
    """Share of left lines that have a right line on the same baseline (tables: most)."""
    tops = [b.top for b in right]
    hits = sum(1 for b in left if any(abs(b.top - t) < 2.5 for t in tops))
    return hits / max(len(left), 1)


def _width(boxes: list[_Box]) -> float:
    return max(b.x1 for b in boxes) - min(b.x0 for b in boxes)


def _grids(boxes: list[_Box], page_width: float) -> list[_Box]:
    """A grid (languages by skill, "Language | Level") as one box per row, its cells joined
    by ' | ', so no column split runs between its cells: three or more consecutive rows of
    two or more short cells (a few words, a fraction of the page wide) that start at the
    same x positions. Lines of a sidebar beside the main column are not that short or regular."""
    rows = _rows(boxes)

    def cells(row: list[_Box]) -> bool:
        return len(row) >= 2 and all(len(b.text.split()) <= 4 and b.x1 - b.x0 < 0.25 * page_width for b in row)

    def same(a: list[_Box], b: list[_Box]) -> bool:
        return len(a) == len(b) and all(abs(x.x0 - y.x0) < 3 for x, y in zip(a, b, strict=True))

    out: list[_Box] = []
    k = 0
    while k < len(rows):
        end = k
        while end + 1 < len(rows) and cells(rows[k]) and same(rows[k], rows[end + 1]):
            end += 1
        if end - k >= 2:
            for row in rows[k : end + 1]:
                text = " | ".join(b.text.strip() for b in row)
                out.append(_Box(row[0].x0, row[-1].x1, min(b.top for b in row), max(b.bottom for b in row), text))
            k = end + 1
            continue
        out += rows[k]
        k += 1
    return out


def _reading_order(boxes: list[_Box]) -> list[str]:
    if not boxes:
        return []
    split = _split(boxes) if len(boxes) >= 6 else None
    if split:
        left, right, across = split
        columns_top = min(b.top for b in left + right)
        above = [b for b in across if b.top <= columns_top]
        below = [b for b in across if b.top > columns_top]
        if _width(right) < 0.7 * _width(left):  # a sidebar on the right: read it first, as one on the left
            left, right = right, left
        return _reading_order(above) + _reading_order(left) + _reading_order(right) + _reading_order(below)
    out = []
    for row in _rows(boxes):
        out.append(" | ".join(b.text.strip() for b in row))
    return out
